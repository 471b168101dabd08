/**
 * The service worker's runtime caches, named here so that the worker (site/offline/serviceWorker.ts),
 * the pages that warm them and the offline page that lists them agree.
 */
export const PAGE_CACHE = 'storinky'
export const STATUS_CACHE = 'stan'

/** How many visited pages are kept for reading offline (the oldest go first). */
export const MAX_CACHED_PAGES = 60

/**
 * Pages worth having before a blackout even if never visited: where each branch is, its hours,
 * contacts and status. The first page a reader opens puts them in the page cache.
 */
export const WARM_PAGES = ['/biblioteky/', '/biblioteky/zaraz/'] as const

/** A status older than this, when read from the cache, is shown with its age. */
export const STALE_STATUS_MS = 2 * 60_000
