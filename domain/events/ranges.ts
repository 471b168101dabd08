import { type Day, addDays, isoWeekday, kyivDay, kyivInstant } from '../time/kyivTime'
import type { Occurrence, Window } from './occurrences'

/** The date ranges readers filter by, with their URL segment and label. */
export const DATE_RANGES = {
  today: { label: 'Сьогодні', path: 'sohodni' },
  week: { label: 'Цього тижня', path: 'tyzhden' },
  weekend: { label: 'На вихідних', path: 'vykhidni' },
  month: { label: 'Цього місяця', path: 'misiats' },
} as const

export type DateRange = keyof typeof DATE_RANGES

/**
 * The instants of a range on the Kyiv calendar, as of `now` (injected: a page is built at one
 * time and read at another, tests use a fixed clock). Ranges begin at the start of today (or of
 * Saturday for the weekend) and end at the start of the day after their last day. Weeks run
 * Monday to Sunday.
 */
export function dateRange(range: DateRange, now: Date): Window {
  const today = kyivDay(now)
  const weekday = isoWeekday(today)
  const window = (first: Day, afterLast: Day): Window => ({
    from: kyivInstant(first),
    to: kyivInstant(afterLast),
  })
  switch (range) {
    case 'today':
      return window(today, addDays(today, 1))
    case 'week':
      return window(today, addDays(today, 8 - weekday))
    case 'weekend':
      return window(weekday >= 6 ? today : addDays(today, 6 - weekday), addDays(today, 8 - weekday))
    case 'month': {
      const [year, month] = today.split('-').map(Number) as [number, number]
      const next =
        month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
      return window(today, next)
    }
  }
}

/** The Kyiv days of a month, YYYY-MM-DD, for the month view. */
export function monthDays(year: number, month: number): Day[] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`
  const days: Day[] = []
  for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addDays(day, 1)) days.push(day)
  return days
}

/** The window of a calendar month in Kyiv. */
export function monthWindow(year: number, month: number): Window {
  const days = monthDays(year, month)
  return { from: kyivInstant(days[0]!), to: kyivInstant(addDays(days.at(-1)!, 1)) }
}

export type DayGroup<T> = { day: Day; items: T[] }

/**
 * Items grouped by the Kyiv day they start on, days in order. An item that began before `from`
 * (an exhibition that is on, a club already running) is listed on the day of `from`.
 */
export function groupByKyivDay<T extends { occurrence: Occurrence }>(
  items: T[],
  from?: Date,
): DayGroup<T>[] {
  const groups = new Map<Day, T[]>()
  const firstDay = from ? kyivDay(from) : undefined
  const sorted = [...items].sort(
    (a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime(),
  )
  for (const item of sorted) {
    const startDay = kyivDay(item.occurrence.start)
    const day = firstDay && startDay < firstDay ? firstDay : startDay
    const list = groups.get(day) ?? []
    list.push(item)
    groups.set(day, list)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, items: list }))
}
