import { queryKeys } from './normalize'
import { FILTERS, TYPE_LABELS, type FilterKey, type RecordType } from './records'

/** The search as the page uses it: reader's query → keys → Pagefind → results with excerpts. */

export const MAX_QUERY = 200
/**
 * Results whose fragments the first screen loads. Each fragment is a request of several kB, so
 * the first answer shows five; «Показати ще» adds PAGE_SIZE at a time.
 */
export const FIRST_PAGE = 5
export const PAGE_SIZE = 10

type Fragment = {
  url: string
  content: string
  meta: Record<string, string | undefined>
  locations: number[]
  filters: Record<string, string[]>
}
type RawResult = { id: string; score: number; data: () => Promise<Fragment> }
type Counts = Record<string, Record<string, number>>
type Response = {
  results: RawResult[]
  unfilteredResultCount: number
  filters: Counts
  totalFilters: Counts
}
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string | null, options: Record<string, unknown>) => Promise<Response | null>
  filters: () => Promise<Counts>
}

export type Query = {
  q: string
  filters: Partial<Record<FilterKey, string>>
  sort: 'relevance' | 'date'
}

export type Result = {
  url: string
  title: string
  typeLabel: string
  date?: string
  image?: string
  /** Safe HTML: escaped words, matched ones in <mark>. */
  excerpt: string
}

export type Outcome =
  | { kind: 'empty' }
  | { kind: 'no-words' }
  | {
      kind: 'results'
      total: number
      keys: string[]
      /** Counts beside filter values; loads the whole filter index on first use. */
      counts: () => Promise<Counts>
      /** The results from `from`, `count` of them, with their fragments loaded. */
      load: (from: number, count: number) => Promise<Result[]>
    }

let pagefind: Promise<Pagefind> | undefined
let filtersLoaded: Promise<unknown> | undefined

/** Loads Pagefind once, from the bundle the build wrote next to the site. */
export function loadPagefind(base = '/pagefind/'): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${base}pagefind.js`
    const module = (await import(/* @vite-ignore */ url)) as Pagefind
    // In the page itself: searches are short, and the worker would be one more file to fetch.
    await module.options({ excerptLength: 0, noWorker: true })
    await module.init()
    return module
  })()
  return pagefind
}

/**
 * The whole filter index (every filter's chunk, about 90 kB at 10,000 pages), loaded once and only
 * for counts beside filter values. A search with a chosen filter loads that filter's chunk itself.
 */
function loadFilters(engine: Pagefind): Promise<unknown> {
  filtersLoaded ??= engine.filters()
  return filtersLoaded
}

/** The query a URL asks for (?q=…&type=…&sort=date), cleaned of anything unusable. */
export function readQuery(search: string): Query {
  const params = new URLSearchParams(search)
  const filters: Query['filters'] = {}
  for (const key of Object.keys(FILTERS) as FilterKey[]) {
    const value = params.get(key)?.trim()
    if (value) filters[key] = value.slice(0, MAX_QUERY)
  }
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  }
}

/** The URL of a query, for the address bar and for sharing. */
export function queryString(query: Query): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  for (const [key, value] of Object.entries(query.filters)) if (value) params.set(key, value)
  if (query.sort === 'date') params.set('sort', 'date')
  const text = params.toString()
  return text ? `?${text}` : ''
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * An excerpt of about `length` words of the original text around the densest group of matches,
 * matched words in <mark>. `words` is the page's text, `locations` Pagefind's word positions.
 */
export function buildExcerpt(text: string, locations: number[], length = 30): string {
  const words = text.split(' ')
  const marked = new Set(locations.filter((location) => location >= 0 && location < words.length))
  let start = 0
  if (marked.size > 0) {
    let best = -1
    for (const location of marked) {
      const from = Math.max(0, location - Math.floor(length / 3))
      let count = 0
      for (const other of marked) if (other >= from && other < from + length) count += 1
      if (count > best) {
        best = count
        start = from
      }
    }
  }
  const end = Math.min(words.length, start + length)
  const html = words
    .slice(start, end)
    .map((word, offset) =>
      marked.has(start + offset) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word),
    )
    .join(' ')
  return `${start > 0 ? '… ' : ''}${html}${end < words.length ? ' …' : ''}`
}

async function toResult(raw: RawResult): Promise<Result> {
  const data = await raw.data()
  const meta = data.meta
  return {
    url: data.url,
    title: meta.title ?? data.url,
    typeLabel: TYPE_LABELS[meta.type as RecordType] ?? '',
    date: meta.date,
    image: meta.image,
    excerpt: buildExcerpt(meta.text ?? '', data.locations ?? []),
  }
}

/** Runs a query. Only a query with at least one word searches; filters alone list nothing. */
export async function runSearch(query: Query, base?: string): Promise<Outcome> {
  if (!query.q.trim()) return { kind: 'empty' }
  const keys = queryKeys(query.q)
  if (keys.length === 0) return { kind: 'no-words' }
  const engine = await loadPagefind(base)
  const term = keys.join(' ')
  const selected = Object.entries(query.filters).filter((entry): entry is [string, string] =>
    Boolean(entry[1]),
  )
  const response = await engine.search(term, {
    filters: Object.fromEntries(selected),
    sort: query.sort === 'date' ? { date: 'desc' } : undefined,
  })
  const results = response?.results ?? []
  const counts = async (): Promise<Counts> => {
    await loadFilters(engine)
    const all = await engine.search(term, { filters: Object.fromEntries(selected) })
    const counted: Counts = { ...(all?.filters ?? {}) }
    // A filter's counts leave out its own choice, so the reader sees what each value would give.
    for (const [key] of selected) {
      const others = Object.fromEntries(selected.filter(([other]) => other !== key))
      const without = await engine.search(term, { filters: others })
      counted[key] = without?.filters[key] ?? {}
    }
    return counted
  }
  return {
    kind: 'results',
    total: results.length,
    keys,
    counts,
    load: (from: number, count: number) =>
      Promise.all(results.slice(from, from + count).map(toResult)),
  }
}
