import path from 'node:path'

import { generateSW } from 'workbox-build'

import { urls } from '@domain/urls/urls'
import { LIVE_STATUS_DIR } from '@domain/branch-status/liveBundle'
import { MAX_CACHED_PAGES, PAGE_CACHE, STATUS_CACHE, WARM_PAGES } from './cacheNames'
import { pageAssets } from './pageAssets'

/** Assets are named by content hash: a cached copy is right forever. */
const ASSET_CACHE = 'faily'
const MAX_CACHED_ASSETS = 120

/**
 * Writes the release's service worker (Workbox's generateSW, no network): the offline page and
 * the stylesheets and scripts of the pages kept for a blackout (WARM_PAGES) are precached with
 * content revisions, so a new release or a rollback, whose sw.js differs, replaces exactly what
 * changed; other assets are kept as pages use them. Nothing else is fetched at install: the
 * site's readers are often on weak mobile data.
 * Pages go network first: a reader online always gets the live release, and a page read before
 * is there offline (or after a few seconds of a dead connection). The live status goes network
 * first with a short timeout, and pages say its age when it comes from the cache
 * (components/LiveStatus.astro). Search files and images are left to the network and HTTP cache.
 */
export async function writeServiceWorker(
  siteDir: string,
): Promise<{ count: number; size: number }> {
  const offlinePage = `${urls.offline().replace(/^\//, '')}index.html`
  const shell = new Set<string>()
  for (const page of [
    offlinePage,
    ...WARM_PAGES.map((url) => `${url.replace(/^\//, '')}index.html`),
  ])
    for (const asset of pageAssets(siteDir, page)) shell.add(asset)
  const { count, size, warnings } = await generateSW({
    swDest: path.join(siteDir, urls.serviceWorker().replace(/^\//, '')),
    globDirectory: siteDir,
    globPatterns: [...shell, offlinePage, 'favicon.svg'],
    // Hashed file names need no revision; the offline page does.
    dontCacheBustURLsMatching: /^_astro\//,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    // Minified (8 kB gzipped, not 38): every reader fetches it again after each release; it
    // costs about a second of build time (measured on a copy of the e2e site).
    mode: 'production',
    disableDevLogs: true,
    runtimeCaching: [
      {
        // A RegExp, not a function: functions are copied into sw.js as text, without the module's
        // constants (a function naming LIVE_STATUS_DIR threw there, and no route after it ran).
        urlPattern: new RegExp(LIVE_STATUS_DIR.replace(/[/.]/g, '\\$&')),
        handler: 'NetworkFirst',
        options: { cacheName: STATUS_CACHE, networkTimeoutSeconds: 3 },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: ASSET_CACHE, expiration: { maxEntries: MAX_CACHED_ASSETS } },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGE_CACHE,
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: MAX_CACHED_PAGES },
          cacheableResponse: { statuses: [200] },
          precacheFallback: { fallbackURL: `/${offlinePage}` },
        },
      },
    ],
  })
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`)
  return { count, size }
}
