/** Weekdays in ISO order, as stored in opening hours. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const WEEKDAY_LABELS: Record<Weekday, { uk: string; en: string }> = {
  mon: { uk: 'Понеділок', en: 'Monday' },
  tue: { uk: 'Вівторок', en: 'Tuesday' },
  wed: { uk: 'Середа', en: 'Wednesday' },
  thu: { uk: 'Четвер', en: 'Thursday' },
  fri: { uk: 'П’ятниця', en: 'Friday' },
  sat: { uk: 'Субота', en: 'Saturday' },
  sun: { uk: 'Неділя', en: 'Sunday' },
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Whether a string is a 24-hour time of day, HH:MM. */
export function isTimeOfDay(value: string): boolean {
  return TIME_PATTERN.test(value)
}

/** Minutes since midnight of an HH:MM time; `undefined` for anything else. */
export function minutesOfDay(value: string | null | undefined): number | undefined {
  const match = value ? TIME_PATTERN.exec(value) : null
  if (!match) return undefined
  return Number(match[1]) * 60 + Number(match[2])
}
