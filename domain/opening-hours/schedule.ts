import type { SanitaryWeek } from '../vocabularies/sanitaryWeeks'
import { WEEKDAYS, type Weekday } from '../vocabularies/weekdays'
import { minutesOfDay } from './time'

/** Opening hours of one day, with an optional break inside them. Times are HH:MM in Kyiv. */
export type DayHours = {
  opens: string
  closes: string
  breakFrom?: string | null
  breakTo?: string | null
}

/** A day or range of days (YYYY-MM-DD, Kyiv calendar) with other hours or closed. */
export type SpecialDay = {
  from: string
  to: string
  closed: boolean
  hours?: DayHours | null
  reason?: string | null
  note?: string | null
}

export type SanitaryRule = {
  week: SanitaryWeek
  weekday: Weekday
}

/** A temporary closure (renovation, no heating…): closed every day from `from` to `to` inclusive. */
export type Closure = {
  from: string
  to: string
  /** A key of CLOSURE_REASONS (older or unknown keys are shown as they are). */
  reason: string
  note?: string | null
}

/** Temporarily changed hours: on the days the branch normally opens, these hours instead. */
export type ChangedHours = {
  from: string
  to: string
  hours: DayHours
  note?: string | null
}

/** Everything the site knows about when a branch is open; serialisable for the browser. */
export type Schedule = {
  weekly: Partial<Record<Weekday, DayHours>>
  sanitaryDay?: SanitaryRule | null
  specialDays: SpecialDay[]
  closures?: Closure[]
  changedHours?: ChangedHours[]
}

/** What a given calendar day looks like for a branch. */
export type DayPlan =
  | { kind: 'open'; hours: DayHours; special?: SpecialDay; changed?: ChangedHours }
  | { kind: 'closed'; why: 'closure'; closure: Closure }
  | { kind: 'closed'; why: 'special'; special: SpecialDay }
  | { kind: 'closed'; why: 'sanitary' | 'weekly' }

/** A calendar day, YYYY-MM-DD. */
export type IsoDay = string

const WEEK_INDEX: Record<SanitaryRule['week'], number> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  last: -1,
}

function parseDay(day: IsoDay): { year: number; month: number; date: number } {
  const [year, month, date] = day.split('-').map(Number)
  return { year: year ?? 1970, month: month ?? 1, date: date ?? 1 }
}

/** The day `count` calendar days after `day`. */
export function addDays(day: IsoDay, count: number): IsoDay {
  const { year, month, date } = parseDay(day)
  return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10)
}

/** ISO weekday of a calendar day. */
export function weekdayOf(day: IsoDay): Weekday {
  const { year, month, date } = parseDay(day)
  const sundayFirst = new Date(Date.UTC(year, month - 1, date)).getUTCDay()
  return WEEKDAYS[(sundayFirst + 6) % 7]!
}

/** Whether a day is the branch's monthly sanitary day ("last Friday of the month"…). */
export function isSanitaryDay(day: IsoDay, rule: SanitaryRule | null | undefined): boolean {
  if (!rule || weekdayOf(day) !== rule.weekday) return false
  const { year, month, date } = parseDay(day)
  const index = WEEK_INDEX[rule.week]
  if (index >= 0) return Math.floor((date - 1) / 7) === index
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return date + 7 > daysInMonth
}

/** The entry of a dated list that covers `day`, if any (ranges are inclusive). */
function covering<T extends { from: string; to: string }>(
  entries: T[] | undefined,
  day: IsoDay,
): T | undefined {
  return entries?.find((entry) => entry.from <= day && day <= entry.to)
}

/**
 * The plan for a calendar day. A temporary closure wins over everything; then special days, then
 * the sanitary day; temporarily changed hours replace the weekly hours only on days the branch
 * normally opens (a weekly day off stays a day off).
 */
export function planForDay(schedule: Schedule, day: IsoDay): DayPlan {
  const closure = covering(schedule.closures, day)
  if (closure) return { kind: 'closed', why: 'closure', closure }
  const special = schedule.specialDays.find((entry) => entry.from <= day && day <= entry.to)
  if (special) {
    if (special.closed || !special.hours) return { kind: 'closed', why: 'special', special }
    return { kind: 'open', hours: special.hours, special }
  }
  if (isSanitaryDay(day, schedule.sanitaryDay)) return { kind: 'closed', why: 'sanitary' }
  const hours = schedule.weekly[weekdayOf(day)]
  if (!hours) return { kind: 'closed', why: 'weekly' }
  const changed = covering(schedule.changedHours, day)
  return changed ? { kind: 'open', hours: changed.hours, changed } : { kind: 'open', hours }
}

/** Whether the schedule has any regular opening hours at all. */
export function hasWeeklyHours(schedule: Schedule): boolean {
  return WEEKDAYS.some((day) => schedule.weekly[day] !== undefined)
}

/** Calendar day and minutes since midnight of an instant, in Kyiv. */
export function kyivClock(now: Date): { day: IsoDay; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Kyiv',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '00'
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  }
}

export { minutesOfDay }
