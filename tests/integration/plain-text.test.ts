import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, stopTestCms } from '../support/cms'
import { as, createBranch, createUser, minimalData, type TestUser } from '../support/fixtures'
import { errorMessage, restApi, tokenFor } from '../support/restApi'

let payload: Payload
let editor: TestUser
let branchId: number
let collectionId: number | string

beforeAll(async () => {
  payload = await startTestCms()
  editor = await createUser(payload, 'editor')
  branchId = (await createBranch(payload, 'Бібліотека текстів')).id
  collectionId = (
    await payload.create({
      collection: 'digital-collections',
      data: { title: 'Колекція текстів', _status: 'published' },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  await stopTestCms(payload)
})

/** Saves a document as the editor would; resolves to the error message, or '' when saved. */
async function save(collection: CollectionSlug, changes: Record<string, unknown>): Promise<string> {
  try {
    await payload.create({
      collection,
      data: { ...minimalData(collection, { branchId, collectionId }), ...changes } as never,
      ...as(editor),
    })
    return ''
  } catch (error) {
    const data = (error as { data?: { errors?: { message: string }[] } }).data
    return data?.errors?.map((each) => each.message).join(' | ') ?? String(error)
  }
}

const TITLED: CollectionSlug[] = ['news', 'documents', 'pages', 'digital-collections', 'items']

describe('plain-text fields refuse what would be lost or misread', () => {
  for (const collection of TITLED) {
    it(`${collection}: a NUL or a direction override in the title is refused with its position`, async () => {
      expect(await save(collection, { title: 'NUL\u0000in title' })).toMatch(/U\+0000 \(символ 4\)/)
      expect(await save(collection, { title: 'invoice\u202Efdp' })).toMatch(/U\+202E/)
      expect(await save(collection, { title: 'Рядок\nдругий' })).toMatch(/U\+000A/)
    })
  }

  it('gives every title a maximum length', async () => {
    const limits: Record<string, number> = {
      news: 300,
      documents: 400,
      pages: 300,
      'digital-collections': 300,
      items: 500,
    }
    for (const collection of TITLED) {
      const max = limits[collection]!
      expect(await save(collection, { title: 'я'.repeat(max + 1) })).toMatch(new RegExp(`${max}`))
      expect(await save(collection, { title: 'я'.repeat(max) })).toBe('')
    }
    expect(await save('items', { title: 'я'.repeat(5000) })).toMatch(/500/)
  })

  it('keeps line breaks and tabs in multi-line fields, and ordinary direction marks', async () => {
    expect(await save('items', { description: 'Рядок один\nрядок\tдва' })).toBe('')
    expect(await save('news', { title: 'Іврит \u200Fשלום\u200F у назві' })).toBe('')
    expect(await save('items', { description: 'Опис\u0007' })).toMatch(/U\+0007/)
  })

  it('applies to nested and repeated text fields and to hasMany text', async () => {
    expect(await save('items', { subjects: ['Вокзал', 'Теми\u202E'] })).toMatch(/U\+202E/)
    expect(await save('items', { source: { shelfMark: 'КЛ\u0000014' } })).toMatch(/U\+0000/)
  })

  it('applies to uploads, users and the site global too', async () => {
    const user = await payload
      .create({
        collection: 'users',
        data: {
          email: 'ctl@test.local',
          password: 'correct-horse-battery',
          role: 'editor',
          name: 'Ім\u0000я',
        },
        overrideAccess: true,
      })
      .catch((error: Error) => error)
    expect(JSON.stringify((user as { data?: unknown }).data)).toMatch(/U\+0000/)
    const site = await payload
      .updateGlobal({ slug: 'site', data: { name: 'ЦБС\u202E' }, overrideAccess: true })
      .catch((error: Error) => error)
    expect(JSON.stringify((site as { data?: unknown }).data)).toMatch(/U\+202E/)
  })

  it('says so through the REST API the admin uses, in the editor’s language', async () => {
    const api = restApi(payload)
    const token = await tokenFor(payload, editor.email as string)
    const response = await api('POST', '/api/pages', {
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'NUL\u0000in title', _status: 'published' }),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/керівний символ U\+0000/)
    expect(errorMessage(response)).not.toMatch(/something went wrong/i)
  })

  it('refuses slugs with control or direction characters', async () => {
    expect(await save('pages', { slug: 'novyna\u202E' })).toMatch(/slug/)
  })
})
