import { label } from '../i18n/label'

/** What a visitor sent through the site's forms; each kind is one form (domain/public-forms). */
export const SUBMISSION_KINDS = {
  question: {
    label: label('Запитання бібліотекарю', 'Question to a librarian'),
    form: 'zapytannia',
  },
  'information-request': {
    label: label('Запит на публічну інформацію', 'Public information request'),
    form: 'publichna-informatsiia',
  },
  partnership: {
    label: label('Партнерство чи волонтерство', 'Partnership or volunteering'),
    form: 'partnerstvo',
  },
  'page-feedback': { label: label('Відгук про сторінку', 'Page feedback'), form: 'vidhuk' },
} as const

export type SubmissionKind = keyof typeof SUBMISSION_KINDS
