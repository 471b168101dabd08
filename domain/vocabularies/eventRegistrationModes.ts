import { label } from '../i18n/label'

/** How readers sign up for an event. `site` is the CMS's own registration form. */
export const EVENT_REGISTRATION_MODES = {
  none: { label: label('Без реєстрації', 'No registration') },
  external: { label: label('Зовнішнє посилання', 'External link') },
  contact: { label: label('Телефоном або e-mail (текст)', 'By phone or e-mail (text)') },
  site: { label: label('Через сайт', 'Through the site') },
} as const

export type EventRegistrationMode = keyof typeof EVENT_REGISTRATION_MODES
