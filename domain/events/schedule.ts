import type { OccurrenceChangeKind } from '../vocabularies/occurrenceChanges'
import type {
  EventFrequency,
  EventScheduleKind,
  MonthWeekOrdinal,
} from '../vocabularies/eventScheduleKinds'
import type { Weekday } from '../vocabularies/weekdays'
import { type Day, type Time, instantToWall, isDay, isTime, kyivInstant } from '../time/kyivTime'
import { RRule, type Options } from './rrule'

/** One extra date of an event: its day, and its own times when they differ from the event's. */
export type ExtraDate = { date?: Day | null; startTime?: Time | null; endTime?: Time | null }

/**
 * When an event happens, as the editor enters it (the CMS's `schedule` group has these fields).
 * Days are Kyiv calendar days (YYYY-MM-DD) and times Kyiv wall times (HH:MM).
 */
export type EventSchedule = {
  kind?: EventScheduleKind | null
  /** The day (single), the first day (dates, rule) or the opening day (span). */
  date?: Day | null
  startTime?: Time | null
  endTime?: Time | null
  /** span: the last day. */
  endDate?: Day | null
  /** dates: the other days besides `date`. */
  dates?: ExtraDate[] | null
  frequency?: EventFrequency | null
  /** Every N weeks (weekly) or months (monthly). */
  interval?: number | null
  weekdays?: Weekday[] | null
  monthWeek?: MonthWeekOrdinal | null
  monthWeekday?: Weekday | null
  until?: Day | null
  count?: number | null
  excludedDates?: Day[] | null
  addedDates?: ExtraDate[] | null
  /** The rule as RFC 5545 text (DTSTART;TZID=Europe/Kyiv + RRULE), written on save. */
  rule?: string | null
}

/** A change to one date, keyed by that date's original start (`Date#toISOString()`). */
export type OccurrenceChange = {
  original?: string | null
  kind?: OccurrenceChangeKind | null
  date?: Day | null
  startTime?: Time | null
  endTime?: Time | null
  place?: string | null
  note?: string | null
}

/** When no end time is given, an occurrence is taken to last this long (for hiding and feeds). */
export const DEFAULT_DURATION_MINUTES = 60

const RRULE_DAYS: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
}
const WEEKDAY_OF_RRULE = Object.fromEntries(
  Object.entries(RRULE_DAYS).map(([weekday, code]) => [code, weekday]),
) as Record<string, Weekday>

const compact = (day: Day, time: Time) => `${day.replaceAll('-', '')}T${time.replace(':', '')}00`
const utcStamp = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`

/**
 * The RFC 5545 text of a recurring schedule: `DTSTART;TZID=Europe/Kyiv:…` and an `RRULE` line
 * whose UNTIL is the UTC instant the until-day ends in Kyiv (as RFC 5545 asks with a TZID start).
 * `undefined` when the schedule is not a rule or lacks what a rule needs.
 */
export function buildRule(schedule: EventSchedule): string | undefined {
  if (schedule.kind !== 'rule' || !isDay(schedule.date)) return undefined
  const start = isTime(schedule.startTime) ? schedule.startTime : '00:00'
  const interval = Math.max(1, Math.trunc(schedule.interval ?? 1))
  const parts = [`FREQ=${schedule.frequency === 'monthly' ? 'MONTHLY' : 'WEEKLY'}`]
  if (interval > 1) parts.push(`INTERVAL=${interval}`)
  if (schedule.frequency === 'monthly') {
    if (!schedule.monthWeek || !schedule.monthWeekday) return undefined
    parts.push(`BYDAY=${schedule.monthWeek}${RRULE_DAYS[schedule.monthWeekday]}`)
  } else if (schedule.weekdays && schedule.weekdays.length > 0) {
    const ordered = (Object.keys(RRULE_DAYS) as Weekday[]).filter((day) =>
      schedule.weekdays!.includes(day),
    )
    parts.push(`BYDAY=${ordered.map((day) => RRULE_DAYS[day]).join(',')}`)
  }
  if (isDay(schedule.until)) {
    const endOfDay = new Date(kyivInstant(schedule.until, '23:59').getTime() + 59_000)
    parts.push(`UNTIL=${utcStamp(endOfDay)}`)
  } else if (schedule.count && schedule.count > 0) {
    parts.push(`COUNT=${Math.trunc(schedule.count)}`)
  }
  return `DTSTART;TZID=Europe/Kyiv:${compact(schedule.date, start)}\nRRULE:${parts.join(';')}`
}

/**
 * An rrule that iterates Kyiv wall time as if it were UTC ("floating"), so that 18:00 stays
 * 18:00 across DST; results go back to instants through `wallToInstant`.
 */
export function wallRule(ruleText: string): InstanceType<typeof RRule> {
  const startLine = /^DTSTART(?:;TZID=[^:]+)?:(\d{8}T\d{6})Z?$/m.exec(ruleText)
  const ruleLine = /^RRULE:(.+)$/m.exec(ruleText)
  if (!startLine || !ruleLine) throw new Error(`Not an event rule: ${ruleText}`)
  const stamp = startLine[1]!
  const dtstart = new Date(
    Date.UTC(
      Number(stamp.slice(0, 4)),
      Number(stamp.slice(4, 6)) - 1,
      Number(stamp.slice(6, 8)),
      Number(stamp.slice(9, 11)),
      Number(stamp.slice(11, 13)),
    ),
  )
  const options: Partial<Options> = RRule.parseString(ruleLine[1]!)
  // UNTIL is stored in UTC; the iteration runs on the wall clock.
  if (options.until) options.until = new Date(instantToWall(options.until))
  return new RRule({ ...options, dtstart, tzid: null })
}

/** The weekdays of a rule's BYDAY, for the site's and the feed's wording. */
export function ruleWeekdays(ruleText: string): Weekday[] {
  const byday = /BYDAY=([^;\n]+)/.exec(ruleText)?.[1]
  if (!byday) return []
  return byday
    .split(',')
    .map((code) => WEEKDAY_OF_RRULE[code.replace(/^[+-]?\d+/, '')])
    .filter((day): day is Weekday => Boolean(day))
}
