import { label } from '../i18n/label'

/** Topics of «Запитайте бібліотекаря». */
export const QUESTION_TOPICS = {
  finding: { label: label('Пошук книжки чи інформації', 'Finding a book or information') },
  'local-history': { label: label('Краєзнавство', 'Local history') },
  services: { label: label('Послуги бібліотеки', 'Library services') },
  digital: { label: label('Цифрова допомога', 'Digital help') },
  other: { label: label('Інше', 'Other') },
} as const
