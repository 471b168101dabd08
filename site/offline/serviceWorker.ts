import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import {
  generateSW,
  getManifest,
  type GenerateSWOptions,
  type ManifestTransform,
} from 'workbox-build'

import { withoutBuildStamp } from '@domain/time/buildStamp'
import { urls } from '@domain/urls/urls'
import { siteDir as siteSourceDir } from '@site/data/paths'
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
  cacheDir?: string,
): Promise<{ count: number; size: number; reused: boolean }> {
  const options = workerOptions(siteDir)
  if (!cacheDir) return { ...(await generate(options)), reused: false }
  return keptOrGenerated(options, cacheDir)
}

/** The site's files the worker precaches: the offline page, favicon and the warm pages' assets. */
function precached(siteDir: string): { offlinePage: string; patterns: string[] } {
  const offlinePage = `${urls.offline().replace(/^\//, '')}index.html`
  const shell = new Set<string>()
  for (const page of [
    offlinePage,
    ...WARM_PAGES.map((url) => `${url.replace(/^\//, '')}index.html`),
  ])
    for (const asset of pageAssets(siteDir, page)) shell.add(asset)
  return { offlinePage, patterns: [...shell, offlinePage, 'favicon.svg'] }
}

async function generate(options: GenerateSWOptions): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW(options)
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`)
  return { count, size }
}

/**
 * The publisher's releases (a cache folder given): Workbox bundles and minifies the worker in
 * about 2.5 s, and its output depends only on the options and on the precached files' revisions,
 * which change far less often than releases. So the worker last made from the same options,
 * Workbox version and manifest is copied; otherwise it is made and kept for the next release.
 */
async function keptOrGenerated(
  options: WorkerOptions,
  cacheDir: string,
): Promise<{ count: number; size: number; reused: boolean }> {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: options.globDirectory,
    globPatterns: options.globPatterns,
    dontCacheBustURLsMatching: options.dontCacheBustURLsMatching,
    manifestTransforms: options.manifestTransforms,
  })
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`)
  const key = createHash('sha256')
    .update(await workboxVersion())
    .update('\0')
    // Each release is built in a folder of its own: the key holds the worker's place in it only.
    .update(
      describeOptions({
        ...options,
        globDirectory: '',
        swDest: path.relative(options.globDirectory, options.swDest),
      }),
    )
    .update('\0')
    .update(JSON.stringify(manifestEntries))
    .digest('base64url')
  const kept = path.join(cacheDir, `sw-${key}.js`)
  if (existsSync(kept)) {
    await copyFile(kept, options.swDest)
    return { count, size, reused: true }
  }
  const made = await generate(options)
  await mkdir(cacheDir, { recursive: true })
  // Only the newest is worth keeping: a rollback builds a release anew, through this same cache.
  for (const name of await readdir(cacheDir))
    if (name.startsWith('sw-')) await rm(path.join(cacheDir, name), { force: true })
  await copyFile(options.swDest, kept)
  return { ...made, reused: false }
}

/** The options as text, functions and patterns included (JSON alone drops both). */
function describeOptions(options: GenerateSWOptions): string {
  return JSON.stringify(options, (_key, value: unknown) =>
    typeof value === 'function' || value instanceof RegExp ? String(value) : value,
  )
}

async function workboxVersion(): Promise<string> {
  const manifest = path.join(siteSourceDir, '..', 'node_modules', 'workbox-build', 'package.json')
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version
}

/**
 * The revision of a precached page leaves out its build stamp: a release whose offline page is
 * the same apart from it keeps the worker (and readers keep the page they have), as the
 * publisher keeps such a page.
 */
function stamplessRevisions(siteDir: string): ManifestTransform {
  return async (entries) => ({
    manifest: await Promise.all(
      entries.map(async (entry) => {
        if (!entry.revision || !entry.url.endsWith('.html')) return entry
        const html = await readFile(path.join(siteDir, entry.url), 'utf8')
        const revision = createHash('md5').update(withoutBuildStamp(html)).digest('hex')
        return { ...entry, revision }
      }),
    ),
  })
}

/** Workbox's options, with the folders it works in always given. */
type WorkerOptions = GenerateSWOptions & { globDirectory: string; swDest: string }

function workerOptions(siteDir: string): WorkerOptions {
  const { offlinePage, patterns } = precached(siteDir)
  return {
    swDest: path.join(siteDir, urls.serviceWorker().replace(/^\//, '')),
    globDirectory: siteDir,
    globPatterns: patterns,
    // Hashed file names need no revision; the offline page does.
    dontCacheBustURLsMatching: /^_astro\//,
    manifestTransforms: [stamplessRevisions(siteDir)],
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
  }
}
