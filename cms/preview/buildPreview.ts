import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Env } from '../config/env'
import { buildSite } from '../publisher/build'

/** Previews kept on disk; older ones are removed. */
const KEEP_PREVIEWS = 10
const building = new Map<string, Promise<void>>()

export function previewsDir(env: Env): string {
  return path.join(env.dataDir, 'previews')
}

/** One preview per document version: a new save makes a new key. */
export function previewKey(collection: string, id: number | string, updatedAt: string): string {
  const version = createHash('sha256')
    .update(`${collection}:${id}:${updatedAt}`)
    .digest('hex')
    .slice(0, 12)
  return `${collection}-${String(id).replace(/[^a-z0-9]/gi, '')}-${version}`
}

async function prune(dir: string): Promise<void> {
  const entries = (await readdir(dir)).filter((name) => !name.startsWith('.'))
  const dated = await Promise.all(
    entries.map(async (name) => ({ name, time: (await stat(path.join(dir, name))).mtimeMs })),
  )
  for (const { name } of dated.sort((a, b) => b.time - a.time).slice(KEEP_PREVIEWS)) {
    await rm(path.join(dir, name), { recursive: true, force: true })
  }
}

/**
 * Builds the whole site as it would be with this one draft published, into a private folder
 * that only the preview server shows. The same build as a release, so the page looks exactly
 * as it will; concurrent requests for the same preview share one build.
 */
export async function ensurePreviewBuild(
  env: Env,
  target: { collection: string; id: number | string; key: string },
): Promise<void> {
  const dir = path.join(previewsDir(env), target.key)
  if (existsSync(dir)) return
  const pending = building.get(target.key)
  if (pending) return pending
  const job = (async () => {
    const staging = path.join(previewsDir(env), `.building-${target.key}`)
    // Astro's cache for this one build, removed after it: a preview is never built again.
    const cache = path.join(previewsDir(env), `.cache-${target.key}`)
    await rm(staging, { recursive: true, force: true })
    const result = await buildSite(env, staging, () => undefined, {
      SITE_PREVIEW: JSON.stringify({ collection: target.collection, id: target.id }),
      SITE_CACHE_DIR: cache,
    }).finally(() => rm(cache, { recursive: true, force: true }))
    if (!result.ok) {
      await rm(staging, { recursive: true, force: true })
      throw new Error(result.message)
    }
    await rename(staging, dir)
    await prune(previewsDir(env))
  })().finally(() => building.delete(target.key))
  building.set(target.key, job)
  return job
}
