import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { siteBuildCacheDir, siteDir as siteSourceDir } from '@site/data/paths'
import { englishRecords } from './englishPages'
import { indexCodeFingerprint, writeSearchIndex, type IndexCache } from './indexer'
import type { StableStore } from './recent'
import { RECORDS_PATH, type SearchRecord } from './records'

/** After the site is built: the search index of its published pages, one per language (README.md). */
export function searchIndex(): AstroIntegration {
  return {
    name: 'solomianka-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir)
        const recordsFile = path.join(siteDir, RECORDS_PATH)
        const ukrainian = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[]
        await rm(recordsFile)
        // The search bench reads the records of the (Ukrainian) pages it measures.
        if (process.env.SEARCH_RECORDS_OUT)
          await writeFile(process.env.SEARCH_RECORDS_OUT, JSON.stringify(ukrainian))
        // English pages join by a rule on the built pages, whatever their type (englishPages.ts).
        const records = [...ukrainian, ...(await englishRecords(siteDir))]
        const started = performance.now()
        const cache = await indexCache(siteDir)
        // The publisher reads these lines to show editors how far the build has got.
        const stats = await writeSearchIndex(siteDir, records, {
          cache,
          stable: cache && (await stableStore(siteDir, cache)),
          onProgress: (done, total) => logger.info(`${done} з ${total} сторінок`),
        })
        const recent = !stats.recent
          ? ''
          : stats.recent.stableRebuilt
            ? ', every page indexed: the new stable bundle'
            : `, recent bundle of ${stats.recent.pages} pages over the stable one (${stats.recent.dropped} of its pages dropped)`
        logger.info(
          `${stats.pages} pages (${stats.reused} unchanged, their input reused)${recent}, ${stats.words} words, ${stats.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        )
      },
    },
  }
}

/**
 * The publisher's releases (SITE_INCREMENTAL=1) keep the index inputs of their pages beside
 * Astro's copies of them, in the cache it keeps only after a release that went live
 * (cms/publisher/buildCache.ts); previews and other builds index every page afresh.
 */
async function indexCache(outDir: string): Promise<IndexCache | undefined> {
  if (process.env.SITE_INCREMENTAL !== '1') return undefined
  return {
    dir: path.join(siteBuildCacheDir(outDir), 'search-inputs'),
    fingerprint: await indexCodeFingerprint(
      path.join(siteSourceDir, 'search'),
      path.join(siteSourceDir, '..', 'node_modules', '@orama', 'stemmers', 'package.json'),
    ),
  }
}

/** Pages a recent bundle may hold before every page is indexed again (recent.ts). */
const RECENT_LIMIT = 100

/**
 * The stable bundle of the publisher's releases, beside the index inputs. Its fingerprint adds
 * Pagefind's version to the inputs' code: a bundle is only merged with one of the same version.
 * SEARCH_RECENT_LIMIT=0 indexes every page each build (the bench's baseline).
 */
async function stableStore(outDir: string, cache: IndexCache): Promise<StableStore> {
  const limit = Number(process.env.SEARCH_RECENT_LIMIT ?? RECENT_LIMIT)
  const pagefindPackage = path.join(siteSourceDir, '..', 'node_modules', 'pagefind', 'package.json')
  const pagefindVersion = (
    JSON.parse(await readFile(pagefindPackage, 'utf8')) as { version: string }
  ).version
  return {
    dir: path.join(siteBuildCacheDir(outDir), 'search-stable'),
    fingerprint: `${cache.fingerprint}:${pagefindVersion}`,
    limit: Number.isFinite(limit) ? limit : RECENT_LIMIT,
  }
}
