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

/** Everything the site knows about when a branch is open; serialisable for the browser. */
export type Schedule = {
  weekly: Partial<Record<Weekday, DayHours>>
  sanitaryDay?: SanitaryRule | null
  specialDays: SpecialDay[]
}

/** What a given calendar day looks like for a branch. */
export type DayPlan =
  | { kind: 'open'; hours: DayHours; special?: SpecialDay }
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

/** The plan for a calendar day: special days win over the sanitary day, which wins over the week. */
export function planForDay(schedule: Schedule, day: IsoDay): DayPlan {
  const special = schedule.specialDays.find((entry) => entry.from <= day && day <= entry.to)
  if (special) {
    if (special.closed || !special.hours) return { kind: 'closed', why: 'special', special }
    return { kind: 'open', hours: special.hours, special }
  }
  if (isSanitaryDay(day, schedule.sanitaryDay)) return { kind: 'closed', why: 'sanitary' }
  const hours = schedule.weekly[weekdayOf(day)]
  return hours ? { kind: 'open', hours } : { kind: 'closed', why: 'weekly' }
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
