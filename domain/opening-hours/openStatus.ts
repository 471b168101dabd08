import {
  addDays,
  hasWeeklyHours,
  kyivClock,
  minutesOfDay,
  planForDay,
  type DayPlan,
  type IsoDay,
  type Schedule,
} from './schedule'

/** The next time a closed branch opens. */
export type NextOpening = { day: IsoDay; daysAhead: number; opens: string }

/** Whether a branch is open at an instant, and what happens next. */
export type OpenStatus =
  | { state: 'open'; closesAt: string; breakFrom?: string }
  | { state: 'break'; reopensAt: string; closesAt: string }
  | {
      state: 'closed'
      /** Why the branch is closed today: before or after hours, a special day, the sanitary day. */
      why: 'before-opening' | 'after-closing' | 'special' | 'sanitary' | 'weekly' | 'closure'
      note?: string
      /** For a temporary closure: its reason (a CLOSURE_REASONS key) and last closed day. */
      closure?: { reason: string; until: IsoDay }
      next?: NextOpening
    }
  | { state: 'unknown' }

/** How far ahead to look for the next opening: long closures (repairs) are shown as "closed". */
const LOOKAHEAD_DAYS = 31

function nextOpening(schedule: Schedule, today: IsoDay): NextOpening | undefined {
  for (let ahead = 1; ahead <= LOOKAHEAD_DAYS; ahead += 1) {
    const day = addDays(today, ahead)
    const plan = planForDay(schedule, day)
    if (plan.kind === 'open') return { day, daysAhead: ahead, opens: plan.hours.opens }
  }
  return undefined
}

function closedToday(
  schedule: Schedule,
  today: IsoDay,
  plan: Extract<DayPlan, { kind: 'closed' }>,
): OpenStatus {
  const next = nextOpening(schedule, today)
  if (plan.why === 'closure') {
    const { reason, to, note } = plan.closure
    return {
      state: 'closed',
      why: 'closure',
      note: note ?? undefined,
      closure: { reason, until: to },
      next,
    }
  }
  const note = plan.why === 'special' ? (plan.special.note ?? undefined) : undefined
  return { state: 'closed', why: plan.why, note, next }
}

/**
 * Whether a branch is open at `now` (an injected clock, so it is testable), computed on the Kyiv
 * wall clock with temporary closures, changed hours, special days, the monthly sanitary day and
 * the midday break taken into account.
 */
export function openStatus(schedule: Schedule, now: Date): OpenStatus {
  const { day, minutes } = kyivClock(now)
  const plan = planForDay(schedule, day)
  if (plan.kind === 'closed') {
    if (plan.why === 'weekly' && !hasWeeklyHours(schedule) && schedule.specialDays.length === 0)
      return { state: 'unknown' }
    return closedToday(schedule, day, plan)
  }
  const { hours } = plan
  const opens = minutesOfDay(hours.opens)
  const closes = minutesOfDay(hours.closes)
  if (opens === undefined || closes === undefined) return { state: 'unknown' }
  if (minutes < opens) {
    return {
      state: 'closed',
      why: 'before-opening',
      next: { day, daysAhead: 0, opens: hours.opens },
    }
  }
  if (minutes >= closes) {
    return { state: 'closed', why: 'after-closing', next: nextOpening(schedule, day) }
  }
  const breakFrom = minutesOfDay(hours.breakFrom)
  const breakTo = minutesOfDay(hours.breakTo)
  if (breakFrom !== undefined && breakTo !== undefined) {
    if (minutes >= breakFrom && minutes < breakTo)
      return { state: 'break', reopensAt: hours.breakTo!, closesAt: hours.closes }
    if (minutes < breakFrom)
      return { state: 'open', closesAt: hours.closes, breakFrom: hours.breakFrom! }
  }
  return { state: 'open', closesAt: hours.closes }
}
