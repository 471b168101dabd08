import { kyivYear } from '@domain/format/dates'

import type { BranchData, CollectionData, EventData, ItemData, NewsData } from '../data/model'

/** What the network did for one task, counted by year and by branch. */
export type TaskStats = {
  totals: Counts
  /** Every year with something in it, oldest first. */
  years: ({ year: number } & Counts)[]
  /** Branches with something, in the branches' order; network-wide entries last. */
  branches: ({ slug: string; title: string; href?: string } & Counts)[]
}

/** Event dates held, news published and collection items added. */
export type Counts = { events: number; news: number; items: number }

export type StatsInput = {
  news: NewsData[]
  collections: CollectionData[]
  items: ItemData[]
  branches: BranchData[]
  /** Events with the dates they held before the build (`heldByYear`). */
  events: Pick<EventData, 'programmeTasks' | 'branchSlugs' | 'heldByYear'>[]
}

const NETWORK = { slug: '', title: 'Уся мережа' }
const zero = (): Counts => ({ events: 0, news: 0, items: 0 })

function bump<K>(map: Map<K, Counts>, key: K, kind: keyof Counts, by = 1): void {
  const counts = map.get(key) ?? zero()
  counts[kind] += by
  map.set(key, counts)
}

const servesTask = (taskSlug: string) => (entry: { programmeTasks: { slug: string }[] }) =>
  entry.programmeTasks.some((task) => task.slug === taskSlug)

/**
 * Counts for one task: dates held of the events that point to it, news that point to it, and
 * items added to the digital collections that point to it. An event or a news item about several
 * branches counts for each of them (and once in the total); one about none counts for the whole
 * network; an item counts for its holding branch.
 */
export function countForTask(taskSlug: string, data: StatsInput): TaskStats {
  const serves = servesTask(taskSlug)
  const events = data.events.filter(serves)
  const news = data.news.filter(serves)
  const collectionHrefs = new Set(data.collections.filter(serves).map((c) => c.url))
  const items = data.items.filter((item) =>
    [item.collection, ...item.collections].some((link) => collectionHrefs.has(link.href)),
  )

  const years = new Map<number, Counts>()
  const byBranch = new Map<string, Counts>()
  const branchSlugByHref = new Map(data.branches.map((branch) => [branch.url, branch.slug]))
  const placesOf = (slugs: string[]) => new Set(slugs.length > 0 ? slugs : [NETWORK.slug])
  let eventsHeld = 0

  for (const event of events) {
    for (const [year, held] of Object.entries(event.heldByYear)) {
      if (held <= 0) continue
      eventsHeld += held
      bump(years, Number(year), 'events', held)
      for (const slug of placesOf(event.branchSlugs)) bump(byBranch, slug, 'events', held)
    }
  }
  for (const entry of news) {
    bump(years, kyivYear(entry.publishedAt), 'news')
    for (const slug of placesOf(entry.branchSlugs)) bump(byBranch, slug, 'news')
  }
  for (const item of items) {
    bump(years, kyivYear(item.addedAt), 'items')
    const holder = item.source?.branch ? branchSlugByHref.get(item.source.branch.href) : undefined
    bump(byBranch, holder ?? NETWORK.slug, 'items')
  }

  const branches: TaskStats['branches'] = data.branches
    .filter((branch) => byBranch.has(branch.slug))
    .map((branch) => ({
      slug: branch.slug,
      title: branch.name,
      href: branch.url,
      ...byBranch.get(branch.slug)!,
    }))
  const network = byBranch.get(NETWORK.slug)
  if (network) branches.push({ ...NETWORK, ...network })

  return {
    totals: { events: eventsHeld, news: news.length, items: items.length },
    years: [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, counts]) => ({ year, ...counts })),
    branches,
  }
}

/** The latest news that serve a task, newest first. */
export function latestNewsForTask(taskSlug: string, news: NewsData[], limit: number): NewsData[] {
  return news.filter(servesTask(taskSlug)).slice().sort(newestFirst).slice(0, limit)
}

const newestFirst = (a: NewsData, b: NewsData) => b.publishedAt.localeCompare(a.publishedAt)

/** An event a task page lists, with the date it is shown by. */
export type TaskEvent = { event: EventData; start: string; upcoming: boolean }

/**
 * The events that serve a task as its page lists them: those still to come, soonest first (by
 * their next date not cancelled), then those already held, the most recent first, up to `limit`.
 */
export function latestEventsForTask(
  taskSlug: string,
  events: EventData[],
  now: Date,
  limit: number,
): TaskEvent[] {
  const time = now.getTime()
  const coming: TaskEvent[] = []
  const held: TaskEvent[] = []
  for (const event of events.filter(servesTask(taskSlug))) {
    const dates = event.occurrences.filter((occurrence) => occurrence.state !== 'cancelled')
    const next = dates.find((occurrence) => Date.parse(occurrence.end) > time)
    const last = dates.filter((occurrence) => Date.parse(occurrence.start) < time).at(-1)
    if (next) coming.push({ event, start: next.start, upcoming: true })
    else if (last) held.push({ event, start: last.start, upcoming: false })
  }
  coming.sort((a, b) => a.start.localeCompare(b.start))
  held.sort((a, b) => b.start.localeCompare(a.start))
  return [...coming, ...held].slice(0, limit)
}
