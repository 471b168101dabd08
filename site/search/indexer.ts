import { readFile } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { extractBlocks, indexHtml, type IndexPage } from './extract'
import type { SearchRecord } from './records'

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

/**
 * Writes the Pagefind index of `records` into `siteDir/bundle`. The records come from published
 * content only; the publisher checks each release, index included, against the drafts in the
 * database before it goes live. `plain` indexes the original words (plain Pagefind, for the bench).
 */
export async function writeSearchIndex(
  siteDir: string,
  records: SearchRecord[],
  options: { bundle?: string; plain?: boolean; pages?: IndexPage[] } = {},
): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'uk' })
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  try {
    let words = 0
    const pages =
      options.pages ?? (await Promise.all(records.map((record) => pageFor(siteDir, record))))
    for (const page of pages) {
      const added = await index.addHTMLFile({
        url: page.url,
        content: indexHtml(page, options.plain),
      })
      if (added.errors.length > 0)
        throw new Error(`Pagefind ${page.url}: ${added.errors.join('; ')}`)
      words += page.blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0)
    }
    const written = await index.writeFiles({
      outputPath: path.join(siteDir, options.bundle ?? BUNDLE),
    })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    const files = await index.getFiles()
    return { pages: pages.length, words, files: files.files.length }
  } finally {
    await index.deleteIndex()
  }
}
