import type { RefusalReason } from './rules'

/** What a visitor reads when a registration is refused: plain Ukrainian, with what to do. */
export const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  unknown:
    'Такої події або дати не знайдено. Можливо, її змінили чи прибрали — перегляньте розклад на сторінці події.',
  'not-through-site':
    'На цю подію реєстрація через сайт не ведеться: дивіться умови на її сторінці.',
  cancelled: 'Цю дату події скасовано, реєстрація на неї неможлива.',
  past: 'Ця дата події вже минула.',
  closed: 'Реєстрацію на цю дату вже закрито.',
  full: 'Вільних місць на цю дату немає.',
  'over-limit': 'Одна особа може зареєструвати не більше місць, ніж дозволено для цієї події.',
  'no-places': 'Вкажіть кількість місць — ціле число, не менше 1.',
}

/** The over-limit message with the actual number. */
export function overLimitMessage(limit: number): string {
  return `Одна особа може зареєструвати не більше ${limit} ${limit === 1 ? 'місця' : 'місць'} на цю дату.`
}

/** The outcome a visitor reads after a successful registration. */
export const OUTCOME_MESSAGES = {
  confirmed:
    'Вас зареєстровано. Підтвердження з посиланням для скасування надіслано на e-mail, якщо ви його вказали.',
  waiting:
    'Вільних місць зараз немає: вас записано до списку очікування. Якщо місце звільниться, ми повідомимо.',
} as const
