import { todayHoursIn } from './hoursWords'
import type { Schedule } from './schedule'

/** Today's hours in Kyiv as one line, closures and changed hours included. */
export function todayHoursText(schedule: Schedule, now: Date): string {
  return todayHoursIn('uk', schedule, now)
}
