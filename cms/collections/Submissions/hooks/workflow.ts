import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { readInboxSettings } from '@cms/submissions/calendar'
import { scheduleDelivery } from '@cms/submissions/delivery'
import { queueEmail } from '@cms/submissions/outbox'
import { urgencyOf } from '@cms/submissions/urgency'
import { closedAtAfter } from '@domain/submissions/closing'
import { canExtend, informationRequestExtendedDue } from '@domain/submissions/deadlines'
import { extensionNotice, reply } from '@domain/submissions/messages'
import type { SubmissionStatus } from '@domain/vocabularies/submissionStatuses'

/** Set in `req.context` by the inbox's own writes (retention, erasure), which may change anything. */
export const INBOX_SYSTEM = 'inboxSystem'

/** What the visitor sent and what the workflow recorded: staff change none of it by hand. */
const RECORDED = [
  'reference',
  'kind',
  'receivedAt',
  'requester',
  'topic',
  'urgentGround',
  'answerForm',
  'offers',
  'message',
  'pageUrl',
  'useful',
  'faqConsent',
  'history',
  'replies',
  'extendedAt',
  'proof',
  'personalDataErasedAt',
  'closedAt',
] as const

type Doc = Record<string, unknown> & {
  id?: number | string
  kind?: string
  status?: SubmissionStatus
  reference?: string
  receivedAt?: string
  dueAt?: string | null
  closedAt?: string | null
  extendedAt?: string | null
  requester?: { email?: string | null } | null
  history?: unknown[] | null
  replies?: unknown[] | null
}

type Outgoing = { kind: 'reply' | 'extension'; to: string; subject: string; text: string }

const userId = (req: { user?: unknown }) => (req.user as { id?: number | string } | null)?.id

/**
 * On every change by staff: the recorded fields stay as they were; a status change is added to
 * the history; a reply marked «send» becomes a stored copy, a message in the outbox and the
 * status «answered»; an extension reason moves an information request's deadline to 20 working
 * days (only within the first 5) and tells the requester. The list order is recomputed.
 */
export const recordWorkflow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const now = new Date()
  const settings = await readInboxSettings(req.payload, req)
  const next = data as Doc
  if (operation === 'update' && !req.context[INBOX_SYSTEM]) {
    const before = originalDoc as Doc
    for (const key of RECORDED)
      (next as Record<string, unknown>)[key] = (before as Record<string, unknown>)[key]
    const outgoing: Outgoing[] = []
    const replyDraft = typeof next.replyDraft === 'string' ? next.replyDraft.trim() : ''
    if (next.sendReply && replyDraft !== '') {
      const to = before.requester?.email
      if (!to)
        throw new APIError(
          'Заявник не залишив e-mail: відповідайте поштою чи телефоном і змініть стан вручну.',
          400,
          undefined,
          true,
        )
      next.replies = [
        ...(before.replies ?? []),
        { text: replyDraft, to, by: userId(req), at: now.toISOString() },
      ]
      outgoing.push({
        kind: 'reply',
        to,
        ...reply({ reference: before.reference ?? '', text: replyDraft }),
      })
      next.status = 'answered'
      next.replyDraft = ''
    }
    next.sendReply = false
    const reason = typeof next.extensionReason === 'string' ? next.extensionReason.trim() : ''
    if (before.kind === 'information-request') {
      next.dueAt = before.dueAt
      if (reason !== '' && !before.extendedAt) {
        const received = new Date(before.receivedAt ?? now)
        if (!canExtend(received, now, settings.calendar))
          throw new APIError(
            'Продовжити строк можна лише протягом 5 робочих днів від отримання запиту.',
            400,
            undefined,
            true,
          )
        const due = informationRequestExtendedDue(received, settings.calendar)
        next.dueAt = due.toISOString()
        next.extendedAt = now.toISOString()
        const to = before.requester?.email
        if (to)
          outgoing.push({
            kind: 'extension',
            to,
            ...extensionNotice({ reference: before.reference ?? '', reason, due }),
          })
      }
    }
    if (next.status !== before.status) {
      next.closedAt = closedAtAfter(before, next.status ?? 'new', now)
      next.history = [
        ...(before.history ?? []),
        { at: now.toISOString(), from: before.status, to: next.status, by: userId(req) },
      ]
    }
    req.context.inboxOutgoing = outgoing
  }
  // A submission stored already done (page feedback without a comment) is closed when received.
  if (operation === 'create' && next.status && next.status !== 'new' && !next.closedAt)
    next.closedAt = closedAtAfter({}, next.status, new Date(next.receivedAt ?? now))
  const due = next.dueAt ? new Date(next.dueAt) : undefined
  next.urgency = urgencyOf(next.status ?? 'new', due, now, settings.calendar)
  return next
}

/** Stores the messages of the change in the outbox, in the same transaction, then sends them. */
export const queueWorkflowEmail: CollectionAfterChangeHook = async ({ doc, req }) => {
  const outgoing = (req.context.inboxOutgoing ?? []) as Outgoing[]
  req.context.inboxOutgoing = []
  for (const message of outgoing)
    await queueEmail(req.payload, { ...message, submission: (doc as Doc).id }, new Date(), req)
  if (outgoing.length > 0) scheduleDelivery(req.payload)
  return doc as Doc
}
