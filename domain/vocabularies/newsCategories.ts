import { label } from '../i18n/label'

/** Categories of news: the admin's label, the plural heading of lists and the URL segment. */
export const NEWS_CATEGORIES = {
  news: { label: label('Новина', 'News'), heading: 'Новини', path: 'novyny' },
  event: { label: label('Подія', 'Event'), heading: 'Події', path: 'podii' },
  announcement: {
    label: label('Оголошення', 'Announcement'),
    heading: 'Оголошення',
    path: 'oholoshennia',
  },
  exhibition: { label: label('Виставка', 'Exhibition'), heading: 'Виставки', path: 'vystavky' },
  course: {
    label: label('Курси й навчання', 'Courses'),
    heading: 'Курси й навчання',
    path: 'kursy',
  },
  partnership: {
    label: label('Партнерство', 'Partnership'),
    heading: 'Партнерство',
    path: 'partnerstvo',
  },
} as const

export type NewsCategory = keyof typeof NEWS_CATEGORIES
