import type { Payload, Where } from 'payload'

import type { PayloadJob } from '../payload-types'
import type { PublishReason } from './reasons'

export const PUBLISH_QUEUE = 'publish'
export const PUBLISH_TASK = 'publishSite'
/** Changes within this window are coalesced into one build. */
export const DEBOUNCE_MS = 1200
const MAX_REASONS = 30
/** The longest a request can legitimately wait, with a second of leeway for the write itself. */
const MAX_WAIT_MS = DEBOUNCE_MS + 1000

type PublishJob = {
  id: PayloadJob['id']
  input: { reasons: PublishReason[] }
  waitUntil?: string | null
}

/** The reasons a job carries: its input is JSON that only this module writes. */
function reasonsOf(input: PayloadJob['input']): PublishReason[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return []
  const reasons = (input as { reasons?: unknown }).reasons
  return Array.isArray(reasons) ? (reasons as PublishReason[]) : []
}

/**
 * Publish jobs not yet started, oldest first; with `dueAt`, only those whose debounce window has
 * ended by then (the worker passes the current time, tests a time of their choosing).
 */
export async function pendingPublishJobs(payload: Payload, dueAt?: Date): Promise<PublishJob[]> {
  const conditions: Where[] = [
    { queue: { equals: PUBLISH_QUEUE } },
    { completedAt: { exists: false } },
    { processing: { equals: false } },
  ]
  if (dueAt) {
    conditions.push({
      or: [
        { waitUntil: { exists: false } },
        { waitUntil: { less_than_equal: dueAt.toISOString() } },
        // The CMS that queued it runs on its own clock: a start later than any debounce window
        // from now means that clock is ahead of ours, and waiting for it would delay the change.
        { waitUntil: { greater_than: new Date(dueAt.getTime() + MAX_WAIT_MS).toISOString() } },
      ],
    })
  }
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: conditions },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((job) => ({
    id: job.id,
    input: { reasons: reasonsOf(job.input) },
    waitUntil: job.waitUntil,
  }))
}

/**
 * Asks for a new release. The request is stored in Payload's jobs queue, so it survives a
 * restart; a pending request absorbs new ones (one build for a burst of changes), and its start
 * moves back by the debounce window with each change.
 */
export async function requestPublish(
  payload: Payload,
  reason: PublishReason,
  debounceMs = DEBOUNCE_MS,
  now = new Date(),
): Promise<void> {
  const waitUntil = new Date(now.getTime() + debounceMs).toISOString()
  const [pending] = await pendingPublishJobs(payload)
  if (pending) {
    const reasons = [...pending.input.reasons, reason].slice(-MAX_REASONS)
    await payload.update({
      collection: 'payload-jobs',
      id: pending.id,
      data: { input: { reasons }, waitUntil },
      overrideAccess: true,
      depth: 0,
    })
    return
  }
  await payload.jobs.queue({
    task: PUBLISH_TASK,
    queue: PUBLISH_QUEUE,
    input: { reasons: [reason] },
    waitUntil: new Date(waitUntil),
  })
}
