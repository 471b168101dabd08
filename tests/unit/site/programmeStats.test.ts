import { describe, expect, it } from 'vitest'

import type { BranchData, CollectionData, ItemData, NewsData } from '@site/data/model'
import { countForTask, latestNewsForTask } from '@site/lib/programmeStats'

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

const branches = [branch('a', 1), branch('b', 2), branch('c', 3)]
const data = {
  branches,
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
  it('counts the news and collection items that serve a task by Kyiv year', () => {
    const stats = countForTask('hubs', data)
    expect(stats.totals).toEqual({ news: 3, items: 2 })
    expect(stats.years).toEqual([
      { year: 2024, news: 1, items: 0 },
      { year: 2025, news: 2, items: 2 },
    ])
  })

  it('counts a news item for each of its branches, and network news and items without a holder for the whole network', () => {
    const stats = countForTask('hubs', data)
    expect(stats.branches).toEqual([
      { slug: 'a', title: 'Бібліотека a', href: '/biblioteky/a/', news: 2, items: 0 },
      { slug: 'b', title: 'Бібліотека b', href: '/biblioteky/b/', news: 1, items: 1 },
      { slug: '', title: 'Уся мережа', news: 1, items: 1 },
    ])
  })

  it('counts nothing for a task nothing points to', () => {
    expect(countForTask('nobody', data)).toEqual({
      totals: { news: 0, items: 0 },
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
})
