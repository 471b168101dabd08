import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { buildSite } from './build'
import { closeBuildCache, dropBuildCache, openBuildCache } from './buildCache'
import { checkRelease } from './checks'
import { newReleaseId, releasePaths } from './paths'
import { describeReason, type PublishReason } from './reasons'
import { liveReleaseId, pruneReleases, switchLive } from './releases'
import { setStatus } from './status'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} с`

export type PublishResult =
  | { ok: true; releaseId: string; pages: number; durationMs: number }
  | { ok: false; message: string }

type PublishOptions = {
  env: Env
  payload: Payload
  reasons: PublishReason[]
  log: (line: string) => void
}

/**
 * Builds a release beside the live one, checks it, and switches it live in one step. On any
 * failure the half-built release is removed and the live site stays exactly as it was.
 */
export async function publishRelease({
  env,
  payload,
  reasons,
  log,
}: PublishOptions): Promise<PublishResult> {
  const paths = releasePaths(env)
  const releaseId = newReleaseId()
  const staging = path.join(paths.releasesDir, `${paths.stagingPrefix}${releaseId}`)
  const started = Date.now()
  const cause = reasons.map(describeReason).join('; ') || 'невідомо'
  await setStatus(payload, {
    state: 'building',
    buildStartedAt: new Date(started).toISOString(),
    building: cause,
  })
  log(`Збирання релізу ${releaseId} (${cause})…`)
  try {
    // An editor's «rebuild» renders every page anew: it is what one presses when a page looks wrong.
    if (reasons.some((reason) => reason.kind === 'manual')) await dropBuildCache(env)
    const cacheDir = await openBuildCache(env)
    const built = await buildSite(env, staging, (line) => log(`  ${line}`), {
      SITE_CACHE_DIR: cacheDir,
      SITE_INCREMENTAL: '1',
    })
    if (!built.ok) throw new Error(built.message)
    const builtAt = Date.now()
    const { pages } = await checkRelease(staging, payload)
    const final = path.join(paths.releasesDir, releaseId)
    await rename(staging, final)
    await switchLive(paths, releaseId)
    await closeBuildCache(env, true)
    log(
      `Зібрано за ${seconds(builtAt - started)}, перевірено й увімкнено за ${seconds(Date.now() - builtAt)}.`,
    )
    const removed = await pruneReleases(paths, env.KEEP_RELEASES)
    const durationMs = Date.now() - started
    log(
      `Реліз ${releaseId} опубліковано: ${pages} сторінок за ${seconds(durationMs)}${removed.length ? `; вилучено старі: ${removed.join(', ')}` : ''}.`,
    )
    await setStatus(payload, {
      state: 'idle',
      liveRelease: releaseId,
      building: null,
      buildStartedAt: null,
      lastSuccess: { at: new Date().toISOString(), releaseId, durationMs, pages },
    })
    return { ok: true, releaseId, pages, durationMs }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log(`Реліз ${releaseId} не опубліковано, сайт лишився без змін: ${message}`)
    await closeBuildCache(env, false)
    if (existsSync(staging)) await rm(staging, { recursive: true, force: true })
    await setStatus(payload, {
      state: 'idle',
      building: null,
      buildStartedAt: null,
      liveRelease: (await liveReleaseId(paths)) ?? null,
      lastFailure: { at: new Date().toISOString(), message: message.slice(0, 4000), cause },
    })
    return { ok: false, message }
  }
}
