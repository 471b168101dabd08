import type { Payload } from 'payload'

import { kyivClock } from '@domain/opening-hours/schedule'
import { SUBMISSION_STATUSES, type SubmissionStatus } from '@domain/vocabularies/submissionStatuses'
import { readInboxSettings } from './calendar'
import { queueDailyDigest } from './digest'
import { deliverDueEmail } from './outbox'
import { applyRetention } from './retention'
import { urgencyOf } from './urgency'

/** The daily work starts at this Kyiv hour (the digest is read at the start of the day). */
const DAILY_FROM_MINUTES = 7 * 60

type Open = {
  id: number | string
  status: SubmissionStatus
  dueAt?: string | null
  urgency?: number
}

/** The list's order changes with time passing: open submissions get their urgency again. */
async function refreshUrgency(payload: Payload, now: Date): Promise<void> {
  const settings = await readInboxSettings(payload)
  const open = Object.entries(SUBMISSION_STATUSES)
    .filter(([, status]) => status.open)
    .map(([key]) => key)
  const found = await payload.find({
    collection: 'submissions',
    where: { status: { in: open } },
    limit: 5000,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of found.docs as unknown as Open[]) {
    const urgency = urgencyOf(
      doc.status,
      doc.dueAt ? new Date(doc.dueAt) : undefined,
      now,
      settings.calendar,
    )
    if (urgency !== doc.urgency)
      await payload.update({
        collection: 'submissions',
        id: doc.id,
        data: { urgency },
        overrideAccess: true,
        context: { inboxSystem: true },
      })
  }
}

/**
 * Once a Kyiv day (from 07:00): the list order, the retention of personal data and the digest.
 * Returns whether it ran.
 */
export async function runDailyInboxWork(payload: Payload, now = new Date()): Promise<boolean> {
  const clock = kyivClock(now)
  const settings = await readInboxSettings(payload)
  if (clock.minutes < DAILY_FROM_MINUTES || settings.lastDigestDay === clock.day) return false
  // Marked first: a failure below is not retried every few seconds, only tomorrow.
  await payload.updateGlobal({
    slug: 'inbox-settings',
    data: { lastDigestDay: clock.day, lastRetentionDay: clock.day },
    overrideAccess: true,
  })
  await refreshUrgency(payload, now)
  await applyRetention(payload, now)
  await queueDailyDigest(payload, now)
  return true
}

/**
 * The inbox's background work, run by the publisher's loop every few seconds
 * (cms/publisher/worker.ts): once a day the daily work, always the due mail (new messages and
 * retries of failed ones).
 */
export async function runInboxChores(payload: Payload, now = new Date()): Promise<void> {
  await runDailyInboxWork(payload, now)
  await deliverDueEmail(payload, now)
}
