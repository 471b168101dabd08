/** The recent bundle as the search page reads it (browser-safe; the indexer side is recent.ts). */

/** The recent bundle's folder inside the site's bundle. */
export const RECENT_FOLDER = 'recent'
/** What the search page reads first: whether there is a recent bundle, and what it supersedes. */
export const RECENT_MANIFEST = 'recent.json'

export type RecentManifest = {
  /** Languages the recent bundle has an index of (none: there is no recent bundle). */
  languages: string[]
  /** Pagefind ids of the stable bundle's pages that are gone or superseded: their filter values. */
  dropped: Record<string, Record<string, string[]>>
  /** Pagefind ids of the recent bundle's pages: their filter values. */
  recent?: Record<string, Record<string, string[]>>
}

export const NO_RECENT: RecentManifest = { languages: [], dropped: {} }
