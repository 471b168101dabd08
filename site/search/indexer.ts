import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { extractBlocks, indexHtml, originalText, type IndexPage } from './extract'
import { writeOriginalText, type PageTexts } from './fragments'
import { ENDED_WEIGHT, type SearchRecord } from './records'
import {
  bundlePages,
  inputDigest,
  type IndexedPage,
  linkStable,
  NO_RECENT,
  planRecent,
  readStable,
  markedRecent,
  RECENT_FOLDER,
  saveStable,
  writeRecentManifest,
  type RecentStats,
  type StableStore,
} from './recent'
import { countWords, TYPO_FOLDER, vocabularyShards, type Vocabulary } from './typos'

/** Where the search page loads the index from, relative to the site root. */
export const BUNDLE = 'pagefind'

export type IndexStats = {
  pages: number
  words: number
  files: number
  /** Pages whose index input came from the cache. */
  reused: number
  /** With a stable bundle: what the recent bundle holds, or that the stable one was rebuilt. */
  recent?: RecentStats
}

/** The page Pagefind indexes for one record, from the built HTML of that page. */
export async function pageFor(siteDir: string, record: SearchRecord): Promise<IndexPage> {
  return pageFromHtml(record, await readFile(htmlFileOf(siteDir, record), 'utf8'))
}

const htmlFileOf = (siteDir: string, record: SearchRecord) =>
  path.join(siteDir, ...record.url.split('/').filter(Boolean), 'index.html')

function pageFromHtml(record: SearchRecord, html: string): IndexPage {
  return {
    url: record.url,
    title: record.title,
    blocks: extractBlocks(html, record.lang),
    meta: {
      type: record.type,
      date: record.dateText,
      image: record.image,
      image_alt: record.imageAlt,
    },
    filters: record.filters,
    ...(record.lang ? { lang: record.lang } : {}),
    ...(record.ended ? { weight: ENDED_WEIGHT } : {}),
    sort: { date: record.date?.slice(0, 10) },
  }
}

/**
 * What indexing needs of a page: the HTML Pagefind is given, and the words for the vocabulary
 * (Ukrainian pages only: suggestions are made from Ukrainian words).
 */
export type Prepared = { url: string; html: string; texts: string[]; lang?: string }

function prepare(page: IndexPage, plain: boolean): Prepared {
  return {
    url: page.url,
    // English pages are indexed by their own words: Pagefind stems English itself.
    html: indexHtml(page, plain || page.lang === 'en'),
    texts: page.blocks.map((block) => block.text),
    ...(page.lang ? { lang: page.lang } : {}),
  }
}

/**
 * The index inputs of earlier builds, one file per page named by a digest of everything it was
 * made from: the page's built HTML and record (or the page itself), and the code that makes keys
 * (`fingerprint`). Like Astro's copies of unchanged pages, an unchanged page's input is read back
 * instead of being extracted and keyed again; Pagefind itself still indexes every page.
 */
export type IndexCache = { dir: string; fingerprint: string }

/** The fingerprint of the code that turns pages into index inputs: its sources and the stemmer. */
export async function indexCodeFingerprint(
  searchDir: string,
  stemmerPackage: string,
): Promise<string> {
  const hash = createHash('sha256')
  for (const name of ['normalize.ts', 'extract.ts', 'indexer.ts', 'records.ts'])
    hash.update(await readFile(path.join(searchDir, name)))
  hash.update(await readFile(stemmerPackage))
  return hash.digest('hex')
}

const digest = (...parts: Array<string | Buffer>) => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('base64url')
}

/**
 * One page on its way into the index: its cache file's name (with a cache) and, when it is
 * needed, its input, already being read or made.
 */
type PageInput = { url: string; name?: string; input?: Promise<Prepared> }

/** A page's input from the cache, or made and stored there. */
async function readOrMake(cache: IndexCache, name: string, make: () => Prepared) {
  const file = path.join(cache.dir, name)
  try {
    const prepared = JSON.parse(await readFile(file, 'utf8')) as Prepared
    reusedCount += 1
    return prepared
  } catch {
    const prepared = make()
    await writeFile(file, JSON.stringify(prepared))
    return prepared
  }
}

/** A page's input as kept in the cache, if it is there (a page of the stable bundle). */
async function readKept(cache: IndexCache, name: string): Promise<Prepared | undefined> {
  try {
    return JSON.parse(await readFile(path.join(cache.dir, name), 'utf8')) as Prepared
  } catch {
    return undefined
  }
}

function pageInput(
  cache: IndexCache | undefined,
  url: string,
  source: Array<string | Buffer>,
  make: () => Prepared,
  needed: (page: { url: string; name?: string }) => boolean,
): PageInput {
  const name = cache ? `${digest(cache.fingerprint, ...source)}.json` : undefined
  if (!needed({ url, name })) return { url, name }
  return {
    url,
    name,
    input: cache && name ? readOrMake(cache, name, make) : Promise.resolve(make()),
  }
}

