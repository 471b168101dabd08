import type { CollectionSlug, Payload } from 'payload'

import { DEFAULT_LOCALE } from '@domain/i18n/locales'
import { localizedPaths } from './localizedPaths'
import { TRANSLATION_KEY } from './translationStatus'
import { historicTimes, TRANSLATION_FIELD } from './translationTimes'

/*
 * MongoDB keeps a localized field as one object per document, `{ uk: …, en: … }`, where a
 * one-language installation kept the value itself. SQLite moves its columns with a committed
 * migration (cms/migrations/…_localization.ts); MongoDB has no schema migrations in this project
 * (cms/bootstrap/migrate.ts), so the same move runs on every start instead: it touches only values
 * not yet wrapped, so a second run changes nothing.
 */

type MongoDocument = Record<string, unknown>

/** One update: the documents whose value at `path` is still bare, and how it becomes `{ uk }`. */
export type LocalizeUpdate = { filter: MongoDocument; update: MongoDocument[] }

/** The updates that wrap the bare values at `paths` (under `prefix`, e.g. `version.`) as Ukrainian. */
export function localizeUpdates(paths: readonly string[], prefix = ''): LocalizeUpdate[] {
  return paths.map((field) => {
    const path = prefix + field
    return {
      filter: {
        [path]: { $exists: true, $ne: null },
        [`${path}.${DEFAULT_LOCALE}`]: { $exists: false },
        [`${path}.en`]: { $exists: false },
      },
      update: [{ $set: { [path]: { [DEFAULT_LOCALE]: `$${path}` } } }],
    }
  })
}

type NativeCollection = {
  updateMany(filter: MongoDocument, update: MongoDocument[]): Promise<{ modifiedCount: number }>
}
type Model = { collection: NativeCollection }
type MongooseAdapter = {
  collections: Record<string, Model>
  versions: Record<string, Model>
  globals: Model
}

async function apply(
  model: Model,
  updates: LocalizeUpdate[],
  scope: MongoDocument = {},
): Promise<number> {
  let changed = 0
  for (const { filter, update } of updates) {
    const result = await model.collection.updateMany({ ...scope, ...filter }, update)
    changed += result.modifiedCount
  }
  return changed
}

/**
 * Wraps every bare value of a localized field (documents, their versions, the globals) as its
 * Ukrainian text. Returns how many documents changed.
 */
export async function moveMongoTextsIntoUkrainian(payload: Payload): Promise<number> {
  if (payload.db.name !== 'mongoose') return 0
  const adapter = payload.db as unknown as MongooseAdapter
  let changed = 0
  for (const collection of payload.config.collections) {
    const paths = localizedPaths(collection.fields)
    if (paths.length === 0) continue
    const model = adapter.collections[collection.slug]
    if (model) changed += await apply(model, localizeUpdates(paths))
    const versions = adapter.versions[collection.slug]
    if (collection.versions && versions)
      changed += await apply(versions, localizeUpdates(paths, 'version.'))
  }
  for (const global of payload.config.globals) {
    const paths = localizedPaths(global.fields)
    if (paths.length > 0)
      changed += await apply(adapter.globals, localizeUpdates(paths), { globalType: global.slug })
  }
  return changed
}

type Identified = { _id: unknown }
type TimesModel = {
  collection: {
    find(
      filter: MongoDocument,
      options: { projection: MongoDocument },
    ): { toArray(): Promise<Identified[]> }
    updateOne(filter: MongoDocument, update: MongoDocument): Promise<unknown>
    updateMany(filter: MongoDocument, update: MongoDocument): Promise<unknown>
  }
}

/**
 * The English-version times (translationTimes.ts) for documents saved before they were kept:
 * SQLite's migration (…_translation_times.ts) fills them once; on MongoDB this runs on every start
 * and touches only documents without them, so a second run changes nothing. Each document's
 * times come from its versions read through the Local API, as the migration reads them in SQL.
 * Returns how many documents got their times.
 */
export async function fillMongoTranslationTimes(payload: Payload): Promise<number> {
  if (payload.db.name !== 'mongoose') return 0
  const adapter = payload.db as unknown as {
    collections: Record<string, TimesModel>
    versions: Record<string, TimesModel>
  }
  let filled = 0
  for (const [slug, key] of Object.entries(TRANSLATION_KEY)) {
    const collection = slug as CollectionSlug
    const config = payload.collections[collection]?.config
    const model = adapter.collections[collection]
    if (!config || !model || !key) continue
    const paths = localizedPaths(config.fields).filter((path) => path !== 'slug')
    const pending = await model.collection
      .find({ [`${TRANSLATION_FIELD}.state`]: { $exists: false } }, { projection: { _id: 1 } })
      .toArray()
    for (const { _id } of pending) {
      const id = String(_id)
      const times = await timesFromVersions(payload, collection, id, { paths, key })
      if (!times) continue
      await model.collection.updateOne({ _id }, { $set: { [TRANSLATION_FIELD]: times } })
      await adapter.versions[collection]?.collection.updateMany(
        { parent: _id },
        { $set: { [`version.${TRANSLATION_FIELD}`]: times } },
      )
      filled += 1
    }
  }
  return filled
}

/** One document's times from its versions in every language (or from itself without any). */
async function timesFromVersions(
  payload: Payload,
  collection: CollectionSlug,
  id: string,
  { paths, key }: { paths: string[]; key: string },
) {
  const doc = (await payload
    .findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true })
    .catch(() => undefined)) as MongoDocument | undefined
  if (!doc) return undefined
  const texts = (source: unknown, locale: string) =>
    JSON.stringify(
      paths.map(
        (path) =>
          (
            path
              .split('.')
              .reduce<unknown>(
                (value, part) => (value as MongoDocument | undefined)?.[part],
                source,
              ) as MongoDocument | undefined
          )?.[locale] ?? null,
      ),
    )
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    locale: 'all',
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const history = (docs.length > 0 ? docs : [{ version: doc, updatedAt: doc.updatedAt }]).map(
    (entry) => ({
      at: String(entry.updatedAt),
      uk: texts(entry.version, DEFAULT_LOCALE),
      en: texts(entry.version, 'en'),
    }),
  )
  const english = (doc[key] as MongoDocument | null | undefined)?.en
  const empty = JSON.stringify(paths.map(() => null))
  return historicTimes(
    history,
    typeof english === 'string' ? english.trim() !== '' : english !== null && english !== undefined,
    { uk: empty, en: empty },
  )
}
