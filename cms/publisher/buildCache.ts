import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Env } from '../config/env'

/**
 * Astro's cache for the releases of the live site, in the data folder. Every release is built
 * into a folder of its own, but they share this cache, so Astro's incremental build copies the
 * pages whose data and code are unchanged since the last release instead of rendering them again
 * (site/lib/cacheKey.ts). Previews never use it: a draft must not end up in a live page's copy.
 *
 * The cache is only trusted after a release that went live. A build that failed, failed its
 * checks or was killed (the marker is still there at the next start) may have left page copies
 * that Astro's manifest does not describe, such as one cut short by a full disk: the whole cache
 * is then dropped and the next build renders every page, refilling it.
 */
export function buildCacheDir(env: Env): string {
  return path.join(env.dataDir, 'site-cache')
}

const markerOf = (dir: string) => path.join(dir, '.build-in-progress')

/** Before a release build: the cache folder to build with, emptied if the last build never ended. */
export async function openBuildCache(env: Env): Promise<string> {
  const dir = buildCacheDir(env)
  if (existsSync(markerOf(dir))) await dropBuildCache(env)
  await mkdir(dir, { recursive: true })
  await writeFile(markerOf(dir), new Date().toISOString())
  return dir
}

/** After a release build: kept when the release went live, dropped otherwise. */
export async function closeBuildCache(env: Env, releasedLive: boolean): Promise<void> {
  if (!releasedLive) return dropBuildCache(env)
  await rm(markerOf(buildCacheDir(env)), { force: true })
}

export async function dropBuildCache(env: Env): Promise<void> {
  await rm(buildCacheDir(env), { recursive: true, force: true })
}
