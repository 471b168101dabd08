import type { Locale } from '@domain/i18n/locales'
import { isFunctionWord, queryKeys, tokenKey } from './normalize'
import { NO_RECENT, RECENT_FOLDER, RECENT_MANIFEST, type RecentManifest } from './recentManifest'
import { DATE_FILTER, FILTERS_OF, TYPE_LABELS_OF, type FilterKey, type RecordType } from './records'
import {
  bestCandidate,
  comparable,
  MIN_TYPO_LENGTH,
  shardsFor,
  TYPO_FOLDER,
  type Shard,
} from './typos'

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
  /** Merges another bundle's index into searches (the recent bundle, recent.ts). */
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>
  search: (term: string | null, options: Record<string, unknown>) => Promise<Response | null>
  /** Every filter's values with their counts over the whole index (loads every filter chunk). */
  filters: () => Promise<Counts>
}

export type Query = {
  q: string
  /** Chosen values by filter: a page matches a filter when it has any of them. */
  filters: Partial<Record<FilterKey, string[]>>
  sort: 'relevance' | 'date'
}

/** At most this many values of one filter are read from an address. */
export const MAX_VALUES = 20

export type Result = {
  url: string
  title: string
  typeLabel: string
  date?: string
  /** The date as YYYY-MM-DD, for <time datetime>, when the page has one. */
  isoDate?: string
  image?: string
  /** Safe HTML: escaped words, matched ones in <mark>. */
  excerpt: string
}

export type Outcome =
  | {
      kind: 'empty'
      /** Counts beside filter values over the whole site, for browsing by filters alone. */
      counts: () => Promise<Counts>
    }
  | { kind: 'no-words' }
  | {
      kind: 'results'
      /** Filters without words: every page they match, newest first. */
      browsing: boolean
      total: number
      /** Of `total`, the results of the query as typed; the rest are the suggestion's. */
      exactTotal: number
      keys: string[]
      /** The query with each word the index lacks replaced by its closest word in the index. */
      suggestion?: string
      /** Counts beside filter values; loads the whole filter index on first use. */
      counts: () => Promise<Counts>
      /** The results from `from`, `count` of them, with their fragments loaded. */
      load: (from: number, count: number) => Promise<Result[]>
    }

let pagefind: Promise<Pagefind> | undefined

/** The recent bundle's manifest (recent.ts); a bundle without one has no recent bundle. */
async function recentManifest(base: string): Promise<RecentManifest> {
  try {
    const response = await fetch(`${base}${RECENT_MANIFEST}`)
    return response.ok ? ((await response.json()) as RecentManifest) : NO_RECENT
  } catch {
    return NO_RECENT
  }
}

/**
 * Loads Pagefind once, from the bundle the build wrote next to the site, with the recent bundle
 * of the pages published since the stable one merged in (recent.ts) when it has the page's
 * language, and the stable pages it supersedes left out.
 */
