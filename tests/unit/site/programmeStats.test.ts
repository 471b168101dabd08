import { describe, expect, it } from 'vitest'

import type {
  BranchData,
  CollectionData,
  EventData,
  ItemData,
  NewsData,
  OccurrenceData,
} from '@site/data/model'
import { heldByYear } from '@site/data/shape/events'
import { countForTask, latestEventsForTask, latestNewsForTask } from '@site/lib/programmeStats'
import type { EventSchedule } from '@domain/events/schedule'

const task = (slug: string) => ({ slug, href: `/prohrama/${slug}/`, title: slug })
const branch = (slug: string, order: number) =>
  ({ slug, name: `Бібліотека ${slug}`, url: `/biblioteky/${slug}/`, order }) as BranchData
const news = (slug: string, publishedAt: string, branchSlugs: string[], tasks: string[]) =>
  ({ slug, publishedAt, branchSlugs, programmeTasks: tasks.map(task) }) as unknown as NewsData
const collection = (slug: string, tasks: string[]) =>
  ({
    slug,
    url: `/kolektsii/${slug}/`,
    programmeTasks: tasks.map(task),
  }) as unknown as CollectionData
const item = (identifier: string, collectionSlug: string, addedAt: string, holder?: string) =>
  ({
    identifier,
    addedAt,
    collection: { href: `/kolektsii/${collectionSlug}/`, title: '', slug: collectionSlug },
    collections: [],
    source: holder ? { branch: { href: `/biblioteky/${holder}/`, title: holder } } : undefined,
  }) as unknown as ItemData

const occurrence = (start: string, state: OccurrenceData['state'] = 'scheduled') =>
  ({ start, end: new Date(Date.parse(start) + 3_600_000).toISOString(), state }) as OccurrenceData
const event = (
  slug: string,
  branchSlugs: string[],
  tasks: string[],
  held: Record<string, number>,
  dates: OccurrenceData[] = [],
) =>
  ({
    slug,
    url: `/podii/${slug}/`,
    title: slug,
    branchSlugs,
    programmeTasks: tasks.map(task),
    heldByYear: held,
    occurrences: dates,
  }) as unknown as EventData

const branches = [branch('a', 1), branch('b', 2), branch('c', 3)]
const data = {
  branches,
  events: [
    event('club', ['a'], ['hubs'], { '2024': 10, '2025': 4 }),
    event('walk', [], ['hubs', 'leisure'], { '2025': 1 }),
    event('talk', ['b', 'c'], ['hubs'], {}),
    event('quiz', ['c'], ['leisure'], { '2025': 2 }),
  ],
  news: [
    news('n1', '2024-03-01T09:00:00Z', ['a'], ['hubs']),
    // 31 December 22:30 UTC is already 1 January in Kyiv.
    news('n2', '2024-12-31T22:30:00Z', ['a', 'b'], ['hubs', 'leisure']),
    news('n3', '2025-05-01T09:00:00Z', [], ['hubs']),
    news('n4', '2025-06-01T09:00:00Z', ['c'], ['leisure']),
  ],
  collections: [collection('photos', ['hubs']), collection('maps', [])],
  items: [
    item('SOL-PH-0001', 'photos', '2025-02-01T10:00:00Z', 'b'),
    item('SOL-PH-0002', 'photos', '2025-02-02T10:00:00Z'),
    item('SOL-MP-0001', 'maps', '2025-02-03T10:00:00Z', 'a'),
  ],
}

describe('counts per programme task', () => {
  it('counts the events held, news and collection items that serve a task by Kyiv year', () => {
    const stats = countForTask('hubs', data)
    expect(stats.totals).toEqual({ events: 15, news: 3, items: 2 })
    expect(stats.years).toEqual([
      { year: 2024, events: 10, news: 1, items: 0 },
      { year: 2025, events: 5, news: 2, items: 2 },
    ])
  })

  it('counts a news item for each of its branches, and network news and items without a holder for the whole network', () => {
    const stats = countForTask('hubs', data)
    expect(stats.branches).toEqual([
      { slug: 'a', title: 'Бібліотека a', href: '/biblioteky/a/', events: 14, news: 2, items: 0 },
      { slug: 'b', title: 'Бібліотека b', href: '/biblioteky/b/', events: 0, news: 1, items: 1 },
      { slug: '', title: 'Уся мережа', events: 1, news: 1, items: 1 },
    ])
  })

  it('counts nothing for a task nothing points to', () => {
    expect(countForTask('nobody', data)).toEqual({
      totals: { events: 0, news: 0, items: 0 },
      years: [],
      branches: [],
    })
  })

  it('lists the latest news of a task, newest first, up to the limit', () => {
    expect(latestNewsForTask('leisure', data.news, 5).map((entry) => entry.slug)).toEqual([
      'n4',
      'n2',
    ])
    expect(latestNewsForTask('hubs', data.news, 1).map((entry) => entry.slug)).toEqual(['n3'])
  })

  it('lists a task’s coming events soonest first, then those held, the latest first', () => {
    const now = new Date('2025-06-10T12:00:00Z')
    const events = [
      event('past-old', [], ['hubs'], {}, [occurrence('2025-01-10T16:00:00Z')]),
      event('past-new', [], ['hubs'], {}, [
        occurrence('2025-05-10T16:00:00Z'),
        // Its next date was cancelled: it is listed by the last one held.
        occurrence('2025-07-10T16:00:00Z', 'cancelled'),
      ]),
      event('soon', [], ['hubs'], {}, [
        occurrence('2025-05-01T16:00:00Z'),
        occurrence('2025-06-12T16:00:00Z'),
      ]),
      event('later', [], ['hubs'], {}, [occurrence('2025-09-01T16:00:00Z')]),
      event('other', [], ['leisure'], {}, [occurrence('2025-06-11T16:00:00Z')]),
    ]
    const listed = latestEventsForTask('hubs', events, now, 10)
    expect(listed.map((entry) => [entry.event.slug, entry.upcoming, entry.start])).toEqual([
      ['soon', true, '2025-06-12T16:00:00Z'],
      ['later', true, '2025-09-01T16:00:00Z'],
      ['past-new', false, '2025-05-10T16:00:00Z'],
      ['past-old', false, '2025-01-10T16:00:00Z'],
    ])
    expect(latestEventsForTask('hubs', events, now, 1).map((entry) => entry.event.slug)).toEqual([
      'soon',
    ])
  })
})

describe('event dates held', () => {
  it('counts every date held before the build by Kyiv year, without the cancelled ones', () => {
    const schedule: EventSchedule = {
      kind: 'dates',
      date: '2024-12-17',
      startTime: '18:00',
      endTime: '19:00',
      dates: [
        // 23:30 in Kyiv on 31 December is 21:30 UTC: still 2024.
        { date: '2024-12-31', startTime: '23:30', endTime: '23:55' },
        { date: '2025-01-07' },
        { date: '2025-01-14' },
        { date: '2025-01-21' },
      ],
    }
    const cancelled = { original: '2025-01-07T16:00:00.000Z', kind: 'cancelled' as const }
    // The build runs during the date of 14 January: it has started, so it is held.
    expect(heldByYear(schedule, [cancelled], new Date('2025-01-14T16:30:00Z'))).toEqual({
      '2024': 2,
      '2025': 1,
    })
  })
})
