import type { CollectionSlug, Endpoint, Payload, Where } from 'payload'

import { DEFAULT_LOCALE } from '@domain/i18n/locales'
import {
  TRANSLATION_FIELD,
  TRANSLATION_STATES,
  type TranslationState,
  type TranslationTimes,
} from './translationTimes'

export type { TranslationState } from './translationTimes'

/**
 * Which documents have an English version and which are out of date: the Ukrainian text changed
 * after the English one was last saved. Read from the times each save notes on the document
 * (translationTimes.ts), a page of rows at a time; for editors only.
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

export type TranslationRow = {
  id: number | string
  /** The Ukrainian title (or name) the admin lists it by. */
  title: string
  state: TranslationState
  /** When the Ukrainian and the English texts last changed (ISO). */
  ukrainianChangedAt?: string
  englishChangedAt?: string
}

/** Rows per page of /api/translations and per state in /admin/pereklady. */
export const TRANSLATION_PAGE_SIZE = 50

type Stored = Record<string, unknown> & { id: number | string }

/** A listed document's row, from what it stores (undefined when it stores nothing yet). */
export function rowOf(doc: Stored, titleField: string): TranslationRow | undefined {
  const times = doc[TRANSLATION_FIELD] as Partial<TranslationTimes> | null | undefined
  if (!times?.state) return undefined
  const title = doc[titleField]
  return {
    id: doc.id,
    title: typeof title === 'string' && title.trim() ? title : String(doc.id),
    state: times.state,
    ukrainianChangedAt: times.ukrainianChangedAt ?? undefined,
    englishChangedAt: times.englishChangedAt ?? undefined,
  }
}

const stateIs = (state: TranslationState): Where => ({
  [`${TRANSLATION_FIELD}.state`]: { equals: state },
})

function configOf(payload: Payload, collection: CollectionSlug) {
  const config = payload.collections[collection]?.config
  if (!TRANSLATION_KEY[collection] || !config)
    throw new Error(`${collection} has no English versions`)
  return config
}

/**
 * One page of a collection's documents in one state, last changed first, with how many there
 * are. Documents are read as their latest drafts, like the admin's lists.
 */
export async function translationPage(
  payload: Payload,
  collection: CollectionSlug,
  state: TranslationState,
  page = 1,
  limit = TRANSLATION_PAGE_SIZE,
): Promise<{ rows: TranslationRow[]; totalDocs: number; totalPages: number; page: number }> {
  const config = configOf(payload, collection)
  const titleField = config.admin?.useAsTitle ?? 'id'
  const found = await payload.find({
    collection,
    where: stateIs(state),
    sort: '-updatedAt',
    locale: DEFAULT_LOCALE,
    draft: true,
    depth: 0,
    page,
    limit,
    overrideAccess: true,
  })
  return {
    rows: (found.docs as unknown as Stored[]).flatMap((doc) => rowOf(doc, titleField) ?? []),
    totalDocs: found.totalDocs,
    totalPages: found.totalPages,
    page: found.page ?? page,
  }
}

/** How many of a collection's documents are in each state: one counting query per state. */
export async function translationCounts(
  payload: Payload,
  collection: CollectionSlug,
): Promise<Record<TranslationState, number>> {
  configOf(payload, collection)
  const counts = await Promise.all(
    TRANSLATION_STATES.map(async (state) => {
      const found = await payload.find({
        collection,
        where: stateIs(state),
        draft: true,
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
      return [state, found.totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as Record<TranslationState, number>
}

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const isState = (value: unknown): value is TranslationState =>
  (TRANSLATION_STATES as readonly unknown[]).includes(value)

/**
 * GET /api/translations?collection=news[&state=missing|outdated|current][&page=N] — for signed-in
 * staff: how many documents are in each state, and one page of those in the state asked for (what
 * lacks a translation by default). Bounded: one collection and one page per request, staff only.
 */
export const translationEndpoints: Endpoint[] = [
  {
    path: '/translations',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Увійдіть, щоб бачити стан перекладів.' }, 401)
      const params = new URL(req.url ?? '', 'http://localhost').searchParams
      const collection = params.get('collection')
      if (!collection || !(collection in TRANSLATION_KEY))
        return json(
          {
            error: `Укажіть колекцію: ${Object.keys(TRANSLATION_KEY).join(', ')}.`,
          },
          400,
        )
      const state = params.get('state') ?? 'missing'
      if (!isState(state))
        return json({ error: `Стан може бути: ${TRANSLATION_STATES.join(', ')}.` }, 400)
      const page = Number(params.get('page') ?? '1')
      if (!Number.isInteger(page) || page < 1 || page > 100_000)
        return json({ error: 'Номер сторінки — ціле число від 1.' }, 400)
      const slug = collection as CollectionSlug
      const [counts, listed] = await Promise.all([
        translationCounts(req.payload, slug),
        translationPage(req.payload, slug, state, page),
      ])
      return json({ collection, state, counts, ...listed })
    },
  },
]
