import { label } from '../i18n/label'

/** Where a registration stands: only the booking module moves it (cms/registration). */
export const REGISTRATION_STATUSES = {
  confirmed: { label: label('Підтверджено', 'Confirmed') },
  waiting: { label: label('Список очікування', 'Waiting list') },
  cancelled: { label: label('Скасовано', 'Cancelled') },
} as const

export type RegistrationStatus = keyof typeof REGISTRATION_STATUSES
