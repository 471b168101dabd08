/**
 * Every public form of the site, keyed by the name in its address (`/api/forms/<name>` on the
 * CMS, `/zvernennia/nadislano/<name>/` for its confirmation page). Add a form here and in the
 * CMS's list of form definitions (cms/public-forms/README.md).
 */
export const PUBLIC_FORMS = {
  reiestratsiia: {
    title: 'Реєстрація на подію',
    sent: 'Вашу реєстрацію прийнято. Якщо ви вказали e-mail, ми надіслали на нього підтвердження з посиланням для скасування.',
  },
  zapytannia: {
    title: 'Запитайте бібліотекаря',
    sent: 'Ваше запитання надіслано. Ми відповімо на вказану адресу або телефон; номер звернення надіслано вам листом, якщо ви вказали e-mail.',
  },
  'publichna-informatsiia': {
    title: 'Запит на публічну інформацію',
    sent: 'Ваш запит зареєстровано. Номер запиту й строк відповіді надіслано вам листом, якщо ви вказали e-mail; на поштову адресу відповідь надійде поштою.',
  },
  partnerstvo: {
    title: 'Партнерство і волонтерство',
    sent: 'Дякуємо за пропозицію! Ми зв’яжемося з вами за вказаними контактами.',
  },
  vidhuk: {
    title: 'Відгук про сторінку',
    sent: 'Дякуємо за відгук! Він допоможе зробити сайт кращим.',
  },
} as const satisfies Record<string, { title: string; sent: string }>

export type PublicFormName = keyof typeof PUBLIC_FORMS

export function isPublicFormName(value: string): value is PublicFormName {
  return Object.hasOwn(PUBLIC_FORMS, value)
}

/** Every public form's endpoint is below this path of the CMS. */
export const PUBLIC_FORMS_API_PREFIX = '/api/forms/'

/** The address of the CMS endpoint a form posts to, below the CMS's address. */
export const publicFormPath = (name: string) => `${PUBLIC_FORMS_API_PREFIX}${name}`

/** The address of the proof-of-work challenge (and the form's signed start time). */
export const PUBLIC_FORMS_CHALLENGE_PATH = `${PUBLIC_FORMS_API_PREFIX}challenge`

/** Names of the hidden fields every form shell adds. */
export const SHELL_FIELDS = {
  honeypot: 'website',
  started: '_started',
  proof: 'altcha',
} as const
