import path from 'node:path'

import type { Env } from '../config/env'

/** Where releases of the public site live: one folder per release and a `live` link. */
export function releasePaths(env: Env) {
  const releasesDir = path.join(env.dataDir, 'releases')
  return {
    releasesDir,
    /** Symbolic link to the release being served; switched by one atomic rename. */
    liveLink: path.join(releasesDir, 'live'),
    /** Builds in progress; never served, removed when a build fails or the process restarts. */
    stagingPrefix: '.staging-',
  }
}

export type ReleasePaths = ReturnType<typeof releasePaths>

/** A sortable, readable release id: time of the build plus a short random tail. */
export function newReleaseId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `${stamp}-${Math.random().toString(36).slice(2, 6)}`
}

export const RELEASE_ID_PATTERN = /^\d{8}-\d{6}-[a-z0-9]{1,8}$/
