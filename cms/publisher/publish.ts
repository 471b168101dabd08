import { existsSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { refreshQueryStatistics } from '../bootstrap/statistics'
import type { Env } from '../config/env'
import { buildSite } from './build'
import { closeBuildCache, dropBuildCache, openBuildCache } from './buildCache'
import { checkRelease, readReleaseFacts, type CheckedRelease } from './checks'
import { describeReport, reportPublishedContent } from '../editorial-checks/report'
import { newReleaseId, releasePaths } from './paths'
import { precompressRelease } from './precompress'
import { releaseFiles } from './releaseFiles'
import { describeReason, type PublishReason } from './reasons'
import { createProgressTracker, describeProgress, type BuildProgress } from './progress'
import { liveReleaseId, pruneReleases, switchLive } from './releases'
import type { BuildStandby } from './standby/standby'
import { setStatus } from './status'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} с`

export type PublishResult =
  | {
      ok: true
      releaseId: string
      pages: number
      durationMs: number
      /** Housekeeping after the switch that failed: the release is live all the same. */
      warnings: string[]
    }
  | { ok: false; message: string }

type PublishOptions = {
  env: Env
  payload: Payload
  reasons: PublishReason[]
  log: (line: string) => void
  /** The publisher's build process kept loaded ahead; without it each build starts a fresh one. */
  standby?: BuildStandby
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
  standby,
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
  const progress = await progressReporter(payload)
  let builtAt: number
  let pages: number
  try {
    // An editor's «rebuild» renders every page anew: it is what one presses when a page looks wrong.
    if (reasons.some((reason) => reason.kind === 'manual')) await dropBuildCache(env)
    // The build and the checks below read every published document: with stale statistics
    // SQLite reads localized collections in quadratic time (cms/bootstrap/statistics.ts).
    const analysing = Date.now()
    await refreshQueryStatistics(payload, log)
    log(`Статистику бази даних оновлено (${seconds(Date.now() - analysing)}).`)
    const cacheDir = await openBuildCache(env)
    const onLine = (line: string) => {
      log(`  ${line}`)
      progress.read(line)
    }
    const built = await buildSite(
      env,
      staging,
      onLine,
      { SITE_CACHE_DIR: cacheDir, SITE_INCREMENTAL: '1' },
      standby,
    )
    if (!built.ok) throw new Error(built.message)
    builtAt = Date.now()
    // Compressed once here rather than on every request; unchanged files take over the live
    // release's file and variants (hard links), which the check below then need not read again.
    const live = await liveReleaseId(paths)
    const liveDir = live ? path.join(paths.releasesDir, live) : undefined
    const files = await releaseFiles(staging)
    // The check's database reads (a second at 10,000 documents) run beside precompress's file
    // work; read after the build, they see a document unpublished while it ran as a draft.
    const facts = readReleaseFacts(payload)
    facts.catch(() => undefined)
    const packed = await precompressRelease(staging, liveDir, files)
    log(
      `Стиснуто текстових файлів: ${packed.compressed}, взято з попереднього релізу: ${packed.reused} (${seconds(Date.now() - builtAt)}).`,
    )
    progress.note({ phase: 'checks' })
    const checkStarted = Date.now()
    const previous = live && liveDir ? await readCheckedRelease(cacheDir, live) : undefined
    const checked = await checkRelease(
      staging,
      payload,
      undefined,
      previous && liveDir ? { dir: liveDir, checked: previous } : undefined,
      { files, facts },
    )
    pages = checked.pages
    await saveCheckedRelease(cacheDir, releaseId, checked.checked)
    log(
      `Реліз перевірено: ${pages} сторінок, не змінених від попереднього перевіреного релізу файлів: ${checked.reused} (${seconds(Date.now() - checkStarted)}).`,
    )
    const final = path.join(paths.releasesDir, releaseId)
    await rename(staging, final)
    await switchLive(paths, releaseId)
  } catch (error) {
    standby?.prepare()
    const message = error instanceof Error ? error.message : String(error)
    log(`Реліз ${releaseId} не опубліковано, сайт лишився без змін: ${message}`)
    await closeBuildCache(env, false).catch(() => undefined)
    if (existsSync(staging)) await rm(staging, { recursive: true, force: true })
    await progress.stop()
    await setStatus(payload, {
      state: 'idle',
      progress: null,
      building: null,
      buildStartedAt: null,
      liveRelease: (await liveReleaseId(paths)) ?? null,
      lastFailure: { at: new Date().toISOString(), message: message.slice(0, 4000), cause },
    })
    return { ok: false, message }
  }
  // The release is live from here on: whatever fails now is housekeeping, which is reported as a
  // warning and never turns a live release into a «failed» one. The next build's process loads
  // meanwhile, off the readers' path.
  standby?.prepare()
  log(
    `Зібрано за ${seconds(builtAt - started)}, перевірено й увімкнено за ${seconds(Date.now() - builtAt)}.`,
  )
  // After the switch: the report reads every published document (15 s at 10,000) and never stops
  // a release, so readers need not wait for it. It is still done before the next release starts.
  await reportOnContent(payload, log)
  const warnings = await housekeeping(env, paths, log)
  const durationMs = Date.now() - started
  log(`Реліз ${releaseId} опубліковано: ${pages} сторінок за ${seconds(durationMs)}.`)
  await progress.stop()
  await setStatus(payload, {
    state: 'idle',
    progress: null,
    liveRelease: releaseId,
    building: null,
    buildStartedAt: null,
    lastSuccess: {
      at: new Date().toISOString(),
      releaseId,
      durationMs,
      pages,
      warning: warnings.length ? warnings.join('\n').slice(0, 4000) : null,
    },
  })
  return { ok: true, releaseId, pages, durationMs, warnings }
}

/**
 * What the last release that passed the check was checked against, kept in the build cache (in
 * the data folder, never served: it names drafts). Only used for the release it describes.
 */
const checkedFile = (cacheDir: string) => path.join(cacheDir, 'release-check.json')

async function readCheckedRelease(
  cacheDir: string,
  releaseId: string,
): Promise<CheckedRelease | undefined> {
  try {
    const saved = JSON.parse(await readFile(checkedFile(cacheDir), 'utf8')) as {
      release: string
      checked: CheckedRelease
    }
    return saved.release === releaseId ? saved.checked : undefined
  } catch {
    return undefined
  }
}

/** Best effort: without it, the next release's check reads every file, as it did before. */
async function saveCheckedRelease(cacheDir: string, releaseId: string, checked: CheckedRelease) {
  await writeFile(checkedFile(cacheDir), JSON.stringify({ release: releaseId, checked })).catch(
    () => undefined,
  )
}

/**
 * The editorial checklist over all published content, kept for the panel and the dashboard:
 * a report, so problems published earlier show, and never a reason to stop the release.
 */
async function reportOnContent(payload: Payload, log: (line: string) => void): Promise<void> {
  try {
    const reportStarted = Date.now()
    const report = await reportPublishedContent(payload)
    log(`${describeReport(report)} (${seconds(Date.now() - reportStarted)})`)
    await setStatus(payload, { contentReport: report })
  } catch (error) {
    log(
      `Перевірку опублікованого не виконано: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/**
 * What follows a switch: keeping the build cache for the next build and removing old releases.
 * Each step runs even if another failed; a failure becomes a warning (logged, and in the result).
 */
