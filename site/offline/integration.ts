import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { siteBuildCacheDir } from '@site/data/paths'
import { writeServiceWorker } from './serviceWorker'

/** After the site is built: its service worker (see serviceWorker.ts). */
export function offlineSupport(): AstroIntegration {
  return {
    name: 'solomianka-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const siteDir = fileURLToPath(dir)
        const { count, size, reused } = await writeServiceWorker(siteDir, workerCache(siteDir))
        logger.info(
          `service worker: ${count} files precached (${Math.round(size / 1024)} kB)${reused ? ', the same as the last release' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        )
      },
    },
  }
}

/**
 * The publisher's releases (SITE_INCREMENTAL=1) keep their worker in the cache they share
 * (cms/publisher/buildCache.ts): a release whose worker would be the same copies it.
 */
function workerCache(outDir: string): string | undefined {
  if (process.env.SITE_INCREMENTAL !== '1') return undefined
  return path.join(siteBuildCacheDir(outDir), 'service-worker')
}
