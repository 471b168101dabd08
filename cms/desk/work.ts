import type { Payload, Where } from 'payload'

import { branchIdOf, isBranchEditorUser, isContentManager, type MaybeUser } from '@cms/access/roles'
import { env } from '@cms/config/env'
import { PREVIEWABLE, pagePathOf, type PreviewableCollection } from '@cms/preview/pagePath'
import { liveUrl } from './liveUrl'

/** A signed-in user as Payload's Local API takes it (`user` with its auth collection). */
export type DeskUser = NonNullable<MaybeUser> & { collection?: string }

/** One document on the dashboard. */
export type WorkItem = {
  collection: PreviewableCollection
  id: number | string
  title: string
  at?: string | null
  editUrl: string
  liveUrl?: string
}

type PagePathDoc = Parameters<typeof pagePathOf>[2]

type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string }

const LIMIT = 10

/**
 * Which documents of `collection` a user's dashboard covers: everything for editors; for a
 * branch editor their branch's news, events and profile only; `null` when the collection is not theirs.
 */
export function scopeOf(collection: PreviewableCollection, user: MaybeUser): Where | null {
  if (isContentManager(user)) return {}
  const branchId = branchIdOf(user)
  if (!isBranchEditorUser(user) || branchId === undefined) return null
  if (collection === 'news' || collection === 'events') return { branches: { in: [branchId] } }
  if (collection === 'branches') return { id: { equals: branchId } }
  return null
}

const titleOf = (payload: Payload, collection: PreviewableCollection, doc: Doc): string => {
  const field = payload.collections[collection].config.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  return typeof value === 'string' && value.trim() ? value : `[Без назви] ${String(doc.id)}`
}

const editUrlOf = (collection: PreviewableCollection, id: number | string) =>
  `/admin/collections/${collection}/${id}`

const and = (...parts: (Where | undefined)[]): Where => ({
  and: parts.filter((part): part is Where => Boolean(part && Object.keys(part).length)),
})

/** Reads one collection as the user: access rules apply (overrideAccess: false). */
async function findAs(
  payload: Payload,
  user: DeskUser,
  collection: PreviewableCollection,
  where: Where,
  options: { draft: boolean; sort?: string; limit?: number },
): Promise<Doc[]> {
  const result = await payload.find({
    collection,
    where,
    draft: options.draft,
    sort: options.sort ?? '-updatedAt',
    limit: options.limit ?? LIMIT,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return result.docs as unknown as Doc[]
}

/** Documents of every page-making collection matching `where`, newest first. */
async function collect(
  payload: Payload,
  user: DeskUser,
  where: (collection: PreviewableCollection) => Where | null,
  draft: boolean,
  withLiveUrl = false,
): Promise<WorkItem[]> {
  const lists = await Promise.all(
    PREVIEWABLE.map(async (collection) => {
      const condition = where(collection)
      if (!condition) return []
      const docs = await findAs(payload, user, collection, condition, { draft })
      return Promise.all(
        docs.map(async (doc) => ({
          collection,
          id: doc.id,
          title: titleOf(payload, collection, doc),
          at: doc.updatedAt ?? null,
          editUrl: editUrlOf(collection, doc.id),
          liveUrl: withLiveUrl
            ? liveUrl(env.SITE_URL, await pagePathOf(payload, collection, doc as PagePathDoc))
            : undefined,
        })),
      )
    }),
  )
  return lists
    .flat()
    .sort((a, b) => String(b.at ?? '').localeCompare(String(a.at ?? '')))
    .slice(0, LIMIT)
}

const DRAFT: Where = { _status: { equals: 'draft' } }
const PUBLISHED: Where = { _status: { equals: 'published' } }

/** The user's own drafts (documents they created that have unpublished changes). */
export const myDrafts = (payload: Payload, user: DeskUser) =>
  collect(payload, user, () => and({ createdBy: { equals: user.id } }, DRAFT), true)

/** What the user published most recently, with the live pages. */
export const myRecentlyPublished = (payload: Payload, user: DeskUser) =>
  collect(payload, user, () => and({ publishedBy: { equals: user.id } }, PUBLISHED), false, true)

/** Drafts waiting in the user's scope: the whole network for editors, the branch for a branch editor. */
export const draftsInScope = (payload: Payload, user: DeskUser) =>
  collect(
    payload,
    user,
    (collection) => {
      const scope = scopeOf(collection, user)
      return scope ? and(scope, DRAFT) : null
    },
    true,
  )

type ScheduleJob = {
  waitUntil?: string | null
  input?: {
    type?: string
    doc?: { relationTo?: string; value?: string | number }
    user?: { value?: string | number } | string | number | null
  }
}

/** A scheduled publication or unpublication waiting to run. */
export type ScheduledItem = WorkItem & { action: 'publish' | 'unpublish'; mine: boolean }

/**
 * Scheduled publications the user may see. Payload's jobs collection is closed to every API
 * user, so the pending jobs (document references and times only) are read by the server; the
 * documents they point to are then read as the user, so access and the branch scope decide.
 */
export async function scheduledInScope(payload: Payload, user: DeskUser): Promise<ScheduledItem[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: and(
      { taskSlug: { equals: 'schedulePublish' } },
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
    ),
    sort: 'waitUntil',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  const pending = (jobs.docs as unknown as ScheduleJob[]).filter((job) =>
    (PREVIEWABLE as readonly string[]).includes(job.input?.doc?.relationTo ?? ''),
  )
  const items = await Promise.all(
    PREVIEWABLE.map(async (collection) => {
      const ofCollection = pending.filter((job) => job.input?.doc?.relationTo === collection)
      const scope = scopeOf(collection, user)
      if (!ofCollection.length) return []
      const ids = ofCollection.map((job) => job.input?.doc?.value).filter((id) => id !== undefined)
      const docs = await findAs(
        payload,
        user,
        collection,
        // Outside their scope a user still sees what they scheduled themselves.
        and({ id: { in: ids } }),
        { draft: true, limit: ids.length },
      )
      return ofCollection.flatMap((job): ScheduledItem[] => {
        const doc = docs.find((candidate) => String(candidate.id) === String(job.input?.doc?.value))
        if (!doc) return []
        const mine = String(scheduledBy(job)) === String(user.id)
        const inScope = scope !== null && matchesScope(collection, doc, user)
        if (!mine && !inScope) return []
        return [
          {
            collection,
            id: doc.id,
            title: titleOf(payload, collection, doc),
            at: job.waitUntil ?? null,
            editUrl: editUrlOf(collection, doc.id),
            action: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
            mine,
          },
        ]
      })
    }),
  )
  return items.flat().sort((a, b) => String(a.at ?? '').localeCompare(String(b.at ?? '')))
}

function scheduledBy(job: ScheduleJob): string | number | undefined {
  const user = job.input?.user
  if (user && typeof user === 'object') return user.value
  return user ?? undefined
}

/** The branch scope of `scopeOf`, checked on a document already read. */
function matchesScope(collection: PreviewableCollection, doc: Doc, user: MaybeUser): boolean {
  if (isContentManager(user)) return true
  const branchId = String(branchIdOf(user))
  if (collection === 'branches') return String(doc.id) === branchId
  if (collection === 'news' || collection === 'events') {
    const branches = Array.isArray(doc.branches) ? (doc.branches as unknown[]) : []
    return branches.some((branch) =>
      typeof branch === 'object' && branch
        ? String((branch as { id: unknown }).id) === branchId
        : String(branch) === branchId,
    )
  }
  return false
}
