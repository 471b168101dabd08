import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TranslationTimes } from '@cms/localization/translationTimes'
import { translationCounts, translationPage } from '@cms/localization/translationStatus'
import * as translationTimes from '@cms/migrations/20261130_022230_translation_times'
import { seed } from '@cms/seed/seed'
import { startTestCms, stopTestCms } from '../support/cms'
import { as, createUser, type TestUser } from '../support/fixtures'

/*
 * Whether a document's English version is missing, current or out of date (issue #16), kept on
 * the document by each save (cms/localization/translationTimes.ts) and, for documents saved
 * before, worked out from their versions by the migration. Real saves through the Local API as an
 * editor; the migration on a seeded database taken back and forward.
 */

let payload: Payload
let editor: TestUser

const onMongo = process.env.DATABASE_URI?.startsWith('mongodb') ?? false

beforeAll(async () => {
  payload = await startTestCms()
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await stopTestCms(payload)
})

/** What the admin's list reads of a document: its latest draft, with the stored times. */
async function timesOf(collection: 'news' | 'documents', id: number): Promise<TranslationTimes> {
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    ...as(editor),
  })
  return (docs[0] as unknown as { translation: TranslationTimes }).translation
}

async function save(id: number, locale: 'uk' | 'en', data: Record<string, unknown>, draft = false) {
  return payload.update({
    collection: 'news',
    id,
    locale,
    draft,
    data: { ...data, _status: draft ? 'draft' : 'published' },
    ...as(editor),
  })
}

