import type { CollectionSlug, Endpoint, Payload } from 'payload'

import { DEFAULT_LOCALE } from '@domain/i18n/locales'
import { localizedPaths } from './localizedPaths'

/**
 * Which documents have an English version and which are out of date: the Ukrainian text changed
 * after the English one was last saved. Read from the versions Payload keeps (each holds every
 * language), so no extra field or migration is needed; for editors only.
 */

/** The field whose English value means «this document has an English version». */
export const TRANSLATION_KEY: Partial<Record<CollectionSlug, string>> = {
  news: 'title',
  pages: 'title',
  events: 'title',
  branches: 'name',
  documents: 'titleTranslation',
  'digital-collections': 'title',
  'programme-tasks': 'title',
  items: 'description',
}

export type TranslationState = 'missing' | 'current' | 'outdated'

export type TranslationRow = {
  id: number | string
  /** The Ukrainian title (or name) the admin lists it by. */
  title: string
  state: TranslationState
  /** When the Ukrainian and the English texts last changed (ISO), as far as versions tell. */
  ukrainianChangedAt?: string
  englishChangedAt?: string
}

type Localized = Record<string, unknown>

function valueAt(document: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Localized | undefined)?.[key], document)
}

const filled = (value: unknown) =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')

/** One language's texts of a document (slugs aside: an address is not a text to translate). */
function textsIn(document: unknown, paths: string[], locale: string): string {
  return JSON.stringify(
    paths.map((path) => (valueAt(document, path) as Localized | null)?.[locale]),
  )
}

/** When each language's texts last changed, walking the document's versions oldest first. */
function lastChanges(
  versions: { version: unknown; updatedAt: string }[],
  paths: string[],
): { uk?: string; en?: string } {
  const changed: { uk?: string; en?: string } = {}
  let previous: { uk?: string; en?: string } = {}
  for (const { version, updatedAt } of versions) {
    const now = { uk: textsIn(version, paths, DEFAULT_LOCALE), en: textsIn(version, paths, 'en') }
    if (now.uk !== previous.uk) changed.uk = updatedAt
    if (now.en !== previous.en) changed.en = updatedAt
    previous = now
  }
  return changed
}

/** Every document of a collection with the state of its English version. */
export async function translationStatus(
  payload: Payload,
  collection: CollectionSlug,
): Promise<TranslationRow[]> {
  const key = TRANSLATION_KEY[collection]
  const config = payload.collections[collection]?.config
  if (!key || !config) throw new Error(`${collection} has no English versions`)
  const paths = localizedPaths(config.fields).filter((path) => path !== 'slug')
  const titleField = config.admin?.useAsTitle ?? 'id'
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const rows: TranslationRow[] = []
  for (const doc of docs as unknown as Localized[])
    rows.push(await rowOf(payload, collection, doc, { key, paths, titleField }))
  return rows
}

/** One document's row: read in every language, with its versions when it has an English one. */
async function rowOf(
  payload: Payload,
  collection: CollectionSlug,
  doc: Localized,
  { key, paths, titleField }: { key: string; paths: string[]; titleField: string },
): Promise<TranslationRow> {
  const config = payload.collections[collection].config
  const title = valueAt(doc, titleField)
  const ukrainianTitle = String((title as Localized | null)?.[DEFAULT_LOCALE] ?? title ?? doc.id)
  if (!filled((valueAt(doc, key) as Localized | null)?.en))
    return { id: doc.id as number, title: ukrainianTitle, state: 'missing' }
  const versions = config.versions
    ? (
        await payload.findVersions({
          collection,
          where: { parent: { equals: doc.id } },
          locale: 'all',
          sort: 'createdAt',
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
    : []
  const changed = lastChanges(versions, paths)
  return {
    id: doc.id as number,
    title: ukrainianTitle,
    state: changed.uk && changed.en && changed.uk > changed.en ? 'outdated' : 'current',
    ukrainianChangedAt: changed.uk,
    englishChangedAt: changed.en,
  }
}

/** The English state of one document (the admin list's column), or undefined for none. */
export async function documentTranslation(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
): Promise<TranslationRow | undefined> {
  const key = TRANSLATION_KEY[collection]
  const config = payload.collections[collection]?.config
  if (!key || !config) return undefined
  const doc = await payload
    .findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true })
    .catch(() => undefined)
  if (!doc) return undefined
  const paths = localizedPaths(config.fields).filter((path) => path !== 'slug')
  const titleField = config.admin?.useAsTitle ?? 'id'
  return rowOf(payload, collection, doc as unknown as Localized, { key, paths, titleField })
}

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/translations?collection=news — for signed-in staff: each document's English state,
 * what lacks a translation first. Bounded: one collection per request, staff only.
 */
export const translationEndpoints: Endpoint[] = [
  {
    path: '/translations',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Увійдіть, щоб бачити стан перекладів.' }, 401)
      const collection = new URL(req.url ?? '', 'http://localhost').searchParams.get('collection')
      if (!collection || !(collection in TRANSLATION_KEY))
        return json(
          {
            error: `Укажіть колекцію: ${Object.keys(TRANSLATION_KEY).join(', ')}.`,
          },
          400,
        )
      const rows = await translationStatus(req.payload, collection as CollectionSlug)
      const order: Record<TranslationState, number> = { missing: 0, outdated: 1, current: 2 }
      rows.sort((a, b) => order[a.state] - order[b.state])
      return json({
        collection,
        counts: {
          missing: rows.filter((row) => row.state === 'missing').length,
          outdated: rows.filter((row) => row.state === 'outdated').length,
          current: rows.filter((row) => row.state === 'current').length,
        },
        rows,
      })
    },
  },
]
