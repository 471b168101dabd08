import { type DateRange, DATE_RANGES, dateRange } from '@domain/events/ranges'
import { kyivDay } from '@domain/time/kyivTime'
import { EVENT_FACETS, urls, type EventFacet } from '@domain/urls/urls'
import { EVENT_AUDIENCES } from '@domain/vocabularies/eventAudiences'
import { EVENT_CATEGORIES } from '@domain/vocabularies/eventCategories'

import type { EventData, OccurrenceData } from '../data/model'

/** One line of a listing: a date of an event. */
export type Entry = { event: EventData; occurrence: OccurrenceData }

/** How many days ahead the main list and its filters show (the month pages go further). */
export const LIST_DAYS = 45

/** Every date of every event that has not ended at `now`, in order of start. */
export function upcoming(events: EventData[], now: Date): Entry[] {
  const time = now.getTime()
  return events
    .flatMap((event) =>
      event.occurrences
        .filter((occurrence) => Date.parse(occurrence.end) > time)
        .map((occurrence) => ({ event, occurrence })),
    )
    .sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start))
}

/** Entries starting before `to` (those already running included). */
export function until(entries: Entry[], to: Date): Entry[] {
  return entries.filter((entry) => Date.parse(entry.occurrence.start) < to.getTime())
}

/**
 * Entries grouped by Kyiv day (as domain/events/ranges groups occurrences); a date already running
 * at `now` (an exhibition) is listed on today.
 */
export function byDay(entries: Entry[], now: Date): { day: string; entries: Entry[] }[] {
  const today = kyivDay(now)
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const day = entry.occurrence.day < today ? today : entry.occurrence.day
    groups.set(day, [...(groups.get(day) ?? []), entry])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, entries: list }))
}

/**
 * The most dates one listing page holds. A few hundred keep a page light on a phone; a network
 * with a thousand weekly clubs would otherwise list six thousand dates on every filter page
 * (bench:events). The month pages go further.
 */
export const MAX_LISTED_ENTRIES = 150

/** A branch's page lists its next dates, whole days up to this many (its filter page has more). */
export const BRANCH_PAGE_ENTRIES = 30

/** Whole days from the first while they fit in `max` entries (the first day always, however full). */
export function fitDays<T extends { entries: unknown[] }>(
  groups: T[],
  max: number,
): { groups: T[]; cut: boolean } {
  let count = 0
  const kept: T[] = []
  for (const group of groups) {
    if (kept.length > 0 && count + group.entries.length > max) break
    kept.push(group)
    count += group.entries.length
  }
  return { groups: kept, cut: kept.length < groups.length }
}

/** A static filter of /podii/: its URL, heading and which entries it keeps. */
export type Filter = {
  facet: EventFacet | 'free'
  value: string
  url: string
  heading: string
  keep: (entry: Entry, now: Date) => boolean
}

/** Every filter page the site builds, from the data (branches and tasks that have events). */
export function filters(events: EventData[], branches: { slug: string; name: string }[]): Filter[] {
  const list: Filter[] = []
  const branchSlugs = new Set(events.flatMap((event) => event.branchSlugs))
  for (const branch of branches.filter((branch) => branchSlugs.has(branch.slug)))
    list.push({
      facet: 'branch',
      value: branch.slug,
      url: urls.eventsFilter('branch', branch.slug),
      heading: `Події: ${branch.name}`,
      keep: (entry) => entry.event.branchSlugs.includes(branch.slug),
    })
  for (const [key, audience] of Object.entries(EVENT_AUDIENCES))
    list.push({
      facet: 'audience',
      value: audience.path,
      url: urls.eventsFilter('audience', audience.path),
      heading: `Події ${audience.heading.toLowerCase()}`,
      keep: (entry) => (entry.event.audiences as string[]).includes(key),
    })
  for (const [key, category] of Object.entries(EVENT_CATEGORIES))
    list.push({
      facet: 'category',
      value: category.path,
      url: urls.eventsFilter('category', category.path),
      heading: category.heading,
      keep: (entry) => entry.event.category === key,
    })
  const tasks = new Map(
    events.flatMap((event) => event.programmeTasks.map((task) => [task.slug, task.title] as const)),
  )
  for (const [slug, title] of tasks)
    list.push({
      facet: 'task',
      value: slug,
      url: urls.eventsFilter('task', slug),
      heading: `Події за завданням програми: ${title}`,
      keep: (entry) => entry.event.programmeTasks.some((task) => task.slug === slug),
    })
  for (const [key, range] of Object.entries(DATE_RANGES))
    list.push({
      facet: 'range',
      value: range.path,
      url: urls.eventsFilter('range', range.path),
      heading: `Події: ${range.label.toLowerCase()}`,
      keep: (entry, now) => {
        const window = dateRange(key as DateRange, now)
        return (
          Date.parse(entry.occurrence.start) < window.to.getTime() &&
          Date.parse(entry.occurrence.end) > window.from.getTime()
        )
      },
    })
  list.push({
    facet: 'free',
    value: '',
    url: urls.eventsFree(),
    heading: 'Безкоштовні події',
    keep: (entry) => entry.event.free,
  })
  return list
}

/** Months the month view is built for: from the build's month to eleven months ahead. */
export function listedMonths(now: Date): { year: number; month: number }[] {
  const [year, month] = kyivDay(now).split('-').map(Number) as [number, number]
  return Array.from({ length: 12 }, (_, index) => {
    const total = year * 12 + (month - 1) + index
    return { year: Math.floor(total / 12), month: (total % 12) + 1 }
  })
}

export { EVENT_FACETS }

/** Words for an occurrence's state, for badges and screen readers. */
export const STATE_LABELS: Record<OccurrenceData['state'], string | undefined> = {
  scheduled: undefined,
  cancelled: 'Скасовано',
  moved: 'Перенесено',
  full: 'Місць немає',
}
