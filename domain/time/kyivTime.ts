/**
 * Kyiv wall time ⇄ instants, one module for the whole project. Events are planned in local wall
 * time ("every Tuesday at 18:00"), which stays 18:00 across the DST changes while the UTC instant
 * moves by an hour; published dates are calendar days in Kyiv («чинний до 28 листопада» means
 * until the end of that day there), while browsers and the publisher's clock work in instants.
 */

export const KYIV = 'Europe/Kyiv'

/** A calendar day as YYYY-MM-DD. */
export type Day = string
/** A wall-clock time as HH:MM. */
export type Time = string

export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: KYIV,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** Kyiv's offset from UTC by UTC hour: it changes only on whole hours (01:00 UTC), so an hour's
 * answer holds for all of it. Asking Intl once per hour instead of once per instant makes
 * computing 50,000 dates several times faster. */
const offsetByHour = new Map<number, number>()
const HOUR = 3_600_000

function offsetFromIntl(instant: Date): number {
  const values: Record<string, number> = {}
  for (const part of parts.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value)
  }
  const asUtc = Date.UTC(
    values.year!,
    values.month! - 1,
    values.day,
    values.hour,
    values.minute,
    values.second,
  )
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

/** Minutes Kyiv is ahead of UTC at an instant (120 in winter, 180 in summer). */
export function kyivOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR)
  let offset = offsetByHour.get(hour)
  if (offset === undefined) {
    offset = offsetFromIntl(new Date(hour * HOUR))
    if (offsetByHour.size > 200_000) offsetByHour.clear()
    offsetByHour.set(hour, offset)
  }
  return offset
}

/** Kyiv's wall clock at an instant, as numbers. */
export function kyivParts(instant: Date): {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
} {
  const wall = new Date(instant.getTime() + kyivOffsetMinutes(instant) * 60_000)
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  }
}

/**
 * The instant of a Kyiv wall time. A time skipped by the spring change (03:00–03:59 on the last
 * Sunday of March) is taken as the same clock reading an hour later; a time the autumn change
 * repeats is its first (summer-time) occurrence.
 */
export function kyivInstant(day: Day, time: Time = '00:00'): Date {
  if (!DAY_PATTERN.test(day) || !TIME_PATTERN.test(time))
    throw new RangeError(`Not a Kyiv day and time: ${day} ${time}`)
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return wallToInstant(Date.UTC(year, month - 1, date, hour, minute))
}

/** The instant of a wall time given as "UTC-looking" milliseconds (how rrule hands it back). */
export function wallToInstant(wallMs: number): Date {
  // Try the summer offset first, so a repeated autumn hour resolves to its first occurrence.
  for (const offset of [180, 120]) {
    const candidate = new Date(wallMs - offset * 60_000)
    if (kyivOffsetMinutes(candidate) === offset) return candidate
  }
  // In the spring gap neither offset fits: the clock reading an hour later.
  return new Date(wallMs - 120 * 60_000)
}

/** Kyiv's wall time of an instant as "UTC-looking" milliseconds (what rrule computes with). */
export function instantToWall(instant: Date): number {
  return instant.getTime() + kyivOffsetMinutes(instant) * 60_000
}

const pad = (value: number) => String(value).padStart(2, '0')

/** The Kyiv calendar day of an instant. */
export function kyivDay(instant: Date): Day {
  const p = kyivParts(instant)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}

/** The Kyiv wall time of an instant as HH:MM. */
export function kyivTime(instant: Date): Time {
  const p = kyivParts(instant)
  return `${pad(p.hour)}:${pad(p.minute)}`
}

/** A day plus or minus whole days, on the calendar (no time zone involved). */
export function addDays(day: Day, days: number): Day {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** ISO weekday of a calendar day: 1 Monday … 7 Sunday. */
export function isoWeekday(day: Day): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** A real calendar day (rejects 2026-02-30). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
}

export function isTime(value: unknown): value is Time {
  return typeof value === 'string' && TIME_PATTERN.test(value)
}

/**
 * The instant a Kyiv calendar day starts (its midnight). Kyiv changes its clocks at 03:00/04:00,
 * never at midnight, so the start of a day always exists and is unambiguous.
 */
export function startOfKyivDay(day: Day): Date {
  return kyivInstant(day)
}

/** The instant an inclusive Kyiv calendar day ends: the next day's midnight. */
export function endOfKyivDay(day: Day): Date {
  return kyivInstant(addDays(day, 1))
}

/** The next Kyiv midnight strictly after an instant. */
export function nextKyivMidnight(after: Date): Date {
  return startOfKyivDay(addDays(kyivDay(after), 1))
}
