import { existsSync } from 'node:fs'
import { readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

import { RELEASE_ID_PATTERN, type ReleasePaths } from './paths'

/** The id of the release being served, or undefined when nothing is live yet. */
export async function liveReleaseId(paths: ReleasePaths): Promise<string | undefined> {
  try {
    const target = path.basename(await readlink(paths.liveLink))
    return existsSync(path.join(paths.releasesDir, target)) ? target : undefined
  } catch {
    return undefined
  }
}

/** Finished releases on disk, newest first. */
export async function listReleases(paths: ReleasePaths): Promise<string[]> {
  if (!existsSync(paths.releasesDir)) return []
  const entries = await readdir(paths.releasesDir, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isDirectory() && RELEASE_ID_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse()
}

/**
 * Makes `releaseId` the live release in one atomic step: a new link is made beside the old one
 * and renamed over it, so a reader sees either the old release or the new one, never neither.
 */
export async function switchLive(paths: ReleasePaths, releaseId: string): Promise<void> {
  if (!RELEASE_ID_PATTERN.test(releaseId) || !existsSync(path.join(paths.releasesDir, releaseId))) {
    throw new Error(`There is no release "${releaseId}" to switch to.`)
  }
  const temporaryLink = `${paths.liveLink}.next-${process.pid}`
  await rm(temporaryLink, { force: true })
  await symlink(releaseId, temporaryLink)
  await rename(temporaryLink, paths.liveLink)
}

/** Removes all but the newest `keep` releases, never the live one. */
export async function pruneReleases(paths: ReleasePaths, keep: number): Promise<string[]> {
  const live = await liveReleaseId(paths)
  const removable = (await listReleases(paths)).slice(keep).filter((id) => id !== live)
  for (const id of removable)
    await rm(path.join(paths.releasesDir, id), { recursive: true, force: true })
  return removable
}

/** Removes half-built releases left by a build that failed or a process that died. */
export async function discardStaging(paths: ReleasePaths): Promise<string[]> {
  if (!existsSync(paths.releasesDir)) return []
  const stale = (await readdir(paths.releasesDir)).filter((name) =>
    name.startsWith(paths.stagingPrefix),
  )
  for (const name of stale)
    await rm(path.join(paths.releasesDir, name), { recursive: true, force: true })
  return stale
}
