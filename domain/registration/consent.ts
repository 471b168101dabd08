/**
 * The consent a visitor gives when registering. Each registration stores the version it was
 * given under: change the text, then raise the version, so what each person agreed to is known.
 */
export const CONSENT_VERSION = '2026-11-29'

export const CONSENT_TEXT =
  'Я погоджуюся на обробку моїх персональних даних (ім’я та контакт) бібліотекою для реєстрації на цю подію. Дані буде видалено після її завершення.'

/** Days after an occurrence after which its registrations are deleted, unless set otherwise. */
export const DEFAULT_RETENTION_DAYS = 30
