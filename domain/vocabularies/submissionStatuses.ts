import { label } from '../i18n/label'

/** Where a submission stands in the inbox. `open` ones count for deadlines and the digest. */
export const SUBMISSION_STATUSES = {
  new: { label: label('Нове', 'New'), open: true },
  'in-progress': { label: label('У роботі', 'In progress'), open: true },
  waiting: { label: label('Чекаємо на заявника', 'Waiting for the requester'), open: true },
  answered: { label: label('Відповідь надіслано', 'Answered'), open: false },
  closed: { label: label('Закрито', 'Closed'), open: false },
  spam: { label: label('Спам', 'Spam'), open: false },
} as const

export type SubmissionStatus = keyof typeof SUBMISSION_STATUSES

export const OPEN_STATUSES = (Object.keys(SUBMISSION_STATUSES) as SubmissionStatus[]).filter(
  (status) => SUBMISSION_STATUSES[status].open,
)
