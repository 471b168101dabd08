import { OUTCOME_MESSAGES } from './messages'
import type { RefusalReason } from './rules'

/**
 * The static pages of the site a registration or a cancellation without JavaScript lands on (a
 * 303 from the CMS). Refusals go to the public forms' error pages (`/zvernennia/pomylka/<code>/`,
 * codes in domain/public-forms/errors.ts); these are the outcomes of our own.
 */
export const REGISTRATION_BASE = 'reiestratsiia'

export const RESULT_PAGES = {
  confirmed: {
    path: 'zareiestrovano',
    title: 'Вас зареєстровано',
    message: OUTCOME_MESSAGES.confirmed,
    success: true,
  },
  waiting: {
    path: 'spysok-ochikuvannia',
    title: 'Вас записано до списку очікування',
    message: OUTCOME_MESSAGES.waiting,
    success: true,
  },
  cancelled: {
    path: 'skasovano',
    title: 'Реєстрацію скасовано',
    message:
      'Вашу реєстрацію скасовано. Місце отримає наступна людина зі списку очікування. Дякуємо, що повідомили!',
    success: true,
  },
  'cancel-invalid': {
    path: 'posylannia-nediisne',
    title: 'Посилання недійсне',
    message:
      'Посилання для скасування недійсне або вже застаріле (дата події минула). Якщо потрібна допомога, зателефонуйте до бібліотеки.',
    success: false,
  },
} as const

export type ResultPage = keyof typeof RESULT_PAGES

export function resultPath(page: ResultPage): string {
  return `/${REGISTRATION_BASE}/${RESULT_PAGES[page].path}/`
}

/** Every result page with what it says. */
export function resultPages(): {
  path: string
  title: string
  message: string
  success: boolean
}[] {
  return Object.values(RESULT_PAGES).map((page) => ({ ...page }))
}

/** The public forms' error code (and so the static page) of a refusal. */
export function refusalCode(reason: RefusalReason): string {
  return reason === 'no-places' ? 'invalid' : `registration-${reason}`
}

/** The privacy page the consent links to (a standalone page with this slug). */
export const PRIVACY_PAGE_SLUG = 'pryvatnist'
