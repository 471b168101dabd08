import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { extractBlocks, indexHtml, type IndexPage } from './extract'
import type { SearchRecord } from './records'
import { countWords, TYPO_FOLDER, vocabularyShards, type Vocabulary } from './typos'

/** Where the search page loads the index from, relative to the site root. */
export const BUNDLE = 'pagefind'

export type IndexStats = { pages: number; words: number; files: number }

/** The page Pagefind indexes for one record, from the built HTML of that page. */
export async function pageFor(siteDir: string, record: SearchRecord): Promise<IndexPage> {
  const file = path.join(siteDir, ...record.url.split('/').filter(Boolean), 'index.html')
  const html = await readFile(file, 'utf8')
  const blocks = extractBlocks(html)
  return {
    url: record.url,
    title: record.title,
    blocks,
    meta: {
      type: record.type,
      date: record.dateText,
      image: record.image,
      image_alt: record.imageAlt,
    },
    filters: record.filters,
    sort: { date: record.date?.slice(0, 10) },
  }
}

const PROGRESS_EVERY = 1000

/** Pages read and parsed ahead, while Pagefind indexes the ones before them. */
const PREPARE_BATCH = 250

/**
 * The pages of `records`, a batch at a time. Pagefind indexes in a process of its own, so the
 * next batch is read and parsed here while it works on the current one.
 */
async function* pagesInBatches(
  siteDir: string,
  records: SearchRecord[],
  size: number,
): AsyncGenerator<IndexPage[]> {
  const prepare = (start: number) => {
    const batch = Promise.all(
      records.slice(start, start + size).map((record) => pageFor(siteDir, record)),
    )
    // Awaited on the next turn; if indexing stops first, its failure must not go unobserved.
    batch.catch(() => undefined)
    return batch
  }
  let next = prepare(0)
  for (let start = 0; start < records.length; start += size) {
    const current = await next
    if (start + size < records.length) next = prepare(start + size)
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
 * Writes the Pagefind index of `records` into `siteDir/bundle`. The records come from published
 * content only; the publisher checks each release, index included, against the drafts in the
 * database before it goes live. `plain` indexes the original words (plain Pagefind, for the bench).
 */
export async function writeSearchIndex(
  siteDir: string,
  records: SearchRecord[],
  options: {
    bundle?: string
    plain?: boolean
    pages?: IndexPage[]
    /** Told every PROGRESS_EVERY pages how many are indexed, out of how many. */
    onProgress?: (done: number, total: number) => void
  } = {},
): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'uk' })
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  try {
    let words = 0
    let count = 0
    // The words of the pages, for suggestions when a query word is not in the index (typos.ts).
    const vocabulary: Vocabulary = new Map()
    const total = options.pages?.length ?? records.length
    options.onProgress?.(0, total)
    const batches = options.pages
      ? [options.pages]
      : pagesInBatches(siteDir, records, PREPARE_BATCH)
    for await (const pages of batches) {
      for (const page of pages) {
        const added = await index.addHTMLFile({
          url: page.url,
          content: indexHtml(page, options.plain),
        })
        if (added.errors.length > 0)
          throw new Error(`Pagefind ${page.url}: ${added.errors.join('; ')}`)
        if (!options.plain) for (const block of page.blocks) countWords(vocabulary, block.text)
        words += page.blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0)
        count += 1
        if (count % PROGRESS_EVERY === 0) options.onProgress?.(count, total)
      }
    }
    const outputPath = path.join(siteDir, options.bundle ?? BUNDLE)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    if (!options.plain) await writeVocabulary(path.join(outputPath, TYPO_FOLDER), vocabulary)
    // Counted on disk: Pagefind's getFiles() would send every file's content back to count them.
    const files = await readdir(outputPath, { recursive: true, withFileTypes: true })
    return { pages: count, words, files: files.filter((entry) => entry.isFile()).length }
  } finally {
    await index.deleteIndex()
  }
}
