import { label } from '../i18n/label'

/** How a requester of public information wants the answer. */
export const ANSWER_FORMS = {
  email: { label: label('Електронною поштою', 'By e-mail') },
  post: { label: label('Поштою на адресу', 'By post') },
} as const
