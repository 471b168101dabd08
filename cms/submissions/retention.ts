import type { Payload, Where } from 'payload'

import { INBOX_SYSTEM } from '@cms/collections/Submissions/hooks/workflow'
import { readInboxSettings } from './calendar'

/**
 * Personal data of closed submissions is removed after the configured number of days (inbox
 * settings; defaults: 365 for public information requests, 90 for the rest), counted from the
 * day it was closed (`closedAt`: answered, closed or marked spam; later edits such as a note do
 * not move it). Submissions closed before `closedAt` existed count from their last change. The anonymous record stays for the statistics: kind, status, dates,
 * topic, branch, answered on time. Removed: the requester, the visitor's text, replies, notes,
 * and the outbox's messages about it.
 */

type Stored = { id: number | string }

/** What erasing keeps and clears: only the fields that can hold a person's data. */
const ERASED = {
  requester: { name: null, organisation: null, email: null, phone: null, postalAddress: null },
  message: null,
  replies: [],
  replyDraft: null,
  internalNotes: null,
  extensionReason: null,
}

export async function erasePersonalData(
  payload: Payload,
  id: number | string,
  now: Date,
): Promise<void> {
  await payload.update({
    collection: 'submissions',
    id,
    data: { ...ERASED, personalDataErasedAt: now.toISOString() },
    overrideAccess: true,
    context: { [INBOX_SYSTEM]: true },
  })
  await payload.delete({
    collection: 'outbox',
    where: { submission: { equals: id } },
    overrideAccess: true,
  })
}

function expiredWhere(kindCondition: Where, days: number, now: Date): Where {
  const before = new Date(now.getTime() - days * 86_400_000).toISOString()
  return {
    and: [
      kindCondition,
      { status: { in: ['answered', 'closed', 'spam'] } },
      { personalDataErasedAt: { exists: false } },
      {
        or: [
          { closedAt: { less_than: before } },
          { and: [{ closedAt: { exists: false } }, { updatedAt: { less_than: before } }] },
        ],
      },
    ],
  }
}

/** Erases what is due; returns how many submissions lost their personal data. */
export async function applyRetention(payload: Payload, now = new Date()): Promise<number> {
  const settings = await readInboxSettings(payload)
  const rules: [Where, number][] = [
    [{ kind: { equals: 'information-request' } }, settings.retainInformationRequestsDays],
    [{ kind: { not_equals: 'information-request' } }, settings.retainOtherDays],
  ]
  let erased = 0
  for (const [kind, days] of rules) {
    // Erased ones leave the query, so each batch reads the next; a backlog is cleared in one run.
    for (;;) {
      const due = await payload.find({
        collection: 'submissions',
        where: expiredWhere(kind, days, now),
        limit: 500,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of due.docs as unknown as Stored[]) {
        await erasePersonalData(payload, doc.id, now)
        erased += 1
      }
      if (!due.hasNextPage) break
    }
  }
  return erased
}

/** The submissions of one person, found by their e-mail address or phone number. */
export async function findByPerson(
  payload: Payload,
  person: { email?: string; phone?: string },
): Promise<Record<string, unknown>[]> {
  const conditions: Where[] = []
  if (person.email) conditions.push({ 'requester.email': { equals: person.email } })
  if (person.phone) conditions.push({ 'requester.phone': { equals: person.phone } })
  if (conditions.length === 0) return []
  const found = await payload.find({
    collection: 'submissions',
    where: { or: conditions },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
    sort: 'receivedAt',
  })
  return found.docs as unknown as Record<string, unknown>[]
}
