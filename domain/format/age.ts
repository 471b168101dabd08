import { formatKyivDateTime } from './dates'
import { plural } from './plural'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * How old a saved copy is, as a reader offline needs it: «5 хвилин тому», «2 години тому», and
 * past a day the Kyiv date and time it was saved («28.11.2026, 21:40»).
 */
export function formatAge(savedAt: Date, now: Date): string {
  const age = Math.max(0, now.getTime() - savedAt.getTime())
  if (age < MINUTE) return 'щойно'
  if (age < HOUR)
    return `${plural(Math.floor(age / MINUTE), { one: 'хвилину', few: 'хвилини', many: 'хвилин' })} тому`
  if (age < 24 * HOUR)
    return `${plural(Math.floor(age / HOUR), { one: 'годину', few: 'години', many: 'годин' })} тому`
  return formatKyivDateTime(savedAt)
}
