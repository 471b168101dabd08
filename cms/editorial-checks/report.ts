import type { CollectionSlug, Payload } from 'payload'

import {
  checkDocument,
  documentReferences,
  EDITORIAL_SPECS,
  type References,
} from '@domain/editorial-checks'
import { resolveFacts } from './facts'

/** One published document with problems, as the report lists it. */
export type ReportItem = {
  collection: string
  id: string
  title: string
  errors: number
  warnings: number
  /** The first few messages, for the panel and the dashboard. */
  problems: string[]
}

/** The checklist run over everything published: a report, never a reason to stop a release. */
export type ContentReport = {
  at: string
  checked: number
  withErrors: number
  withWarnings: number
  /** Documents with errors first; at most MAX_ITEMS. */
  items: ReportItem[]
  /** More documents had problems than the report keeps. */
  truncated: boolean
}

const PAGE = 100
const MAX_ITEMS = 300
const MESSAGES_PER_ITEM = 3

/**
 * Runs the editorial checklist over every published document of every collection that has one,
 * a page at a time (one lookup of links and images per page), so editors see problems published
 * before the checklist existed, or made since by deleting or unpublishing a link's target.
 */
export async function reportPublishedContent(payload: Payload): Promise<ContentReport> {
  const found: ReportItem[] = []
  let checked = 0
  let withErrors = 0
  let withWarnings = 0
  for (const [collection, spec] of Object.entries(EDITORIAL_SPECS)) {
    if (!payload.collections[collection as CollectionSlug]) continue
    for (let page = 1; ; page += 1) {
      const result = await payload.find({
        collection: collection as CollectionSlug,
        where: { _status: { equals: 'published' } },
        draft: false,
        depth: 0,
        limit: PAGE,
        page,
        sort: 'id',
        overrideAccess: true,
      })
      const docs = result.docs as unknown as (Record<string, unknown> & { id: number | string })[]
      const refs: References = { docs: [], media: [], files: [] }
      for (const doc of docs) {
        const own = documentReferences(spec, doc)
        refs.docs.push(...own.docs)
        refs.media.push(...own.media)
        refs.files.push(...own.files)
      }
      const facts = await resolveFacts(payload, refs)
      for (const doc of docs) {
        checked += 1
        const findings = checkDocument(spec, doc, facts)
        if (findings.length === 0) continue
        const errors = findings.filter((finding) => finding.severity === 'error').length
        if (errors) withErrors += 1
        else withWarnings += 1
        const title = doc[spec.title]
        found.push({
          collection,
          id: String(doc.id),
          title: typeof title === 'string' && title.trim() ? title : `№ ${String(doc.id)}`,
          errors,
          warnings: findings.length - errors,
          problems: findings.slice(0, MESSAGES_PER_ITEM).map((finding) => finding.message),
        })
      }
      if (!result.hasNextPage) break
    }
  }
  found.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings)
  return {
    at: new Date().toISOString(),
    checked,
    withErrors,
    withWarnings,
    items: found.slice(0, MAX_ITEMS),
    truncated: found.length > MAX_ITEMS,
  }
}

/** The report in one line for the publisher's log. */
export function describeReport(report: ContentReport): string {
  return `Перевірка опублікованого: ${report.checked} записів, з помилками — ${report.withErrors}, лише з попередженнями — ${report.withWarnings}.`
}
