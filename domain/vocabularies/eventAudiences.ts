import { label } from '../i18n/label'

/** Whom an event is for: the admin's label, the site's filter heading and its URL segment. */
export const EVENT_AUDIENCES = {
  children: { label: label('Діти', 'Children'), heading: 'Для дітей', path: 'dity' },
  teens: { label: label('Підлітки', 'Teens'), heading: 'Для підлітків', path: 'pidlitky' },
  adults: { label: label('Дорослі', 'Adults'), heading: 'Для дорослих', path: 'dorosli' },
  seniors: {
    label: label('Старше покоління', 'Seniors'),
    heading: 'Для старшого покоління',
    path: 'starshi',
  },
  families: { label: label('Родини', 'Families'), heading: 'Для родин', path: 'rodyny' },
} as const

export type EventAudience = keyof typeof EVENT_AUDIENCES