export function loadPagefind(base = '/pagefind/'): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${base}pagefind.js`
    const [module, recent] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      recentManifest(base),
    ])
    // In the page itself: searches are short, and the worker would be one more file to fetch.
    await module.options({ excerptLength: 0, noWorker: true })
    await module.init()
    // pagefind.js searches the index of the page's <html lang>; the recent one must have it too.
    const language = globalThis.document?.documentElement.lang || 'uk'
    if (recent.languages.includes(language))
      await module.mergeIndex(`${base}${RECENT_FOLDER}/`, { language })
    return withRecent(module, recent, language === 'en' ? 'en' : 'uk')
  })()
  return pagefind
}

/** `counts` without the filter values of `pages` (a copy: Pagefind may keep its own). */
function subtractCounts(counts: Counts, pages: Array<Record<string, string[]>>): Counts {
  const left: Counts = Object.fromEntries(
    Object.entries(counts).map(([key, byValue]) => [key, { ...byValue }]),
  )
  for (const filters of pages)
    for (const [key, values] of Object.entries(filters))
      for (const value of values) {
        const byValue = left[key]
        if (byValue?.[value] !== undefined) byValue[value] = Math.max(0, byValue[value] - 1)
      }
  return left
}

/** `counts` with every value at 0, plus the filter values of `pages`. */
function countsOf(counts: Counts, pages: Array<Record<string, string[]>>): Counts {
  const left: Counts = Object.fromEntries(
    Object.entries(counts).map(([key, byValue]) => [
      key,
      Object.fromEntries(Object.keys(byValue).map((value) => [value, 0])),
    ]),
  )
  for (const filters of pages)
    for (const [key, values] of Object.entries(filters))
      for (const value of values) {
        const byValue = (left[key] ??= {})
        byValue[value] = (byValue[value] ?? 0) + 1
      }
  return left
}

/**
 * The engine over the stable bundle with the recent one merged in (recent.ts): the stable pages
 * the recent bundle supersedes or that are gone leave the results, and the counts beside filters
 * (Pagefind's `filters` count the results of the search as filtered, so the dropped ones among
 * them are taken out).
 *
 * Pagefind searches a word an index lacks as its longest prefix that the index has, each merged
 * index on its own: the small recent bundle answers nearly any word that way, and the stable one
 * answers a word only a new page has. So each bundle's results count only if they match every
 * word (the first of them tells, as in runSearch): Pagefind's results for a word the index has all
 * have it. Recent pages are known by their ids, with their filter values, from recent.json.
 */
export function withRecent(engine: Pagefind, manifest: RecentManifest, locale: Locale): Pagefind {
  const { dropped } = manifest
  const recent = manifest.recent ?? {}
  if (Object.keys(dropped).length === 0 && Object.keys(recent).length === 0) return engine
  const isRecent = (result: RawResult) => recent[result.id] !== undefined
  // Whether a bundle has the words of a query does not depend on the filters: asked once.
  const verdicts = new Map<string, Promise<boolean>>()
  const genuine = (bundle: string, term: string, first: RawResult) => {
    const key = `${bundle}\0${term}`
    let verdict = verdicts.get(key)
    if (!verdict) {
      verdict = dataOf(first).then((data) => matchesEveryWord(data, term.split(' '), locale))
      verdicts.set(key, verdict)
    }
    return verdict
  }
  return {
    options: (options) => engine.options(options),
    init: () => engine.init(),
    mergeIndex: (path, options) => engine.mergeIndex(path, options),
    search: async (term, options) => {
      const response = await engine.search(term, options)
      if (!response) return response
      const removed: Array<Record<string, string[]>> = []
      let results = response.results.filter((result) => {
        const gone = dropped[result.id]
        if (gone) removed.push(gone)
        return !gone
      })
      let stableCounts = true
      if (term?.trim()) {
        const firstRecent = results.find(isRecent)
        const firstStable = results.find((result) => !isRecent(result))
        if (firstRecent && !(await genuine('recent', term, firstRecent))) {
          for (const result of results.filter(isRecent)) removed.push(recent[result.id]!)
          results = results.filter((result) => !isRecent(result))
        }
        if (firstStable && !(await genuine('stable', term, firstStable))) {
          results = results.filter(isRecent)
          stableCounts = false
        }
      }
      const filters = stableCounts
        ? subtractCounts(response.filters ?? {}, removed)
        : countsOf(
            response.filters ?? {},
            results.map((result) => recent[result.id]!),
          )
      return { ...response, results, filters }
    },
    filters: async () => subtractCounts((await engine.filters()) ?? {}, Object.values(dropped)),
  }
}

/** A filter's values as read from an address or a form: trimmed, distinct, bounded. */
export function cleanValues(values: unknown[]): string[] {
  const clean = values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim().slice(0, MAX_QUERY))
    .filter(Boolean)
  return [...new Set(clean)].slice(0, MAX_VALUES)
}

/** The filter keys of a language's index, in the order the page shows them. */
export const filterKeys = (locale: Locale) => Object.keys(FILTERS_OF[locale]) as FilterKey[]

/**
 * The query a URL asks for (?q=…&type=…&type=…&sort=date), cleaned of anything unusable; only
 * the filters the language's index has are read.
 */
export function readQuery(search: string, locale: Locale = 'uk'): Query {
  const params = new URLSearchParams(search)
  const filters: Query['filters'] = {}
  for (const key of filterKeys(locale)) {
    const values = cleanValues(params.getAll(key))
    if (values.length > 0) filters[key] = values
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
  for (const [key, values] of Object.entries(query.filters))
    for (const value of values ?? []) params.append(key, value)
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

/** A result's fragment, fetched once however often it is asked for. */
const fragments = new WeakMap<RawResult, Promise<Fragment>>()
function dataOf(raw: RawResult): Promise<Fragment> {
  let data = fragments.get(raw)
  if (!data) {
    data = raw.data()
    fragments.set(raw, data)
  }
  return data
}

async function toResult(raw: RawResult, locale: Locale): Promise<Result> {
  const data = await dataOf(raw)
  const meta = data.meta
  return {
    url: data.url,
    title: meta.title ?? data.url,
    typeLabel: TYPE_LABELS_OF[locale][meta.type as RecordType] ?? '',
    date: meta.date,
    isoDate: data.filters[DATE_FILTER]?.[0],
    image: meta.image,
    // The fragment's content is the page's original text (site/search/fragments.ts).
    excerpt: buildExcerpt(data.content, data.locations ?? []),
  }
}

/** Results in the order the reader asked for, fetched as far as they are shown. */
type Ordered = {
  total: number
  /** Every result's id, in no particular order. */
  ids: string[]
  take: (from: number, count: number) => Promise<RawResult[]>
}

/**
 * A filter condition that excludes nothing: naming a filter in a search makes Pagefind load that
 * filter's chunk and count its values among the results, and this is how we name one.
 */
const ANY_VALUE = { none: [] as string[] }

/** A chosen filter as Pagefind takes it: pages with any of the values. */
type Condition = { any: string[] }

/** The chosen filters of a query, as Pagefind conditions. */
function conditions(query: Query): Array<[string, Condition]> {
  return Object.entries(query.filters)
    .filter((entry): entry is [string, string[]] => (entry[1]?.length ?? 0) > 0)
    .map(([key, values]) => [key, { any: values }])
}

/** Counts over the whole site: what browsing by filters alone can find. */
async function siteCounts(engine: Pagefind, locale: Locale): Promise<Counts> {
  const all = (await engine.filters()) ?? {}
  return Object.fromEntries(filterKeys(locale).map((key) => [key, all[key] ?? {}]))
}

function byRelevance(results: RawResult[]): Ordered {
  return {
    total: results.length,
    ids: results.map((result) => result.id),
    take: (from, count) => Promise.resolve(results.slice(from, from + count)),
  }
}

/** The days that have results, newest first (keys of the hidden DATE_FILTER's counts). */
function daysNewestFirst(counts: Record<string, number> | undefined): string[] {
  return Object.entries(counts ?? {})
    .filter(([, count]) => count > 0)
    .map(([day]) => day)
    .sort()
    .reverse()
}

/**
 * Results newest first, from the hidden DATE_FILTER (see records.ts): one search counts the
 * results per day, then each day's results come from one more search, in relevance order within
 * the day, only as far as the reader scrolls. Pages without a date come last.
 */
export async function newestFirst(
  engine: Pagefind,
  term: string | null,
  chosen: Record<string, unknown>,
): Promise<Ordered> {
  const response = await engine.search(term, { filters: { ...chosen, [DATE_FILTER]: ANY_VALUE } })
  const results = response?.results ?? []
  const days = daysNewestFirst(response?.filters[DATE_FILTER])
  const ordered: RawResult[] = []
  let nextDay = 0
  let undatedAdded = false
  const fill = async (wanted: number) => {
    while (ordered.length < wanted && nextDay < days.length) {
      const day = days[nextDay]!
      nextDay += 1
      const ofDay = await engine.search(term, { filters: { ...chosen, [DATE_FILTER]: day } })
      ordered.push(...(ofDay?.results ?? []))
    }
    if (ordered.length < wanted && !undatedAdded) {
      undatedAdded = true
      const dated = new Set(ordered.map((result) => result.id))
      ordered.push(...results.filter((result) => !dated.has(result.id)))
    }
  }
  // One fill at a time, so that two quick «Показати ще» never search the same day twice.
  let queue = Promise.resolve()
  return {
    total: results.length,
    ids: results.map((result) => result.id),
    take: async (from, count) => {
      queue = queue.then(() => fill(from + count))
      await queue
      return ordered.slice(from, from + count)
    },
  }
}

/** The results of `exact`, then those of `more` that `exact` does not have, each in its order. */
export function exactFirst(exact: Ordered, more: Ordered): Ordered {
  const inExact = new Set(exact.ids)
  const extra = more.ids.filter((id) => !inExact.has(id))
  const taken: RawResult[] = []
  let read = 0
  const fill = async (wanted: number) => {
    while (taken.length < wanted && read < more.total) {
      const batch = await more.take(read, wanted - taken.length)
      if (batch.length === 0) break
      read += batch.length
      taken.push(...batch.filter((result) => !inExact.has(result.id)))
    }
  }
  let queue = Promise.resolve()
  return {
    total: exact.total + extra.length,
    ids: [...exact.ids, ...extra],
    take: async (from, count) => {
      const out =
        from < exact.total ? await exact.take(from, Math.min(count, exact.total - from)) : []
      const upTo = from + count - exact.total
      if (upTo > 0) {
        queue = queue.then(() => fill(upTo))
        await queue
        out.push(...taken.slice(Math.max(0, from - exact.total), upTo))
      }
      return out
    },
  }
}

const shards = new Map<string, Promise<Shard>>()

/** One shard of the vocabulary, fetched once; an index built before suggestions has none. */
function loadShard(base: string, name: string): Promise<Shard> {
  let shard = shards.get(name)
  if (!shard) {
    shard = fetch(`${base}${TYPO_FOLDER}/${name}`)
      .then((response) => (response.ok ? (response.json() as Promise<Shard>) : []))
      .catch(() => [])
    shards.set(name, shard)
  }
  return shard
}

const QUERY_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ]*/gu

/**
 * Whether the index has `key` itself, or a word it begins. Pagefind, when a word is not in the
 * index at all, silently searches the longest prefix that is (so «мараофн» would find pages with
 * any word in «м…»): the first result's matched words tell the two apart. That result's fragment
 * is usually the first one shown anyway.
 */
export async function inIndex(engine: Pagefind, key: string): Promise<boolean> {
  const first = (await engine.search(key, {}))?.results[0]
  return first ? matchedKeys(await dataOf(first), [key]).has(key) : false
}

/**
 * Which of `keys` a result matched as themselves (or as words they begin). The fragment has the
 * original words (site/search/fragments.ts): each matched word's key is worked out as the index
 * made it.
 */
function matchedKeys(data: Fragment, keys: string[]): Set<string> {
  const words = data.content.split(/\s+/)
  const parts = (data.locations ?? []).flatMap((location) =>
    tokenKey(words[location] ?? '').split('-'),
  )
  return new Set(keys.filter((key) => parts.some((part) => part.startsWith(key))))
}

/**
 * Whether a query word and the word a result matched for it begin alike (four letters, or the
 * whole query word if shorter). Pagefind's English stemming makes them differ at the end only
 * (libraries/library); a word not in the index at all is searched as its longest prefix that is
 * (zzzqq → any word in «z…»), and then they differ at once.
 */
export function sharesBeginning(word: string, matched: string): boolean {
  const length = Math.min(4, word.length)
  const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  return fold(matched).slice(0, length) === fold(word).slice(0, length)
}

/**
 * Whether a result matched every word Pagefind was given: a Ukrainian key as itself (or a word
 * it begins), an English word as a form of it (see sharesBeginning).
 */
function matchesEveryWord(data: Fragment, words: string[], locale: Locale): boolean {
  if (locale === 'en') return everyWordMatched(data, words)
  return matchedKeys(data, words).size === new Set(words).size
}

/** Whether a result matched every query word as itself or a form of it (see sharesBeginning). */
function everyWordMatched(data: Fragment, words: string[]): boolean {
  const content = data.content.split(/\s+/)
  const matched = (data.locations ?? []).map((location) => content[location] ?? '')
  return words.every((word) => matched.some((other) => sharesBeginning(word, other)))
}

/** The query's words checked against the index. */
export type Checked = {
  /** Some word is not in the index: the query as typed finds nothing. */
  missing: boolean
  /** The query with each such word of MIN_TYPO_LENGTH letters or more replaced by its closest. */
  suggestion?: string
}

/**
 * Checks every word of the query against the index, and replaces each missing one of
 * MIN_TYPO_LENGTH letters or more by the most frequent word of the index one letter away. A
 * word's own search costs no index bytes (the query's chunks are loaded already); only a missing
 * word loads the vocabulary's shards.
 */
export async function checkWords(
  engine: Pagefind,
  q: string,
  base = '/pagefind/',
  known: Set<string> = new Set(),
): Promise<Checked> {
  let suggestion = q
  let changed = false
  let missing = false
  const words = [...new Set(q.match(QUERY_WORD) ?? [])]
  // The query's function words are not searched (normalize.ts), so not checked either.
  const searched = words.some((word) => !isFunctionWord(word))
    ? words.filter((word) => !isFunctionWord(word))
    : words
  for (const word of searched) {
    const key = queryKeys(word)[0]
    if (!key || known.has(key) || (await inIndex(engine, key))) continue
    missing = true
    const folded = comparable(word)
    if (folded.length < MIN_TYPO_LENGTH || !/^[а-щьюяіїєґ]+$/.test(folded)) continue
    const candidate = bestCandidate(
      folded,
      await Promise.all(shardsFor(folded).map((name) => loadShard(base, name))),
    )
    if (!candidate) continue
    suggestion = suggestion.replace(word, candidate)
    changed = true
  }
  return { missing, suggestion: changed ? suggestion : undefined }
}

/** No results. */
const NOTHING: Ordered = { total: 0, ids: [], take: () => Promise.resolve([]) }

/**
 * Counts beside filter values, from one search that names every filter (so Pagefind loads their
 * chunks, and not the hidden date's). A filter's counts leave out its own choice, so the reader
 * sees what each of its values would give.
 */
async function countFilters(
  engine: Pagefind,
  term: string | null,
  selected: Array<[string, Condition]>,
  locale: Locale,
): Promise<Counts> {
  const keys = filterKeys(locale)
  const every = Object.fromEntries(keys.map((key) => [key, ANY_VALUE]))
  const countWith = async (chosen: Array<[string, Condition]>) =>
    (await engine.search(term, { filters: { ...every, ...Object.fromEntries(chosen) } }))
      ?.filters ?? {}
  const all = await countWith(selected)
  const counted: Counts = {}
  for (const key of keys) if (all[key]) counted[key] = all[key]
  for (const [key] of selected) {
    const without = await countWith(selected.filter(([other]) => other !== key))
    counted[key] = without[key] ?? {}
  }
  return counted
}

const languages = new Map<string, Promise<Record<string, unknown>>>()

/**
 * Whether the bundle has an index of `locale`'s pages: without one, pagefind.js would search
 * another language's. Ukrainian, the site's whole content, always has one and costs no request.
 */
async function hasIndexOf(base: string, locale: Locale): Promise<boolean> {
  if (locale === 'uk') return true
  let entry = languages.get(base)
  if (!entry) {
    entry = fetch(`${base}pagefind-entry.json`).then(async (response) => {
      if (!response.ok) throw new Error(`${base}pagefind-entry.json: ${response.status}`)
      return ((await response.json()) as { languages?: Record<string, unknown> }).languages ?? {}
    })
    entry.catch(() => languages.delete(base))
    languages.set(base, entry)
  }
  return Boolean((await entry)[locale])
}

/**
 * The words Pagefind is given for a query: Ukrainian words become keys (normalize.ts); English
 * ones go as typed, for Pagefind's own English stemmer, as the English pages were indexed.
 */
export function queryTerms(q: string, locale: Locale, maxWords = 12): string[] {
  if (locale === 'uk') return queryKeys(q, maxWords)
  return (q.toLowerCase().match(QUERY_WORD) ?? []).slice(0, maxWords)
}

/**
 * Runs a query. Words search (with suggestions for Ukrainian words the index lacks); filters
 * without words browse: every page they match, newest first. Neither: nothing to list, but the
 * filters' counts over the whole site, for browsing. `locale` is the page's language, whose
 * index pagefind.js loads (it reads `<html lang>`).
 */
export async function runSearch(
  query: Query,
  base = '/pagefind/',
  locale: Locale = 'uk',
): Promise<Outcome> {
  const selected = conditions(query)
  const chosen = Object.fromEntries(selected)
  const results = (ordered: Ordered) => (from: number, count: number) =>
    ordered.take(from, count).then((raw) => Promise.all(raw.map((one) => toResult(one, locale))))
  const keys = queryTerms(query.q, locale)
  if (query.q.trim() && keys.length === 0) return { kind: 'no-words' }
  // No English pages yet: nothing to find (never the Ukrainian pages under the English page).
  if (!(await hasIndexOf(base, locale))) {
    if (!query.q.trim() && selected.length === 0)
      return { kind: 'empty', counts: () => Promise.resolve({}) }
    const none = { kind: 'results', browsing: !query.q.trim(), keys } as const
    return {
      ...none,
      total: 0,
      exactTotal: 0,
      counts: () => Promise.resolve({}),
      load: results(NOTHING),
    }
  }
  if (!query.q.trim()) {
    if (selected.length === 0)
      return { kind: 'empty', counts: async () => siteCounts(await loadPagefind(base), locale) }
    const engine = await loadPagefind(base)
    const ordered = await newestFirst(engine, null, chosen)
    return {
      kind: 'results',
      browsing: true,
      total: ordered.total,
      exactTotal: ordered.total,
      keys: [],
      counts: () => countFilters(engine, null, selected, locale),
      load: results(ordered),
    }
  }
  const engine = await loadPagefind(base)
  const order = async (term: string) =>
    query.sort === 'date'
      ? newestFirst(engine, term, chosen)
      : byRelevance((await engine.search(term, { filters: chosen }))?.results ?? [])
  const term = keys.join(' ')
  const found = await order(term)
  if (locale !== 'uk') {
    // Suggestions are made from Ukrainian words only; English is found as Pagefind finds it,
    // unless some word was searched as a mere prefix of it (see sharesBeginning).
    const first = found.total > 0 ? (await found.take(0, 1))[0] : undefined
    const real = first && everyWordMatched(await dataOf(first), keys) ? found : NOTHING
    return {
      kind: 'results',
      browsing: false,
      total: real.total,
      exactTotal: real.total,
      keys,
      counts: () => countFilters(engine, term, selected, locale),
      load: results(real),
    }
  }
  // The first result, shown anyway, tells which words the index has as themselves; only the
  // others are looked up one by one (see inIndex).
  const first = found.total > 0 ? (await found.take(0, 1))[0] : undefined
  const known = first ? matchedKeys(await dataOf(first), keys) : new Set<string>()
  const { missing, suggestion } =
    known.size === keys.length ? { missing: false } : await checkWords(engine, query.q, base, known)
  // A word the index lacks was searched as a prefix of it: the query as typed finds nothing.
  const exact = missing ? NOTHING : found
  const suggested = suggestion ? queryKeys(suggestion).join(' ') : undefined
  const ordered = suggested ? exactFirst(exact, await order(suggested)) : exact
  // Counts describe what is listed: the suggestion's results when the query as typed has none.
  const counted = exact.total === 0 && suggested ? suggested : term
  return {
    kind: 'results',
    browsing: false,
    total: ordered.total,
    exactTotal: exact.total,
    keys,
    suggestion,
    counts: () => countFilters(engine, counted, selected, locale),
    load: results(ordered),
  }
}
