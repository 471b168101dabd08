import type { RefusalReason } from './rules'

/**
 * The static pages of the site a registration without JavaScript lands on (a 303 from the CMS).
 * Top-level `/reiestratsiia/` is reserved in urls.ts; each outcome is its own page, so no
 * script has to read a query string to say what happened.
 */
export const REGISTRATION_BASE = 'reiestratsiia'

export const RESULT_PAGES = {
  confirmed: { path: 'zareiestrovano', title: 'Вас зареєстровано' },
  waiting: { path: 'spysok-ochikuvannia', title: 'Вас записано до списку очікування' },
  cancelled: { path: 'skasovano', title: 'Реєстрацію скасовано' },
  'cancel-invalid': { path: 'posylannia-nediisne', title: 'Посилання недійсне' },
  invalid: { path: 'pomylka-u-formi', title: 'Перевірте дані у формі' },
  limited: { path: 'zabahato-sprob', title: 'Забагато спроб' },
  unknown: { path: 'nemaie-podii', title: 'Такої дати події немає' },
  'not-through-site': { path: 'ne-cherez-sait', title: 'Реєстрація не через сайт' },
  cancelled_occurrence: { path: 'podiiu-skasovano', title: 'Цю дату скасовано' },
  past: { path: 'mynula', title: 'Ця дата вже минула' },
  closed: { path: 'zakryto', title: 'Реєстрацію закрито' },
  full: { path: 'mists-nemaie', title: 'Вільних місць немає' },
  'over-limit': { path: 'zabahato-mists', title: 'Забагато місць для однієї особи' },
  'no-places': { path: 'pomylka-u-formi', title: 'Перевірте дані у формі' },
} as const

export type ResultPage = keyof typeof RESULT_PAGES

/** The result page of a refusal reason (a cancelled occurrence has its own key: «cancelled» is taken). */
export function refusalPage(reason: RefusalReason): ResultPage {
  return reason === 'cancelled' ? 'cancelled_occurrence' : reason
}

export function resultPath(page: ResultPage): string {
  return `/${REGISTRATION_BASE}/${RESULT_PAGES[page].path}/`
}

/** The privacy page the consent links to (a standalone page with this slug). */
export const PRIVACY_PAGE_SLUG = 'pryvatnist'
