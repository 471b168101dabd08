import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TranslationCell } from '@cms/localization/TranslationCell'
import { startTestCms, stopTestCms } from '../support/cms'
import { as, createUser, unique, type TestUser } from '../support/fixtures'
import { restApi } from '../support/restApi'

/*
 * Localized content as the public site reads it: anonymously (access enforced), per locale, with
 * no fallback, so a Ukrainian-only document never shows Ukrainian text under English.
 */

let payload: Payload
let editor: TestUser

beforeAll(async () => {
  payload = await startTestCms()
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await stopTestCms(payload)
})

async function publishNews(title: string) {
  return payload.create({
    collection: 'news',
    data: { title, category: 'news', _status: 'published' },
    ...as(editor),
  })
}

async function translate(id: number, data: Record<string, unknown>, draft = false) {
  return payload.update({
    collection: 'news',
    id,
    locale: 'en',
    draft,
    data: { ...data, _status: draft ? 'draft' : 'published' },
    ...as(editor),
  })
}

async function readAnonymously(id: number, locale: 'uk' | 'en') {
  return payload.findByID({ collection: 'news', id, locale, depth: 0, ...as(undefined) })
}

/** The English list as the site asks for it: published news that has an English title. */
async function englishNewsIds(): Promise<(number | string)[]> {
  const { docs } = await payload.find({
    collection: 'news',
    locale: 'en',
    where: { title: { exists: true } },
    pagination: false,
    depth: 0,
    ...as(undefined),
  })
  return docs.map((doc) => doc.id)
}

