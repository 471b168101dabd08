import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site folder (Astro's srcDir), found from this file rather than the working directory. */
export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where generated image variants are cached between builds (shared: names are content hashes). */
export const IMAGE_CACHE_DIR = path.join(siteDir, '.astro', 'images')

/** The built site: SITE_OUT_DIR, or dist/site. */
export function siteOutDir(): string {
  return path.resolve(siteDir, '..', process.env.SITE_OUT_DIR || path.join('dist', 'site'))
}

const keyOf = (outDir: string) => createHash('sha256').update(outDir).digest('hex').slice(0, 12)

/**
 * Astro's cache (content store, incremental-build copies of pages): SITE_CACHE_DIR when the
 * publisher gives one, so that its releases, each built into a new folder, reuse the pages of the
 * last one (cms/publisher/buildCache.ts); otherwise one per output folder, so builds into
 * different folders never share state.
 */
export function siteBuildCacheDir(outDir: string): string {
  if (process.env.SITE_CACHE_DIR) return path.resolve(process.env.SITE_CACHE_DIR)
  return path.join(siteDir, '.astro', 'cache', keyOf(outDir))
}

/** What the content loader used, for the build integration to copy into that output folder. */
export function manifestFile(outDir: string = siteOutDir()): string {
  return path.join(IMAGE_CACHE_DIR, `manifest-${keyOf(outDir)}.json`)
}
