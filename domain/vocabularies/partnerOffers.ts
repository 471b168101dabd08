import { label } from '../i18n/label'

/** What a partner or volunteer offers. */
export const PARTNER_OFFERS = {
  space: { label: label('Приміщення', 'Space') },
  books: { label: label('Книжки', 'Books') },
  events: { label: label('Заходи', 'Events') },
  money: { label: label('Кошти', 'Money') },
  skills: { label: label('Знання й навички', 'Skills') },
  time: { label: label('Час (волонтерство)', 'Time (volunteering)') },
} as const
