import type { Payload } from 'payload'

import type { ContentReport, ReportItem } from '@cms/editorial-checks/report'
import { isPreviewable } from '@cms/preview/pagePath'
import { scopeOf, type DeskUser } from './work'

/** A published document with problems, as the desk lists it. */
export type ProblemItem = ReportItem & { editUrl: string }

const LIMIT = 10

/**
 * The published documents with problems (from the last release check's report) that are in the
 * user's scope: everything for editors, their branch's news and profile for a branch editor.
 * Which ids are in scope is asked of the database as the user, so access decides.
 */
export async function problemsInScope(
  payload: Payload,
  user: DeskUser,
  report: ContentReport | null | undefined,
): Promise<ProblemItem[]> {
  const items = Array.isArray(report?.items) ? report.items : []
  const byCollection = new Map<string, ReportItem[]>()
  for (const item of items) {
    if (!isPreviewable(item.collection)) continue
    byCollection.set(item.collection, [...(byCollection.get(item.collection) ?? []), item])
  }
  const visible = new Set<string>()
  for (const [collection, ofCollection] of byCollection) {
    if (!isPreviewable(collection)) continue
    const scope = scopeOf(collection, user)
    if (!scope) continue
    const ids = ofCollection.map((item) => item.id)
    const { docs } = await payload.find({
      collection,
      where: { and: [scope, { id: { in: ids } }].filter((part) => Object.keys(part).length) },
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: {},
      user,
      overrideAccess: false,
    })
    for (const doc of docs) visible.add(`${collection}:${String(doc.id)}`)
  }
  return items
    .filter((item) => visible.has(`${item.collection}:${item.id}`))
    .slice(0, LIMIT)
    .map((item) => ({ ...item, editUrl: `/admin/collections/${item.collection}/${item.id}` }))
}
