import { kyivClock, planForDay, type Schedule } from './schedule'

/** Today's hours in Kyiv as one line, closures and changed hours included. */
export function todayHoursText(schedule: Schedule, now: Date): string {
  const plan = planForDay(schedule, kyivClock(now).day)
  if (plan.kind === 'open') return `Сьогодні ${plan.hours.opens}–${plan.hours.closes}`
  return plan.why === 'weekly' ? 'Сьогодні вихідний' : 'Сьогодні зачинено'
}
