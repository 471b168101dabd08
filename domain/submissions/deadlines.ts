import type { UrgentGround } from '../vocabularies/urgentGrounds'
import {
  addWorkingDays,
  kyivDayOf,
  kyivEndOfDay,
  type WorkingCalendar,
} from '../working-days/calendar'

/**
 * Deadlines of a public information request (Law of Ukraine «Про доступ до публічної
 * інформації», art. 20): an answer within 5 working days of the day it was received; within 48
 * hours when it concerns a person's life or liberty, the environment or an emergency; the
 * manager may extend the term to 20 working days (a large volume of information, a search among
 * much data), telling the requester in writing, with the reason, within 5 working days.
 */
export const INFORMATION_REQUEST_TERMS = {
  workingDays: 5,
  urgentHours: 48,
  extendedWorkingDays: 20,
} as const

/** When the answer is due: the end of the 5th working day after receipt, or 48 hours. */
export function informationRequestDue(
  receivedAt: Date,
  ground: UrgentGround,
  calendar: WorkingCalendar,
): Date {
  if (ground !== 'none')
    return new Date(receivedAt.getTime() + INFORMATION_REQUEST_TERMS.urgentHours * 3_600_000)
  const day = addWorkingDays(kyivDayOf(receivedAt), INFORMATION_REQUEST_TERMS.workingDays, calendar)
  return kyivEndOfDay(day)
}

/** The extended deadline: the end of the 20th working day after receipt. */
export function informationRequestExtendedDue(receivedAt: Date, calendar: WorkingCalendar): Date {
  const day = addWorkingDays(
    kyivDayOf(receivedAt),
    INFORMATION_REQUEST_TERMS.extendedWorkingDays,
    calendar,
  )
  return kyivEndOfDay(day)
}

/** Whether an extension can still be made (and its notice sent in time): within 5 working days. */
export function canExtend(receivedAt: Date, now: Date, calendar: WorkingCalendar): boolean {
  const lastDay = addWorkingDays(
    kyivDayOf(receivedAt),
    INFORMATION_REQUEST_TERMS.workingDays,
    calendar,
  )
  return now.getTime() <= kyivEndOfDay(lastDay).getTime()
}

/** Whether a due date falls within the next `count` working days (or has passed). */
export function isDueWithin(
  due: Date,
  now: Date,
  count: number,
  calendar: WorkingCalendar,
): boolean {
  const horizon = kyivEndOfDay(addWorkingDays(kyivDayOf(now), count, calendar))
  return due.getTime() <= horizon.getTime()
}
