import type { Payload } from 'payload'

import { DEFAULT_LOCALE } from '@domain/i18n/locales'
import { localizedPaths } from './localizedPaths'

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