async function housekeeping(
  env: Env,
  paths: ReturnType<typeof releasePaths>,
  log: (line: string) => void,
): Promise<string[]> {
  const warnings: string[] = []
  const attempt = async (what: string, step: () => Promise<void>) => {
    try {
      await step()
    } catch (error) {
      const warning = `${what}: ${error instanceof Error ? error.message : String(error)}`
      warnings.push(warning)
      log(`Попередження (реліз уже працює): ${warning}`)
    }
  }
  await attempt('Не вдалося зберегти кеш збирання', () => closeBuildCache(env, true))
  await attempt('Не вдалося вилучити старі релізи', async () => {
    const removed = await pruneReleases(paths, env.KEEP_RELEASES)
    if (removed.length) log(`Вилучено старі релізи: ${removed.join(', ')}`)
  })
  return warnings
}

/** Progress is written to the publisher global at most this often: the admin polls every 2 s. */
const PROGRESS_INTERVAL_MS = 1000

/**
 * Records how far the build has got (cms/publisher/progress.ts) in the publisher global, at most
 * once a second, the latest state winning. `stop` waits for the last write, so that it can never
 * land after the final status.
 */
async function progressReporter(payload: Payload) {
  // The last release's page count stands in for the total; progress is best-effort, like status.
  const status = await payload
    .findGlobal({ slug: 'publisher', overrideAccess: true })
    .catch(() => undefined)
  const tracker = createProgressTracker(status?.lastSuccess?.pages ?? undefined)
  let pending: BuildProgress | undefined
  let lastWrite = 0
  let writing: Promise<void> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const flush = () => {
    timer = undefined
    if (stopped || !pending) return
    const text = describeProgress(pending)
    pending = undefined
    lastWrite = Date.now()
    writing = writing.then(() => setStatus(payload, { progress: text }))
  }
  const note = (next: BuildProgress) => {
    pending = next
    const wait = PROGRESS_INTERVAL_MS - (Date.now() - lastWrite)
    if (wait <= 0) flush()
    else timer ??= setTimeout(flush, wait)
  }
  return {
    note,
    read: (line: string) => {
      const next = tracker.read(line)
      if (next) note(next)
    },
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await writing
    },
  }
}
