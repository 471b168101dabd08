import { addDays, kyivClock, weekdayOf, type IsoDay } from '../opening-hours/schedule'
import { isPublicHoliday } from './holidays'

/**
 * Working days as the admin's calendar sets them: Monday to Friday, minus the days off the admin
 * lists, plus the working days the admin lists (a Saturday worked in exchange). Whether public
 * holidays are days off depends on the law in force: under martial law they are working days
 * (Labour Code art. 73 as changed by Law No. 2136-IX of 15 March 2022), so by default they are
 * not days off; the setting turns them on when the law changes again.
 */
export type WorkingCalendar = {
  daysOff: IsoDay[]
  workingDays: IsoDay[]
  publicHolidaysAreDaysOff: boolean
}

export const DEFAULT_CALENDAR: WorkingCalendar = {
  daysOff: [],
  workingDays: [],
  publicHolidaysAreDaysOff: false,
}

export function isWorkingDay(day: IsoDay, calendar: WorkingCalendar): boolean {
  if (calendar.workingDays.includes(day)) return true
  if (calendar.daysOff.includes(day)) return false
  if (calendar.publicHolidaysAreDaysOff && isPublicHoliday(day)) return false
  const weekday = weekdayOf(day)
  return weekday !== 'sat' && weekday !== 'sun'
}

/** The `count`-th working day after `day` (not counting `day` itself). */
export function addWorkingDays(day: IsoDay, count: number, calendar: WorkingCalendar): IsoDay {
  let current = day
  let left = count
  // A calendar with no working day at all would loop forever: bounded to ten years.
  for (let guard = 0; left > 0 && guard < 3660; guard += 1) {
    current = addDays(current, 1)
    if (isWorkingDay(current, calendar)) left -= 1
  }
  return current
}

/** The number of working days after `from` up to and including `to`. */
export function workingDaysBetween(from: IsoDay, to: IsoDay, calendar: WorkingCalendar): number {
  let count = 0
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
    if (isWorkingDay(day, calendar)) count += 1
  return count
}

/** The first instant of a calendar day in Kyiv (UTC+2 in winter, UTC+3 in summer). */
export function kyivStartOfDay(day: IsoDay): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  for (const offsetHours of [2, 3]) {
    const candidate = new Date(Date.UTC(year, month - 1, date) - offsetHours * 3_600_000)
    const clock = kyivClock(candidate)
    if (clock.day === day && clock.minutes === 0) return candidate
  }
  throw new Error(`No midnight found in Kyiv on ${day}`)
}

/** The last instant of a calendar day in Kyiv (a deadline «by the end of the day»). */
export function kyivEndOfDay(day: IsoDay): Date {
  return new Date(kyivStartOfDay(addDays(day, 1)).getTime() - 1000)
}

export const kyivDayOf = (instant: Date): IsoDay => kyivClock(instant).day
