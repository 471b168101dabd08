import { label } from '../i18n/label'

/** Kinds of events: the admin's label, the plural heading of the site's filter and its URL segment. */
export const EVENT_CATEGORIES = {
  club: { label: label('Клуб', 'Club'), heading: 'Клуби', path: 'kluby' },
  course: { label: label('Курс', 'Course'), heading: 'Курси', path: 'kursy' },
  workshop: {
    label: label('Майстер-клас', 'Workshop'),
    heading: 'Майстер-класи',
    path: 'maister-klasy',
  },
  reading: {
    label: label('Читання, зустріч', 'Reading, meeting'),
    heading: 'Читання й зустрічі',
    path: 'zustrichi',
  },
  exhibition: { label: label('Виставка', 'Exhibition'), heading: 'Виставки', path: 'vystavky' },
  film: { label: label('Кінопоказ', 'Film'), heading: 'Кінопокази', path: 'kino' },
  excursion: { label: label('Екскурсія', 'Excursion'), heading: 'Екскурсії', path: 'ekskursii' },
  other: { label: label('Інше', 'Other'), heading: 'Інші події', path: 'inshe' },
} as const

export type EventCategory = keyof typeof EVENT_CATEGORIES