/** Removes the inputs of pages this build did not have (deleted or changed since). */
async function pruneCache(cache: IndexCache, used: Set<string>): Promise<void> {
  for (const name of await readdir(cache.dir))
    if (!used.has(name)) await rm(path.join(cache.dir, name), { force: true })
}

/** Cache hits of the index being written (one index is written at a time per process). */
let reusedCount = 0

const PROGRESS_EVERY = 1000

/** Pages read and parsed ahead, while Pagefind indexes the ones before them. */
const PREPARE_BATCH = 250

/**
 * The pages, a batch at a time, their inputs started where `needed` says so. Pagefind indexes in
 * a process of its own, so the next batch is read and keyed here while it works on the current one.
 */
async function* inputsInBatches(
  source: { siteDir: string; records: SearchRecord[] } | { pages: IndexPage[] },
  plain: boolean,
  cache: IndexCache | undefined,
  needed: (page: { url: string; name?: string }) => boolean = () => true,
): AsyncGenerator<PageInput[]> {
  const total = 'pages' in source ? source.pages.length : source.records.length
  const one = (index: number): PageInput => {
    if ('pages' in source) {
      const page = source.pages[index]!
      return pageInput(
        cache,
        page.url,
        [JSON.stringify([plain, page])],
        () => prepare(page, plain),
        needed,
      )
    }
    const record = source.records[index]!
    // Named by its bytes: most pages are unchanged and never need to be read as text. Read
    // synchronously: the pages were just written and are in memory, where a read through libuv's
    // thread pool costs three times the read (10,000 pages: 0.3 s against 0.7-1.1 s).
    const html = readFileSync(htmlFileOf(source.siteDir, record))
    return pageInput(
      cache,
      record.url,
      [JSON.stringify([plain, record]), html],
      () => prepare(pageFromHtml(record, html.toString('utf8')), plain),
      needed,
    )
  }
  const batchFrom = (start: number) => {
    const indexes = Array.from(
      { length: Math.min(PREPARE_BATCH, total - start) },
      (_, i) => start + i,
    )
    const batch = Promise.all(
      indexes.map(async (index) => {
        const page = one(index)
        await page.input
        return page
      }),
    )
    // Awaited on the next turn; if indexing stops first, its failure must not go unobserved.
    batch.catch(() => undefined)
    return batch
  }
  let next = batchFrom(0)
  for (let start = 0; start < total; start += PREPARE_BATCH) {
    const current = await next
    if (start + PREPARE_BATCH < total) next = batchFrom(start + PREPARE_BATCH)
    yield current
  }
}

/** The vocabulary's shards, beside the index they were made from. */
async function writeVocabulary(dir: string, vocabulary: Vocabulary): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const [name, shard] of vocabularyShards(vocabulary))
    await writeFile(path.join(dir, name), JSON.stringify(shard))
}

/**
 * A Pagefind index of the pages `fill` adds, written as a bundle into `outputPath`, the keyed
 * pages' fragments with their original text (fragments.ts).
 */
async function writeBundle(
  outputPath: string,
  plain: boolean,
  fill: (add: (input: Prepared) => Promise<void>) => Promise<void>,
): Promise<void> {
  // No forced language: each page's <html lang> puts it into its language's index (indexHtml).
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  try {
    // The original text of keyed pages, for their fragments once Pagefind has written them.
    const texts: PageTexts = new Map()
    await fill(async (input) => {
      const added = await index.addHTMLFile({ url: input.url, content: input.html })
      if (added.errors.length > 0)
        throw new Error(`Pagefind ${input.url}: ${added.errors.join('; ')}`)
      if (!plain && input.lang !== 'en')
        texts.set(input.url, Buffer.from(originalText(input.texts)))
    })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    await writeOriginalText(outputPath, texts)
  } finally {
    await index.deleteIndex()
  }
}

/**
 * What an index's input adds to the build's figures and to the vocabulary, or takes away from
 * them (`sign` -1: a stable page that changed or is gone).
 */
function tally(input: Prepared, plain: boolean, vocabulary: Vocabulary, sign: 1 | -1 = 1): number {
  if (!plain && input.lang !== 'en')
    for (const text of input.texts) countWords(vocabulary, text, sign)
  return sign * input.texts.reduce((sum, text) => sum + text.split(' ').length, 0)
}

/**
 * Writes the Pagefind index of `records` into `siteDir/bundle`. The records come from published
 * content only; the publisher checks each release, index included, against the drafts in the
 * database before it goes live. `plain` indexes the original words (plain Pagefind, for the bench).
 *
 * With `stable` (the publisher's releases), the bundle is the stable bundle of an earlier build
 * plus a small bundle of the pages changed since (recent.ts), as long as they are few; otherwise
 * every page is indexed and the result becomes the new stable bundle.
 */