describe('the English state kept on each save', () => {
  it('follows a news item from no translation to current, out of date and current again', async () => {
    const news = await payload.create({
      collection: 'news',
      data: { title: 'Стан перекладу', category: 'news', _status: 'published' },
      ...as(editor),
    })
    const created = await timesOf('news', news.id)
    expect(created.state).toBe('missing')
    expect(created.ukrainianChangedAt).toEqual(expect.any(String))
    expect(created.englishChangedAt).toBeNull()

    await save(news.id, 'en', { title: 'Translation state' })
    const translated = await timesOf('news', news.id)
    expect(translated.state).toBe('current')
    expect(translated.englishChangedAt! >= translated.ukrainianChangedAt!).toBe(true)

    // A Ukrainian save that changes no text (the category) leaves the translation current.
    await save(news.id, 'uk', { category: 'announcement' })
    expect((await timesOf('news', news.id)).state).toBe('current')

    await save(news.id, 'uk', { title: 'Стан перекладу: змінено' })
    const outdated = await timesOf('news', news.id)
    expect(outdated.state).toBe('outdated')
    expect(outdated.ukrainianChangedAt! > outdated.englishChangedAt!).toBe(true)

    // Saving the English again (even unchanged text does not count: it must change).
    await save(news.id, 'en', { title: 'Translation state' })
    expect((await timesOf('news', news.id)).state).toBe('outdated')
    await save(news.id, 'en', { title: 'Translation state, updated' })
    expect((await timesOf('news', news.id)).state).toBe('current')

    // An English draft shows in the list (the latest draft) before it is published.
    await save(news.id, 'uk', { title: 'Стан перекладу: ще раз' })
    await save(news.id, 'en', { title: 'Translation state, draft' }, true)
    expect((await timesOf('news', news.id)).state).toBe('current')
  })

  it('reads a document without an English title as missing, and ignores times a client sends', async () => {
    const news = await payload.create({
      collection: 'news',
      data: {
        title: 'Без англійської',
        category: 'news',
        _status: 'published',
        translation: {
          state: 'current',
          ukrainianChangedAt: '2000-01-01T00:00:00.000Z',
          englishChangedAt: '2099-01-01T00:00:00.000Z',
        },
      } as never,
      ...as(editor),
    })
    const times = await timesOf('news', news.id)
    expect(times.state).toBe('missing')
    expect(times.ukrainianChangedAt).not.toBe('2000-01-01T00:00:00.000Z')
    await save(news.id, 'en', { title: 'English at last' })
    expect((await timesOf('news', news.id)).state).toBe('current')
    // An English draft that empties the title (publishing it would be refused) has no English.
    await save(news.id, 'en', { title: '' }, true)
    expect((await timesOf('news', news.id)).state).toBe('missing')
  })

  it('uses each collection’s own English key: a document’s translated title', async () => {
    const { docs } = await payload.find({
      collection: 'documents',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const document =
      docs[0] ??
      (await payload.create({
        collection: 'documents',
        data: {
          title: 'Положення про переклади',
          type: 'regulation',
          _status: 'draft',
        } as never,
        draft: true,
        overrideAccess: true,
      }))
    await payload.update({
      collection: 'documents',
      id: document.id,
      locale: 'en',
      draft: true,
      data: { titleTranslation: 'Regulations on translations' },
      overrideAccess: true,
    })
    expect((await timesOf('documents', document.id)).state).toBe('current')
  })

  it('lists one bounded page of a state and counts each state', async () => {
    await payload.create({
      collection: 'news',
      data: { title: 'Ще без перекладу', category: 'news', _status: 'published' },
      ...as(editor),
    })
    const counts = await translationCounts(payload, 'news')
    expect(counts.missing + counts.current + counts.outdated).toBe(
      (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs,
    )
    const page = await translationPage(payload, 'news', 'missing', 1, 1)
    expect(page.rows).toHaveLength(1)
    expect(page.totalDocs).toBe(counts.missing)
    expect(page.rows[0]!.state).toBe('missing')
  })
})

type Row = Record<string, unknown>
type Db = { run(query: ReturnType<typeof sql.raw>): Promise<{ rows: Row[] }> }

const database = () => (payload.db as unknown as { drizzle: Db }).drizzle

async function rows(query: string): Promise<Row[]> {
  return (await database().run(sql.raw(query))).rows.map((row) => ({ ...row }))
}

const TABLES = [
  'news',
  'events',
  'documents',
  'pages',
  'programme_tasks',
  'branches',
  'digital_collections',
  'items',
]

/**
 * Each table's documents with the state their latest version stores (what the admin's lists read)
 * and whether its times are there, by document id.
 */
async function storedStates(): Promise<Record<string, Row[]>> {
  const states: Record<string, Row[]> = {}
  for (const table of TABLES)
    states[table] = await rows(
      `SELECT parent_id AS id, version_translation_state AS state,
         version_translation_ukrainian_changed_at IS NOT NULL AS uk,
         version_translation_english_changed_at IS NOT NULL AS en
       FROM \`_${table}_v\` WHERE latest = 1 ORDER BY parent_id`,
    )
  return states
}

describe.skipIf(onMongo)('the translation times migration', () => {
  it('gives every existing document the state its versions tell, as its saves did', async () => {
    await seed(payload, () => undefined)
    // Out of date: a translated news item whose Ukrainian text changed afterwards.
    const { docs } = await payload.find({
      collection: 'news',
      locale: 'en',
      where: { title: { exists: true } },
      limit: 2,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs)
      await save(doc.id, 'uk', { excerpt: `Змінено після перекладу ${doc.id}` })
    const saved = await storedStates()
    const all = Object.values(saved).flat()
    expect(all.length).toBeGreaterThan(50)
    for (const state of ['missing', 'current', 'outdated'])
      expect(all.filter((row) => row.state === state).length, state).toBeGreaterThan(0)

    const req = await createLocalReq({}, payload)
    const args = { db: database(), payload, req } as unknown as Parameters<
      typeof translationTimes.up
    >[0]
    await translationTimes.down(args)
    expect(
      await rows(`SELECT name FROM pragma_table_info('news') WHERE name LIKE 'translation%'`),
    ).toEqual([])
    await translationTimes.up(args)
    expect(await storedStates()).toEqual(saved)
    // Every document itself has its times too.
    for (const table of TABLES)
      expect(
        await rows(`SELECT id FROM \`${table}\` WHERE translation_state IS NULL`),
        table,
      ).toEqual([])
  })
})
