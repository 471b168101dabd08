import type { CollectionSlug, Payload, Where } from 'payload'

import { branchIdOf, isBranchEditorUser } from '@cms/access/roles'
import { kyivDay } from '@domain/documents/deriveStatus'
import { occurrences, type OccurrenceChange } from '@domain/events'
import { OPEN_STATUSES } from '@domain/vocabularies/submissionStatuses'
import type { DeskUser } from './work'

/** A number on the desk: how many documents of a collection match now, with where to see them. */
export type DeskCount = {
  id: string
  label: string
  collection: string
  /** Which documents count at `now` (the user's read access applies on top). */
  where: (now: Date) => Where
  /** For a branch editor, only documents whose relationship field names their branch. */
  branchField?: string
  /**
   * When a query cannot say it (an event's dates are computed, never stored): the documents
   * `where` finds are read (at most MAX_READ, these fields only) and counted if they match.
   */
  matches?: {
    select: Record<string, true>
    test: (doc: Record<string, unknown>, now: Date) => boolean
  }
  /** The admin list that shows them. */
  href: string
}

const DAY_MS = 24 * 60 * 60 * 1000
const MAX_READ = 2000

/**
 * The counts on the desk, one line each. A count whose collection this CMS does not have is left
 * out. Submissions are counted, never read: a count opens no one's personal data (reading a
 * submission is logged), and access narrows them to a branch editor's branch.
 */
export const DESK_COUNTS: DeskCount[] = [
  {
    id: 'desk-count-events',
    label: 'Події найближчих 7 днів',
    collection: 'events',
    where: () => ({ _status: { equals: 'published' } }),
    branchField: 'branches',
    matches: {
      select: { schedule: true, changes: true },
      test: (doc, now) =>
        occurrences(doc.schedule ?? {}, doc.changes as OccurrenceChange[] | null, {
          from: now,
          to: new Date(now.getTime() + 7 * DAY_MS),
        }).some((occurrence) => occurrence.state !== 'cancelled'),
    },
    href: '/admin/collections/events',
  },
  {
    id: 'desk-count-submissions-open',
    label: 'Звернення в роботі',
    collection: 'submissions',
    where: () => ({ status: { in: OPEN_STATUSES } }),
    href: '/admin/collections/submissions',
  },
  {
    id: 'desk-count-submissions-overdue',
    label: 'Звернення з простроченим строком відповіді',
    collection: 'submissions',
    where: (now): Where => {
      const parts: Where[] = [
        { status: { in: OPEN_STATUSES } },
        { dueAt: { less_than: now.toISOString() } },
      ]
      return { and: parts }
    },
    href: '/admin/collections/submissions?sort=dueAt',
  },
  {
    id: 'desk-count-expiring',
    label: 'Документи, що втрачають чинність за 30 днів',
    collection: 'documents',
    where: (now): Where => {
      const parts: Where[] = [
        { validTo: { greater_than_equal: `${kyivDay(now)}T00:00:00.000Z` } },
        { validTo: { less_than: new Date(now.getTime() + 30 * DAY_MS).toISOString() } },
        { statusMode: { not_equals: 'repealed' } },
      ]
      return { and: parts }
    },
    href: '/admin/collections/documents?sort=validTo',
  },
]

export type CountResult = { id: string; label: string; href: string; count: number }

function whereFor(count: DeskCount, user: DeskUser, now: Date): Where {
  const branchId = branchIdOf(user)
  if (!count.branchField || !isBranchEditorUser(user) || branchId === undefined)
    return count.where(now)
  return { and: [count.where(now), { [count.branchField]: { in: [branchId] } }] }
}

/** The counts for the collections this CMS has, read as the user (their access applies). */
export async function deskCounts(
  payload: Payload,
  user: DeskUser,
  now: Date,
  counts: DeskCount[] = DESK_COUNTS,
): Promise<CountResult[]> {
  const present = counts.filter((count) => count.collection in payload.collections)
  return Promise.all(
    present.map(async (count) => {
      const collection = count.collection as CollectionSlug
      const where = whereFor(count, user, now)
      const as = { user, overrideAccess: false } as const
      let total: number
      if (count.matches) {
        const { docs } = await payload.find({
          collection,
          where,
          depth: 0,
          limit: MAX_READ,
          select: count.matches.select,
          ...as,
        })
        total = (docs as unknown as Record<string, unknown>[]).filter((doc) =>
          count.matches!.test(doc, now),
        ).length
      } else {
        total = (await payload.count({ collection, where, ...as })).totalDocs
      }
      return { id: count.id, label: count.label, href: count.href, count: total }
    }),
  )
}
