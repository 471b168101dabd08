import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

import { describeItem } from '@domain/heritage/itemRecord'
import { ITEM_TYPES } from '@domain/vocabularies/itemTypes'
import type { Item, User } from '../payload-types'
import { rightsUri } from '@domain/vocabularies/rightsStatements'
import { EXPORT_HEADERS, type ColumnKey } from './columns'
import { neutraliseFormula } from '@domain/open-data/csvSafe'

type Id = number | string
type Media = { id: Id; filename?: string | null }

export type ExportedItem = Record<ColumnKey, string | string[] | number | undefined> & {
  status: string
}

/** The items of a collection (drafts included for staff) in the shape our importer reads back. */
export async function collectItems(
  payload: Payload,
  collectionSlug: string,
  user: User,
): Promise<ExportedItem[]> {
  const access = { overrideAccess: false, user } as const
  const { docs: collections } = await payload.find({
    collection: 'digital-collections',
    where: { slug: { equals: collectionSlug } },
    depth: 0,
    limit: 1,
    ...access,
  })
  const collection = collections[0]
  if (!collection) throw new Error(`Колекції «${collectionSlug}» немає.`)
  const [{ docs: items }, { docs: allCollections }, { docs: branches }] = await Promise.all([
    payload.find({
      collection: 'items',
      where: { collections: { in: [collection.id] } },
      draft: true,
      depth: 1,
      limit: 0,
      pagination: false,
      sort: 'identifier',
      ...access,
    }),
    payload.find({
      collection: 'digital-collections',
      depth: 0,
      limit: 0,
      pagination: false,
      ...access,
    }),
    payload.find({ collection: 'branches', depth: 0, limit: 0, pagination: false, ...access }),
  ])
  const slugOf = new Map<Id, string>(
    allCollections.map((doc) => [doc.id, doc.slug ?? String(doc.id)]),
  )
  const branchOf = new Map<Id, string>(branches.map((doc) => [doc.id, doc.slug ?? doc.name]))
  const idOf = (value: unknown): Id | undefined =>
    typeof value === 'object' && value !== null
      ? (value as { id: Id }).id
      : (value as Id | undefined)
  return items.map((item: Item) => ({
    ...describeItem(item),
    collections: (item.collections ?? []).map((ref) => slugOf.get(idOf(ref)!) ?? String(idOf(ref))),
    branch: item.source?.branch ? branchOf.get(idOf(item.source.branch)!) : undefined,
    rights: item.rights ? rightsUri(item.rights) : undefined,
    images: (item.images ?? []).map((page) => (page.image as Media | undefined)?.filename ?? ''),
    imageLabels: (item.images ?? []).map((page) => page.label ?? ''),
    transcription: item.transcription ?? undefined,
    status: item._status ?? 'draft',
  }))
}

const COLUMN_ORDER = Object.keys(EXPORT_HEADERS) as ColumnKey[]

/**
 * A CSV our importer reads back (Dublin Core headers, several values joined by «; »), UTF-8
 * with a byte-order mark so Excel opens Cyrillic correctly, every cell safe from formula
 * injection.
 */
export function itemsToCsv(items: ExportedItem[]): string {
  const header = [...COLUMN_ORDER.map((key) => EXPORT_HEADERS[key]), 'status']
  const rows = items.map((item) => [
    ...COLUMN_ORDER.map((key) => {
      const value = item[key]
      const text = Array.isArray(value)
        ? value.join('; ')
        : value === undefined
          ? ''
          : String(value)
      return neutraliseFormula(text)
    }),
    item.status,
  ])
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`
}

/** JSON with Dublin Core keys and the DCMI type, for reuse by other systems. */
export function itemsToJson(items: ExportedItem[]): string {
  return `${JSON.stringify(
    items.map((item) => ({
      ...Object.fromEntries(
        COLUMN_ORDER.map((key): [string, ExportedItem[ColumnKey]] => [
          EXPORT_HEADERS[key],
          item[key],
        ]).filter(
          ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
        ),
      ),
      'dcmi:type': ITEM_TYPES[item.type as keyof typeof ITEM_TYPES]?.dcmi,
      status: item.status,
    })),
    null,
    2,
  )}\n`
}
