import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { releasePaths } from './paths'
import { publishRelease, type PublishResult } from './publish'
import { pendingPublishJobs, PUBLISH_QUEUE, requestPublish } from './queue'
import { deleteExpiredRegistrations } from '../registration/retention'
import type { PublishReason } from './reasons'
import { discardStaging, liveReleaseId } from './releases'
import { processLiveStatusRequests } from './liveStatus'
import { createBuildStandby, type BuildStandby } from './standby/standby'
import { setStatus } from './status'
import { isRunning } from '../runtime/processes'
import { registerBuiltinProviders } from '../scheduler/builtins'
import { clockTick } from '../scheduler/clock'
import { runInboxChores } from '../submissions/chores'

export type PublisherContext = {
  env: Env
  payload: Payload
  log: (line: string) => void
  /** The build process kept loaded for the next release (the running publisher's). */
  standby?: BuildStandby
}

const POLL_MS = 400
/** The fast path's poll: a status change is served within about this plus a bundle's write. */
const STATUS_POLL_MS = 300

/** One publisher per data folder: a lock file with our pid; a dead holder's lock is taken over. */
async function takeLock(env: Env): Promise<() => Promise<void>> {
  const { releasesDir } = releasePaths(env)
  await mkdir(releasesDir, { recursive: true })
  const lock = path.join(releasesDir, '.publisher.lock')
  if (existsSync(lock)) {
    const holder = Number((await readFile(lock, 'utf8')).trim())
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new Error(`Another publisher (pid ${holder}) already works on ${releasesDir}.`)
    }
  }
  await writeFile(lock, String(process.pid))
  return () => rm(lock, { force: true })
}

/**
 * After a crash: half-built releases are discarded (the live one was never touched), and builds
 * that were running are put back in the queue so their changes are not forgotten.
 */
export async function recover({ env, payload, log }: PublisherContext): Promise<void> {
  const discarded = await discardStaging(releasePaths(env))
  if (discarded.length) log(`Відкинуто незавершені збірки: ${discarded.join(', ')}`)
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: PUBLISH_QUEUE } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
      ],
    },
    overrideAccess: true,
    depth: 0,
    limit: 100,
  })
  for (const job of docs) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: false },
      overrideAccess: true,
      depth: 0,
    })
  }
  if (docs.length) log(`Повернуто в чергу перервані збірки: ${docs.length}`)
  await setStatus(payload, {
    state: docs.length ? 'queued' : 'idle',
    building: null,
    buildStartedAt: null,
  })
}

/**
 * Runs one build for every publish request that is due at `now`, and marks them done. The worker
 * passes the current time; tests pass the end of the debounce window instead of sleeping through it.
 */
export async function processDueRequests(
  context: PublisherContext,
  now = new Date(),
): Promise<PublishResult | undefined> {
  const { payload } = context
  const due = await pendingPublishJobs(payload, now)
  if (due.length === 0) return undefined
  for (const job of due) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: true },
      overrideAccess: true,
      depth: 0,
    })
  }
  const reasons: PublishReason[] = due.flatMap((job) => job.input?.reasons ?? [])
  const result = await publishRelease({ ...context, reasons })
  for (const job of due) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: {
        processing: false,
        completedAt: new Date().toISOString(),
        hasError: !result.ok,
        error: result.ok ? null : { message: result.message.slice(0, 2000) },
      },
      overrideAccess: true,
      depth: 0,
    })
  }
  if ((await pendingPublishJobs(payload)).length > 0) await setStatus(payload, { state: 'queued' })
  return result
}

const SCHEDULED_EVERY_MS = 5000

/**
 * Runs due jobs of Payload's default queue: scheduled publishing of news. Publishing a news
 * item through its job fires the same hooks as a publish by hand, so a release follows.
 */
async function runScheduledJobs({ payload, log }: PublisherContext): Promise<void> {
  const result = await payload.jobs.run({ queue: 'default', limit: 20 })
  const ran = Object.keys(result.jobStatus ?? {}).length
  if (ran > 0) log(`Виконано заплановані завдання: ${ran}`)
  const deleted = await deleteExpiredRegistrations(payload, new Date())
  if (deleted > 0) log(`Видалено реєстрацій після строку зберігання: ${deleted}`)
  // The submissions inbox: its mail and daily work (cms/submissions/chores.ts).
  await runInboxChores(payload)
}

/**
 * Asks for a build when nothing is live: on the first start, or after the live release folder
 * was deleted by hand (the static server answers 503 meanwhile).
 */
async function ensureSomethingLive(context: PublisherContext): Promise<void> {
  if (await liveReleaseId(releasePaths(context.env))) return
  if ((await pendingPublishJobs(context.payload)).length > 0) return
  context.log('Немає живого релізу: запускаю збірку.')
  await requestPublish(context.payload, { kind: 'start', at: new Date().toISOString() }, 0)
}

/**
 * Runs the publisher until `stop()` is called: recovers from an earlier crash, keeps a release
 * live, and turns queued changes into releases one build at a time.
 */
export async function startPublisher(
  shared: PublisherContext,
): Promise<{ stop: () => Promise<void>; standbyReady: () => Promise<void> }> {
  const releaseLock = await takeLock(shared.env)
  const standby = shared.env.SITE_BUILD_STANDBY ? createBuildStandby(shared.env) : undefined
  const context: PublisherContext = { ...shared, standby }
  await recover(context)
  // With nothing live, the first build starts at once: a warm-up beside it would only slow it.
  if (await liveReleaseId(releasePaths(context.env))) standby?.prepare()
  registerBuiltinProviders()
  // A midnight or a closure's end missed while the server was down is caught up here.
  await clockTick(context).catch((error: unknown) =>
    context.log(`Помилка планувальника: ${error instanceof Error ? error.message : String(error)}`),
  )
  let stopped = false
  let current: Promise<unknown> = Promise.resolve()
  let lastScheduledRun = 0
  const loop = async () => {
    while (!stopped) {
      const scheduledDue = Date.now() - lastScheduledRun >= SCHEDULED_EVERY_MS
      if (scheduledDue) lastScheduledRun = Date.now()
      current = (
        scheduledDue ? runScheduledJobs(context).then(() => clockTick(context)) : Promise.resolve()
      )
        .then(() => ensureSomethingLive(context))
        .then(() => processDueRequests(context))
        .catch((error: unknown) => {
          context.log(
            `Помилка публікатора: ${error instanceof Error ? error.message : String(error)}`,
          )
        })
      await current
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
  }
  void loop()
  // The fast path runs beside the loop above, so a status change never waits for a full build.
  let currentStatus: Promise<unknown> = Promise.resolve()
  const statusLoop = async () => {
    while (!stopped) {
      currentStatus = processLiveStatusRequests(context.env, context.payload).catch(
        (error: unknown) =>
          context.log(
            `Помилка швидкого стану: ${error instanceof Error ? error.message : String(error)}`,
          ),
      )
      await currentStatus
      await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS))
    }
  }
  void statusLoop()
  return {
    stop: async () => {
      stopped = true
      await currentStatus
      await current
      await standby?.stop()
      await releaseLock()
    },
    /** Settles when the next build's process is loaded: a measurement waits for it (bench). */
    standbyReady: async () => {
      await standby?.ready()
    },
  }
}
