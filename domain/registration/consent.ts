/**
 * The consent a visitor gives when registering. Each registration stores the version it was
 * given under: change the wording, then raise the version, so what each person agreed to is known.
 */
export const CONSENT_VERSION = '2026-11-29'

/** What the data is processed for: the form shows it after the shared consent's opening words. */
export const CONSENT_PURPOSE = 'для реєстрації на цю подію; їх буде видалено після неї'

/** The whole sentence the visitor agrees to (the forms' shell writes the same). */
export const CONSENT_TEXT = `Я погоджуюся на обробку моїх персональних даних ${CONSENT_PURPOSE}.`

/** Days after an occurrence after which its registrations are deleted, unless set otherwise. */
export const DEFAULT_RETENTION_DAYS = 30
