import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site folder (Astro's srcDir), found from this file rather than the working directory. */
export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where generated image variants are cached between builds. */
export const IMAGE_CACHE_DIR = path.join(siteDir, '.astro', 'images')

/** What the content loader used: the build integration copies exactly these into the output. */
export const MANIFEST_FILE = path.join(IMAGE_CACHE_DIR, 'manifest.json')

/** The built site. */
export const outDir = path.resolve(siteDir, '..', 'dist', 'site')
