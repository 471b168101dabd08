import { describe, expect, it } from 'vitest'

import { exactFirst, newestFirst, type Pagefind } from '@site/search/client'
import { DATE_FILTER } from '@site/search/records'

type Page = { id: string; date?: string; type: string }

/**
 * A stand-in for Pagefind over a few pages that all match: results in the given (relevance)
 * order, filters as Pagefind applies them (a value, or { none: [...] }), and the counts of the
 * hidden date filter when a search names it.
 */
function fakeEngine(pages: Page[]): Pagefind & { searches: number } {
  const engine = {
    searches: 0,
    options: async () => {},
    init: async () => {},
    mergeIndex: async () => {},
    filters: () => Promise.resolve({}),
    search: (_term: string | null, options: Record<string, unknown>) => {
      engine.searches += 1
      const filters = (options.filters ?? {}) as Record<string, unknown>
      const value = (page: Page, key: string) => (key === DATE_FILTER ? page.date : page.type)
      const matches = pages.filter((page) =>
        Object.entries(filters).every(([key, condition]) =>
          typeof condition === 'string'
            ? value(page, key) === condition
            : 'any' in (condition as object)
              ? (condition as { any: string[] }).any.includes(value(page, key) ?? '')
              : !(condition as { none: string[] }).none.includes(value(page, key) ?? ''),
        ),
      )
      const days: Record<string, number> = {}
      const counts: Record<string, Record<string, number>> = {}
      for (const page of matches) if (page.date) days[page.date] = (days[page.date] ?? 0) + 1
      if (DATE_FILTER in filters) counts[DATE_FILTER] = days
      return Promise.resolve({
        results: matches.map((page) => ({
          id: page.id,
          score: 1,
          data: () => Promise.reject(new Error('not needed')),
        })),
        unfilteredResultCount: pages.length,
        filters: counts,
        totalFilters: {},
      })
    },
  }
  return engine
}

const pages: Page[] = [
  { id: 'old', date: '2019-05-01', type: 'news' },
  { id: 'branch', type: 'branch' },
  { id: 'new-a', date: '2024-03-02', type: 'news' },
  { id: 'mid', date: '2021-07-07', type: 'document' },
  { id: 'new-b', date: '2024-03-02', type: 'document' },
]

describe('newest first', () => {
  it('orders by day, newest first, relevance within a day, undated pages last', async () => {
    const ordered = await newestFirst(fakeEngine(pages), 'key', {})
    expect(ordered.total).toBe(5)
    const ids = (await ordered.take(0, 5)).map((result) => result.id)
    expect(ids).toEqual(['new-a', 'new-b', 'mid', 'old', 'branch'])
  })

  it('searches only the days the shown results need, page by page', async () => {
    const engine = fakeEngine(pages)
    const ordered = await newestFirst(engine, 'key', {})
    expect((await ordered.take(0, 1)).map((result) => result.id)).toEqual(['new-a'])
    expect(engine.searches).toBe(2) // the counts, then one day
    expect((await ordered.take(1, 2)).map((result) => result.id)).toEqual(['new-b', 'mid'])
    expect(engine.searches).toBe(3)
  })

  it('keeps the chosen filters', async () => {
    const ordered = await newestFirst(fakeEngine(pages), 'key', { type: 'news' })
    expect(ordered.total).toBe(2)
    expect((await ordered.take(0, 10)).map((result) => result.id)).toEqual(['new-a', 'old'])
  })
})

describe('browsing and several values of one filter', () => {
  it('lists every page of any chosen value, newest first, without words', async () => {
    const ordered = await newestFirst(fakeEngine(pages), null, {
      type: { any: ['news', 'branch'] },
    })
    expect(ordered.total).toBe(3)
    expect((await ordered.take(0, 10)).map((result) => result.id)).toEqual([
      'new-a',
      'old',
      'branch',
    ])
  })
})

describe('exact results first', () => {
  const ordered = (ids: string[]) => ({
    total: ids.length,
    ids,
    take: (from: number, count: number) =>
      Promise.resolve(
        ids.slice(from, from + count).map((id) => ({
          id,
          score: 1,
          data: () => Promise.reject(new Error('not needed')),
        })),
      ),
  })

  it('puts the query’s own results before the suggestion’s, without repeating any', async () => {
    const merged = exactFirst(ordered(['a', 'b']), ordered(['c', 'a', 'd', 'e']))
    expect(merged.total).toBe(5)
    const ids = async (from: number, count: number) =>
      (await merged.take(from, count)).map((result) => result.id)
    expect(await ids(0, 1)).toEqual(['a'])
    expect(await ids(1, 2)).toEqual(['b', 'c'])
    expect(await ids(3, 10)).toEqual(['d', 'e'])
  })

  it('is the suggestion’s results alone when the query has none', async () => {
    const merged = exactFirst(ordered([]), ordered(['c', 'd']))
    expect(merged.total).toBe(2)
    expect((await merged.take(0, 5)).map((result) => result.id)).toEqual(['c', 'd'])
  })
})
