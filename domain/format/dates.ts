const TIME_ZONE = 'Europe/Kyiv'

const longDate = new Intl.DateTimeFormat('uk-UA', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const numericDate = new Intl.DateTimeFormat('uk-UA', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const dayMonth = new Intl.DateTimeFormat('uk-UA', {
  day: 'numeric',
  month: 'long',
  weekday: 'long',
  timeZone: 'UTC',
})

/** "25 листопада 2026 р." for an instant, on the Kyiv calendar. */
export function formatLongDate(value: string | Date): string {
  return longDate.format(new Date(value)).replace(/ (?=р\.)/u, '\u00a0')
}

/** "25.11.2026", for registers and tables. */
export function formatNumericDate(value: string | Date): string {
  return numericDate.format(new Date(value))
}

/** "середа, 31 грудня" for a calendar day YYYY-MM-DD. */
export function formatCalendarDay(day: string): string {
  return dayMonth.format(new Date(`${day}T00:00:00Z`))
}

/** The year of an instant in Kyiv. */
export function kyivYear(value: string | Date): number {
  return Number(kyivYearFormat.format(new Date(value)))
}

/** Made once, like the formatters above: creating one per call was most of kyivYear's cost. */
const kyivYearFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: TIME_ZONE })

const dateTime = new Intl.DateTimeFormat('uk-UA', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
})

/** "29.11.2026, 13:50" in Kyiv: when a status was computed. */
export function formatKyivDateTime(value: string | Date): string {
  return dateTime.format(new Date(value))
}
