import { label, type Label } from '../i18n/label'

/** Weekdays in ISO order, as stored in opening hours. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const WEEKDAY_LABELS: Record<Weekday, Label> = {
  mon: label('Понеділок', 'Monday'),
  tue: label('Вівторок', 'Tuesday'),
  wed: label('Середа', 'Wednesday'),
  thu: label('Четвер', 'Thursday'),
  fri: label('П’ятниця', 'Friday'),
  sat: label('Субота', 'Saturday'),
  sun: label('Неділя', 'Sunday'),
}

/** Weekdays whose Ukrainian name is feminine (середа, п’ятниця, субота, неділя). */
export const FEMININE_WEEKDAYS: readonly Weekday[] = ['wed', 'fri', 'sat', 'sun']
