import { createLocalReq, type Payload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localizedPaths } from '@cms/localization/localizedPaths'
import { moveMongoTextsIntoUkrainian } from '@cms/localization/mongo'
import * as localization from '@cms/migrations/20261129_190925_localization'
import { seed } from '@cms/seed/seed'
import { startTestCms, stopTestCms } from '../support/cms'

/*
 * The localization migration on a seeded database. The test's database is seeded with today's
 * schema, taken back to the one-language shape by the migration's `down` (the shape every existing
 * installation has: texts in their tables' own columns), and brought forward again by `up`: every
 * text must come back, byte for byte in the database and equal through the Local API.
 */

let payload: Payload

type Row = Record<string, unknown>
type Db = { run(query: ReturnType<typeof sql.raw>): Promise<{ rows: Row[] }> }

function database(): Db {
  return (payload.db as unknown as { drizzle: Db }).drizzle
}

async function rows(query: string): Promise<Row[]> {
  const result = await database().run(sql.raw(query))
  return result.rows.map((row) => ({ ...row }))
}

/** The raw values of each table's localized columns, by row id, as the database holds them. */
async function rawTexts(shape: 'one language' | 'localized'): Promise<Record<string, Row[]>> {
  const texts: Record<string, Row[]> = {}
  for (const [table, columns] of Object.entries(localization.LOCALIZED_COLUMNS)) {
    const list = columns.map((column) => `\`${column}\``).join(', ')
    texts[table] = await rows(
      shape === 'localized'
        ? `SELECT _parent_id AS id, ${list} FROM \`${table}_locales\` WHERE _locale = 'uk' ORDER BY _parent_id`
        : `SELECT id, ${list} FROM \`${table}\` ORDER BY id`,
    )
  }
  return texts
}

function valueAt(document: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Row | undefined)?.[key], document)
}

/** What readers and editors read in Ukrainian: every localized field of every document and version. */
type Read = Record<string, { id: unknown; values: unknown[] }[]>

async function readThroughPayload(locale: 'uk' | 'en'): Promise<Read> {
  const read: Read = {}
  for (const collection of payload.config.collections) {
    const paths = localizedPaths(collection.fields)
    if (paths.length === 0) continue
    const slug = collection.slug as 'news'
    const { docs } = await payload.find({
      collection: slug,
      pagination: false,
      depth: 0,
      locale,
      overrideAccess: true,
      sort: 'id',
    })
    read[slug] = docs.map((doc) => ({
      id: doc.id,
      values: paths.map((path) => valueAt(doc, path)),
    }))
    if (collection.versions) {
      const versions = await payload.findVersions({
        collection: slug,
        pagination: false,
        depth: 0,
        locale,
        overrideAccess: true,
        sort: 'id',
      })
      read[`${slug} versions`] = versions.docs.map((version) => ({
        id: version.id,
        values: paths.map((path) => valueAt(version.version, path)),
      }))
    }
  }
  const site = await payload.findGlobal({ slug: 'site', depth: 0, locale, overrideAccess: true })
  const sitePaths = localizedPaths(payload.config.globals.find((g) => g.slug === 'site')!.fields)
  read.site = [{ id: 'site', values: sitePaths.map((path) => valueAt(site, path)) }]
  return read
}

/** How many texts a read holds (ids aside). */
function countValues(read: Read): number {
  return Object.values(read)
    .flatMap((documents) => documents.flatMap((document) => document.values))
    .filter((value) => value !== null && value !== undefined && value !== '').length
}

beforeAll(async () => {
  payload = await startTestCms()
  await seed(payload, () => undefined)
})

afterAll(async () => {
  await stopTestCms(payload)
})

const onMongo = Boolean(process.env.TEST_MONGODB_URI)

type NativeCollection = {
  updateMany(filter: Row, update: Row[]): Promise<unknown>
  findOne(filter: Row): Promise<Row | null>
}
type Mongo = {
  collections: Record<string, { collection: NativeCollection }>
  versions: Record<string, { collection: NativeCollection }>
  globals: { collection: NativeCollection }
}

/** MongoDB back to the one-language shape: each `{ uk }` object replaced by its Ukrainian value. */
async function unwrapMongoTexts(): Promise<void> {
  const mongo = payload.db as unknown as Mongo
  const unwrap = async (model: { collection: NativeCollection }, paths: string[], scope: Row) => {
    for (const path of paths)
      await model.collection.updateMany({ ...scope, [`${path}.uk`]: { $exists: true } }, [
        { $set: { [path]: `$${path}.uk` } },
      ])
  }
  for (const collection of payload.config.collections) {
    const paths = localizedPaths(collection.fields)
    if (paths.length === 0) continue
    await unwrap(mongo.collections[collection.slug]!, paths, {})
    if (collection.versions)
      await unwrap(
        mongo.versions[collection.slug]!,
        paths.map((path) => `version.${path}`),
        {},
      )
  }
  const site = payload.config.globals.find((global) => global.slug === 'site')!
  await unwrap(mongo.globals, localizedPaths(site.fields), { globalType: 'site' })
}

describe.runIf(onMongo)('localization on MongoDB', () => {
  it('wraps every one-language text as Ukrainian on start, once', async () => {
    const seeded = await readThroughPayload('uk')
    await unwrapMongoTexts()
    const bare = await (payload.db as unknown as Mongo).collections.news!.collection.findOne({})
    expect(typeof bare?.title).toBe('string')
    expect(await moveMongoTextsIntoUkrainian(payload)).toBeGreaterThan(0)
    expect(await readThroughPayload('uk')).toEqual(seeded)
    expect(countValues(await readThroughPayload('en'))).toBe(0)
    expect(await moveMongoTextsIntoUkrainian(payload)).toBe(0)
  })
})

describe.skipIf(onMongo)('localization migration', () => {
  it('moves every existing text into Ukrainian and loses nothing, both ways', async () => {
    const req = await createLocalReq({}, payload)
    const args = { db: database(), payload, req } as unknown as Parameters<
      typeof localization.up
    >[0]
    const seeded = await readThroughPayload('uk')
    const seededRaw = await rawTexts('localized')
    // The seed wrote real content into every table the migration moves (no empty comparison).
    for (const [table, texts] of Object.entries(seededRaw))
      expect(texts.length, `${table} has seeded rows`).toBeGreaterThan(0)

    await localization.down(args)
    // The one-language shape: texts in the tables' own columns, no locales tables left.
    expect(
      await rows(`SELECT name FROM sqlite_master WHERE name LIKE '%\\_locales' ESCAPE '\\'`),
    ).toEqual([])
    expect(await rawTexts('one language')).toEqual(seededRaw)

    await localization.up(args)
    expect(await rawTexts('localized')).toEqual(seededRaw)
    const migrated = await readThroughPayload('uk')
    expect(migrated).toEqual(seeded)
    expect(countValues(migrated)).toBeGreaterThan(1000)
    // Nothing appears in English that nobody wrote: no fallback, no copies.
    expect(countValues(await readThroughPayload('en'))).toBe(0)
    const menus = await rows(
      `SELECT _locale, count(*) AS n FROM site_header_nav GROUP BY _locale ORDER BY _locale`,
    )
    expect(menus).toEqual([{ _locale: 'uk', n: expect.any(Number) }])
  })
})
