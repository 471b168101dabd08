import type { Payload } from 'payload'

import { formatKyivDateTime } from '@domain/format/dates'
import { isDueWithin } from '@domain/submissions/deadlines'
import { SUBMISSION_KINDS, type SubmissionKind } from '@domain/vocabularies/submissionKinds'
import {
  OPEN_STATUSES,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
} from '@domain/vocabularies/submissionStatuses'
import { readInboxSettings } from './calendar'
import { queueEmail } from './outbox'
import { DUE_SOON_WORKING_DAYS } from './urgency'

type Open = {
  id: number | string
  reference?: string | null
  kind: SubmissionKind
  status: SubmissionStatus
  dueAt?: string | null
  assignee?: number | string | null
}

type Recipient = { id: number | string; email: string }

function line(doc: Open, now: Date): string {
  const due = new Date(doc.dueAt!)
  const overdue = due.getTime() < now.getTime() ? 'ПРОСТРОЧЕНО, ' : ''
  return `• № ${doc.reference ?? doc.id} — ${SUBMISSION_KINDS[doc.kind].label.uk}, ${SUBMISSION_STATUSES[doc.status].label.uk.toLowerCase()}; ${overdue}строк ${formatKyivDateTime(due)}`
}

/**
 * The daily e-mail to each assignee of what is overdue or due within 2 working days (editors
 * get the unassigned ones). Numbers, kinds and deadlines only: no personal data in the mail.
 * Returns how many messages were queued.
 */
export async function queueDailyDigest(payload: Payload, now = new Date()): Promise<number> {
  const settings = await readInboxSettings(payload)
  const open = await payload.find({
    collection: 'submissions',
    where: { and: [{ status: { in: OPEN_STATUSES } }, { dueAt: { exists: true } }] },
    limit: 2000,
    depth: 0,
    overrideAccess: true,
    sort: 'dueAt',
  })
  const due = (open.docs as unknown as Open[]).filter((doc) =>
    isDueWithin(new Date(doc.dueAt!), now, DUE_SOON_WORKING_DAYS, settings.calendar),
  )
  if (due.length === 0) return 0
  const users = await payload.find({
    collection: 'users',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  const all = users.docs as unknown as (Recipient & { role?: string })[]
  const editors = all.filter((user) => user.role === 'editor')
  const byRecipient = new Map<string, Open[]>()
  for (const doc of due) {
    const recipients = doc.assignee ? all.filter((user) => user.id === doc.assignee) : editors
    for (const recipient of recipients)
      byRecipient.set(recipient.email, [...(byRecipient.get(recipient.email) ?? []), doc])
  }
  for (const [email, docs] of byRecipient)
    await queueEmail(
      payload,
      {
        kind: 'digest',
        to: email,
        subject: `Звернення зі строком на найближчі ${DUE_SOON_WORKING_DAYS} робочі дні: ${docs.length}`,
        text: `Звернення, що прострочені або мають строк протягом ${DUE_SOON_WORKING_DAYS} робочих днів:\n\n${docs.map((doc) => line(doc, now)).join('\n')}\n\nВідкрийте їх в адмінці: розділ «Звернення».`,
      },
      now,
    )
  return byRecipient.size
}
