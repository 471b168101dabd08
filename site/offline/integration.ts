import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { writeServiceWorker } from './serviceWorker'

/** After the site is built: its service worker (see serviceWorker.ts). */
export function offlineSupport(): AstroIntegration {
  return {
    name: 'solomianka-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const { count, size } = await writeServiceWorker(fileURLToPath(dir))
        logger.info(
          `service worker: ${count} files precached (${Math.round(size / 1024)} kB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        )
      },
    },
  }
}
