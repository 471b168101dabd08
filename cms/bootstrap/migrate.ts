import type { Migration, Payload } from 'payload'

import { fillMongoTranslationTimes, moveMongoTextsIntoUkrainian } from '../localization/mongo'
import { migrations } from '../migrations'
import type { Reporter } from '../reporting/progress'

/** Whether the database has never been set up: no migration has run on it yet. */
export async function isFreshDatabase(payload: Payload): Promise<boolean> {
  if (payload.db.name === 'mongoose') {
    const users = await payload.count({ collection: 'users', overrideAccess: true })
    const documents = await payload.count({ collection: 'documents', overrideAccess: true })
    return users.totalDocs === 0 && documents.totalDocs === 0
  }
  try {
    const ran = await payload.count({ collection: 'payload-migrations', overrideAccess: true })
    return ran.totalDocs === 0
  } catch {
    // The migrations table itself does not exist yet.
    return true
  }
}

/**
 * Brings the SQLite schema up to date with the committed migrations. MongoDB needs no schema; its
 * data moves (one-language texts into `{ uk }`, the English-version times: cms/localization/mongo.ts)
 * run here instead.
 */
export async function migrateDatabase(payload: Payload, report: Reporter): Promise<void> {
  if (payload.db.name === 'mongoose') {
    const moved = await moveMongoTextsIntoUkrainian(payload)
    if (moved > 0) report(`Тексти перенесено в українську версію: ${moved} записів.`)
    const timed = await fillMongoTranslationTimes(payload)
    if (timed > 0) report(`Стан англійських версій визначено для ${timed} записів.`)
    return
  }
  report('Оновлення схеми бази даних (міграції)…')
  // The generated index types each migration's own arguments; the adapter takes them as unknown.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
