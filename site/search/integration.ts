import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { writeSearchIndex } from './indexer'
import { RECORDS_PATH, type SearchRecord } from './records'

/** After the site is built: the Ukrainian search index of its published pages (see README.md). */
export function searchIndex(): AstroIntegration {
  return {
    name: 'solomianka-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir)
        const recordsFile = path.join(siteDir, RECORDS_PATH)
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[]
        await rm(recordsFile)
        // The search bench reads the records of the pages it measures.
        if (process.env.SEARCH_RECORDS_OUT)
          await writeFile(process.env.SEARCH_RECORDS_OUT, JSON.stringify(records))
        const started = performance.now()
        // The publisher reads these lines to show editors how far the build has got.
        const stats = await writeSearchIndex(siteDir, records, {
          onProgress: (done, total) => logger.info(`${done} з ${total} сторінок`),
        })
        logger.info(
          `${stats.pages} pages, ${stats.words} words, ${stats.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        )
      },
    },
  }
}