export async function writeSearchIndex(
  siteDir: string,
  records: SearchRecord[],
  options: {
    bundle?: string
    plain?: boolean
    pages?: IndexPage[]
    /** Reuse the inputs of pages unchanged since an earlier build (see IndexCache). */
    cache?: IndexCache
    /** Index only the pages changed since the stable bundle kept there (recent.ts). */
    stable?: StableStore
    /** Told every PROGRESS_EVERY pages how many are indexed, out of how many. */
    onProgress?: (done: number, total: number) => void
  } = {},
): Promise<IndexStats> {
  const total = options.pages?.length ?? records.length
  options.onProgress?.(0, total)
  const plain = options.plain ?? false
  const used = new Set<string>()
  reusedCount = 0
  if (options.cache) await mkdir(options.cache.dir, { recursive: true })
  const source = options.pages ? { pages: options.pages } : { siteDir, records }
  const outputPath = path.join(siteDir, options.bundle ?? BUNDLE)
  // The words of the pages, for suggestions when a query word is not in the index (typos.ts).
  const vocabulary: Vocabulary = new Map()
  let words = 0
  let count = 0
  const progress = () => {
    count += 1
    if (count % PROGRESS_EVERY === 0) options.onProgress?.(count, total)
  }
  const stable =
    options.stable && options.cache && !plain ? await readStable(options.stable) : undefined
  let recent: RecentStats | undefined
  let reused: number | undefined
  if (stable) {
    // A page whose input is the one the stable bundle was made from is not read at all: its words
    // are in the stable bundle's vocabulary. The others' inputs are read (or made), to tell which
    // changed since; only those are kept, and only as many as a recent bundle may have.
    const cache = options.cache!
    const kept = stable.manifest.pages
    for (const page of Object.values(kept)) used.add(page.source)
    const unchanged = (page: { url: string; name?: string }) => kept[page.url]?.source === page.name
    for (const [token, count] of stable.vocabulary) vocabulary.set(token, count)
    words = stable.words
    let complete = true
    /** Takes a stable page's words out of the figures, from its input kept in the cache. */
    const forget = async (url: string) => {
      const input = await readKept(cache, kept[url]!.source)
      if (input) words += tally(input, plain, vocabulary, -1)
      else complete = false
    }
    const current = new Map<string, string>()
    const changed: Prepared[] = []
    for await (const pages of inputsInBatches(source, plain, cache, (page) => !unchanged(page))) {
      for (const page of pages) {
        used.add(page.name!)
        progress()
        if (!page.input) {
          current.set(page.url, kept[page.url]!.digest)
          reusedCount += 1
          continue
        }
        const input = await page.input
        const digest = inputDigest(input)
        current.set(input.url, digest)
        if (kept[input.url]) await forget(input.url)
        words += tally(input, plain, vocabulary)
        if (kept[input.url]?.digest !== digest && changed.length <= options.stable!.limit)
          changed.push(input)
      }
    }
    for (const url of Object.keys(kept)) if (!current.has(url)) await forget(url)
    reused = reusedCount
    const plan = complete
      ? planRecent(stable.manifest, current, changed.length, options.stable!.limit)
      : undefined
    if (plan) {
      await linkStable(options.stable!, outputPath, plan.dropped)
      if (changed.length > 0)
        await writeBundle(path.join(outputPath, RECENT_FOLDER), plain, async (add) => {
          for (const input of changed) await add(markedRecent(input))
        })
      await writeRecentManifest(outputPath, {
        languages: [...new Set(changed.map((input) => input.lang ?? 'uk'))].sort(),
        dropped: Object.fromEntries(plan.dropped.map((entry) => [entry.id, entry.filters])),
        recent: await bundlePages(path.join(outputPath, RECENT_FOLDER)),
      })
      recent = { pages: changed.length, dropped: plan.dropped.length, stableRebuilt: false }
    }
  }
  if (!recent) {
    words = 0
    count = 0
    vocabulary.clear()
    const indexed = new Map<string, IndexedPage>()
    await writeBundle(outputPath, plain, async (add) => {
      for await (const pages of inputsInBatches(source, plain, options.cache)) {
        for (const page of pages) {
          const input = await page.input!
          if (page.name) used.add(page.name)
          await add(input)
          indexed.set(input.url, { digest: inputDigest(input), source: page.name ?? '' })
          words += tally(input, plain, vocabulary)
          progress()
        }
      }
    })
    if (!plain) await writeRecentManifest(outputPath, NO_RECENT)
    if (options.stable && options.cache && !plain) {
      await saveStable(options.stable, outputPath, indexed, { vocabulary, words })
      recent = { pages: 0, dropped: 0, stableRebuilt: true }
    }
  }
  if (!plain) await writeVocabulary(path.join(outputPath, TYPO_FOLDER), vocabulary)
  if (options.cache) await pruneCache(options.cache, used)
  // Counted on disk: Pagefind's getFiles() would send every file's content back to count them.
  const files = await readdir(outputPath, { recursive: true, withFileTypes: true })
  return {
    pages: count,
    words,
    files: files.filter((entry) => entry.isFile()).length,
    // With a stable bundle, the first pass tells what earlier builds had made.
    reused: reused ?? reusedCount,
    ...(recent ? { recent } : {}),
  }
}
