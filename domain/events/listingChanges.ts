import type { Occurrence } from './occurrences'

/**
 * The instants at which an event's listings change between `after` and `until`: when one of its
 * occurrences ends, it leaves "upcoming" lists, the home page and the feeds' next date. The
 * publisher's scheduler rebuilds at these (and after every Kyiv midnight, which it does anyway).
 * Sorted, without repeats.
 */
export function listingChangeInstants(
  list: readonly Occurrence[],
  after: Date,
  until: Date,
): Date[] {
  const instants = new Set<number>()
  for (const occurrence of list) {
    const end = occurrence.end.getTime()
    if (end > after.getTime() && end <= until.getTime()) instants.add(end)
  }
  return [...instants].sort((a, b) => a - b).map((time) => new Date(time))
}