describe('localized reads', () => {
  it('gives a Ukrainian-only item no English text at all (no fallback)', async () => {
    const news = await publishNews('Лише українською')
    const english = await readAnonymously(news.id, 'en')
    expect(english.title ?? null).toBeNull()
    expect(english.slug ?? null).toBeNull()
    expect((await readAnonymously(news.id, 'uk')).title).toBe('Лише українською')
    expect(await englishNewsIds()).not.toContain(news.id)
  })

  it('keeps each language its own title and slug, the English slug made from the English title', async () => {
    const news = await publishNews('Читання просто неба')
    await translate(news.id, { title: 'Open-air readings', excerpt: 'Books in the park.' })
    const english = await readAnonymously(news.id, 'en')
    const ukrainian = await readAnonymously(news.id, 'uk')
    expect([english.title, english.slug, english.excerpt]).toEqual([
      'Open-air readings',
      'open-air-readings',
      'Books in the park.',
    ])
    expect([ukrainian.title, ukrainian.slug]).toEqual([
      'Читання просто неба',
      'chytannia-prosto-neba',
    ])
    expect(await englishNewsIds()).toContain(news.id)
  })

  it('does not show an English draft to readers until it is published', async () => {
    const news = await publishNews('Чернетка перекладу')
    await translate(news.id, { title: 'Translation in progress' }, true)
    expect((await readAnonymously(news.id, 'en')).title ?? null).toBeNull()
    expect(await englishNewsIds()).not.toContain(news.id)
    // The editor sees the draft in English; publishing it makes it public.
    const draft = await payload.findByID({
      collection: 'news',
      id: news.id,
      locale: 'en',
      draft: true,
      ...as(editor),
    })
    expect(draft.title).toBe('Translation in progress')
    await translate(news.id, { title: 'Translation in progress' })
    expect((await readAnonymously(news.id, 'en')).title).toBe('Translation in progress')
    expect((await readAnonymously(news.id, 'uk')).title).toBe('Чернетка перекладу')
  })

  it('hides a draft news item in every language', async () => {
    const news = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Ще не готова', category: 'news', _status: 'draft' },
      ...as(editor),
    })
    await translate(news.id, { title: 'Not ready yet' }, true)
    for (const locale of ['uk', 'en'] as const)
      await expect(readAnonymously(news.id, locale)).rejects.toThrow()
  })

  it('refuses an English slug another item uses in English, and allows it in the other language', async () => {
    const slug = unique('shared').toLowerCase()
    const first = await publishNews('Перша новина')
    await translate(first.id, { title: 'First', slug })
    const second = await publishNews('Друга новина')
    await expect(translate(second.id, { title: 'Second', slug })).rejects.toThrow(/slug|адрес/i)
    // The same slug as another item's Ukrainian one is a different address (/en/…).
    const third = await payload.create({
      collection: 'news',
      data: { title: 'Третя новина', slug, category: 'news', _status: 'published' },
      ...as(editor),
    })
    expect((await readAnonymously(third.id, 'uk')).slug).toBe(slug)
  })

  it('keeps a document’s official title in its language and makes the English slug from its translation', async () => {
    const document = await payload.create({
      collection: 'documents',
      data: {
        title: 'Положення про бібліотеку',
        type: 'regulation',
        number: '12-од',
        adoptedOn: '2024-03-01T00:00:00.000Z',
        _status: 'published',
      },
      ...as(editor),
    })
    await payload.update({
      collection: 'documents',
      id: document.id,
      locale: 'en',
      data: { titleTranslation: 'Library regulations', _status: 'published' },
      ...as(editor),
    })
    const english = await payload.findByID({
      collection: 'documents',
      id: document.id,
      locale: 'en',
      ...as(undefined),
    })
    expect([english.title, english.titleTranslation, english.slug]).toEqual([
      'Положення про бібліотеку',
      'Library regulations',
      'library-regulations',
    ])
  })

  it('answers REST clients that name no language in Ukrainian, and English only when asked', async () => {
    const news = await publishNews('Новина для REST')
    await translate(news.id, { title: 'News for REST' })
    const api = restApi(payload)
    const plain = await api('GET', `/api/news/${news.id}`)
    expect([plain.status, plain.body.title]).toEqual([200, 'Новина для REST'])
    const found = await api('GET', '/api/news?where[title][like]=REST&limit=5')
    expect(found.status).toBe(200)
    expect((found.body.docs as { id: number }[]).map((doc) => doc.id)).toContain(news.id)
    const english = await api('GET', `/api/news/${news.id}?locale=en`)
    expect([english.status, english.body.title]).toEqual([200, 'News for REST'])
    const untranslated = await publishNews('Без перекладу для REST')
    const none = await api('GET', `/api/news/${untranslated.id}?locale=en`)
    expect([none.status, none.body.title ?? null]).toEqual([200, null])
  })

  it('answers the admin’s reads sent as a POST (a relationship picker) with the titles', async () => {
    const news = await publishNews('Новина для вибору у зв’язку')
    const api = restApi(payload)
    const read = (query: string) =>
      api('POST', '/api/news', {
        body: query,
        headers: {
          'X-Payload-HTTP-Method-Override': 'GET',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
      })
    const where = `where[id][equals]=${news.id}`
    for (const query of [`${where}&locale=uk&select[title]=true&draft=true`, where]) {
      const answer = await read(query)
      expect(answer.status).toBe(200)
      expect((answer.body.docs as { title?: string }[]).map((doc) => doc.title)).toEqual([
        'Новина для вибору у зв’язку',
      ])
    }
  })

  it('tells editors what lacks an English version and what is out of date', async () => {
    const missing = await publishNews('Без англійської версії')
    const current = await publishNews('Переклад актуальний')
    await translate(current.id, { title: 'The translation is current' })
    const outdated = await publishNews('Переклад застарів')
    await translate(outdated.id, { title: 'The translation is out of date' })
    await payload.update({
      collection: 'news',
      id: outdated.id,
      data: { title: 'Переклад застарів: українську змінено', _status: 'published' },
      ...as(editor),
    })
    const api = restApi(payload)
    expect((await api('GET', '/api/translations?collection=news')).status).toBe(401)
    const login = await api('POST', '/api/users/login', {
      body: JSON.stringify({ email: editor.email, password: 'correct-horse-battery' }),
      headers: { 'Content-Type': 'application/json' },
    })
    const token = login.body.token as string
    expect((await api('GET', '/api/translations?collection=users', { token })).status).toBe(400)
    for (const query of ['state=later', 'page=0', 'page=x'])
      expect(
        (await api('GET', `/api/translations?collection=news&${query}`, { token })).status,
      ).toBe(400)
    // One page of one state per request (what lacks a translation by default), with the counts.
    const listed = async (state?: string) => {
      const response = await api(
        'GET',
        `/api/translations?collection=news${state ? `&state=${state}` : ''}`,
        { token },
      )
      expect(response.status).toBe(200)
      return response.body as {
        state: string
        counts: Record<string, number>
        rows: { id: number; state: string; title: string }[]
        totalDocs: number
      }
    }
    const byDefault = await listed()
    expect(byDefault.state).toBe('missing')
    expect(byDefault.rows.every((row) => row.state === 'missing')).toBe(true)
    expect(byDefault.rows.map((row) => row.id)).toContain(missing.id)
    expect(byDefault.totalDocs).toBe(byDefault.counts.missing)
    expect((await listed('current')).rows.map((row) => row.id)).toContain(current.id)
    const outdatedPage = await listed('outdated')
    expect(outdatedPage.rows.map((row) => row.id)).toContain(outdated.id)
    expect(outdatedPage.rows.find((row) => row.id === outdated.id)?.title).toBe(
      'Переклад застарів: українську змінено',
    )
    expect(outdatedPage.rows.map((row) => row.id)).not.toContain(current.id)
  })

  it('shows the same states in the admin list’s «Англійська версія» column', async () => {
    const missing = await publishNews('Колонка: без перекладу')
    const outdated = await publishNews('Колонка: застаріле')
    await translate(outdated.id, { title: 'Column: out of date' })
    await payload.update({
      collection: 'news',
      id: outdated.id,
      data: { title: 'Колонка: застаріле, змінено', _status: 'published' },
      ...as(editor),
    })
    // The list reads its rows (latest drafts) and each cell shows what its row stores.
    const cell = async (id: number) => {
      const { docs } = await payload.find({
        collection: 'news',
        where: { id: { equals: id } },
        draft: true,
        depth: 0,
        ...as(editor),
      })
      return renderToStaticMarkup(
        TranslationCell({
          rowData: docs[0],
          collectionSlug: 'news',
          payload,
        } as unknown as DefaultServerCellComponentProps),
      )
    }
    expect(await cell(missing.id)).toMatch(/data-state="missing"[^>]*>немає</)
    expect(await cell(outdated.id)).toMatch(/data-state="outdated"[^>]*>застаріла/)
    const config = payload.collections.news.config
    expect(config.admin.defaultColumns).toContain('translationState')
    expect(
      payload.collections.users.config.fields.some(
        (field) => 'name' in field && field.name === 'translationState',
      ),
    ).toBe(false)
  })
})
