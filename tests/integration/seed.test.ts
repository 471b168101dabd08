import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentDir, repoRoot } from '@cms/config/paths'
import { loadContent } from '@cms/seed/loadContent'
import { removeSamples } from '@cms/seed/removeSamples'
import { seed } from '@cms/seed/seed'
import type { SeedTally } from '@cms/seed/store'
import { startTestCms, stopTestCms } from '../support/cms'
import { as } from '../support/fixtures'

let payload: Payload
let firstRun: SeedTally
const lines: string[] = []

beforeAll(async () => {
  payload = await startTestCms()
  firstRun = await seed(payload, (line) => lines.push(line))
})

afterAll(async () => {
  await stopTestCms(payload)
})

type LexicalNode = {
  type: string
  tag?: string
  listType?: string
  text?: string
  children?: LexicalNode[]
}

function nodesOf(root: LexicalNode): LexicalNode[] {
  return [root, ...(root.children ?? []).flatMap(nodesOf)]
}

function textOf(node: LexicalNode): string {
  return node.text ?? (node.children ?? []).map(textOf).join(node.type === 'root' ? '\n' : '')
}

describe('seed', () => {
  it('loads every kind of content, with progress output', async () => {
    const content = await loadContent()
    expect(firstRun.created.branches).toBe(content.branches.length)
    expect(firstRun.created.news).toBe(content.news.length)
    expect(firstRun.created.events).toBe(content.events.length)
    expect(firstRun.created.documents).toBe(content.documents.length + 1)
    expect(firstRun.created.items).toBe(content.items.length)
    expect(firstRun.created.pages).toBe(content.pages.length)
    expect(firstRun.created['digital-collections']).toBe(2)
    expect(lines.some((line) => /новини\s+\d+\/\d+/.test(line))).toBe(true)
  })

  it('seeds at least 40 sample events in every branch, for every audience, with changed dates', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: true,
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThanOrEqual(40)
    expect(docs.every((doc) => doc.isSample)).toBe(true)
    const branchCount = (await payload.count({ collection: 'branches', overrideAccess: true }))
      .totalDocs
    expect(new Set(docs.flatMap((doc) => doc.branches ?? [])).size).toBe(branchCount)
    expect(new Set(docs.flatMap((doc) => doc.audiences)).size).toBe(5)
    const kinds = new Set(docs.flatMap((doc) => (doc.changes ?? []).map((change) => change.kind)))
    expect([...kinds]).toEqual(expect.arrayContaining(['cancelled', 'moved', 'full']))
    expect(docs.some((doc) => doc.venue === 'online')).toBe(true)
    expect(docs.some((doc) => doc.schedule.frequency === 'monthly')).toBe(true)
    expect(docs.some((doc) => doc.schedule.kind === 'span')).toBe(true)
  })

  it('meets the minimums: 12 branches, 30 news, 5 documents with PDFs, 2 collections with 40 items', async () => {
    expect(
      (await payload.count({ collection: 'branches', overrideAccess: true })).totalDocs,
    ).toBeGreaterThanOrEqual(12)
    expect(
      (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs,
    ).toBeGreaterThanOrEqual(30)
    const withPdf = await payload.find({
      collection: 'documents',
      where: { attachments: { exists: true } },
      depth: 1,
      overrideAccess: true,
      limit: 100,
    })
    const pdfDocuments = withPdf.docs.filter((doc) =>
      (doc.attachments ?? []).some(
        (file) => typeof file === 'object' && file.mimeType === 'application/pdf',
      ),
    )
    expect(pdfDocuments.length).toBeGreaterThanOrEqual(5)
    const items = await payload.find({
      collection: 'items',
      depth: 0,
      overrideAccess: true,
      limit: 1000,
    })
    expect(items.totalDocs).toBeGreaterThanOrEqual(40)
    for (const item of items.docs) {
      expect(item.images?.length, item.identifier).toBeGreaterThan(0)
      expect(item).toMatchObject({
        identifier: expect.any(String),
        type: expect.any(String),
        startYear: expect.any(Number),
      })
    }
  })

  it('seeds English versions: programme, about and contacts, every branch, 10 news, 2 collections with their items', async () => {
    const english = async (
      collection: 'news' | 'pages' | 'branches' | 'digital-collections' | 'items' | 'documents',
      field: string,
    ) => {
      const { docs } = await payload.find({
        collection,
        locale: 'en',
        pagination: false,
        depth: 0,
        ...as(undefined),
      })
      const rows = docs as unknown as Record<string, unknown>[]
      return { all: rows.length, translated: rows.filter((doc) => Boolean(doc[field])) }
    }
    const news = await english('news', 'title')
    expect(news.translated.length).toBeGreaterThanOrEqual(10)
    const pages = await english('pages', 'title')
    expect(pages.translated.map((page) => page.slug).sort()).toEqual(['about-us', 'contacts'])
    const branches = await english('branches', 'name')
    expect(branches.translated.length).toBe(branches.all)
    const collections = await english('digital-collections', 'title')
    expect(collections.translated.length).toBe(2)
    const items = await english('items', 'description')
    expect(items.translated.length).toBe(items.all)
    const documents = await english('documents', 'titleTranslation')
    expect(documents.translated.map((doc) => doc.type)).toEqual(['programme'])
    // Nothing Ukrainian pretends to be English: every English title is in Latin letters.
    for (const doc of [...news.translated, ...pages.translated, ...branches.translated])
      expect(JSON.stringify(doc.title ?? doc.name)).not.toMatch(/[а-яіїєґ]/i)
  })

  it('running it again changes nothing', async () => {
    const before = await payload.find({
      collection: 'news',
      depth: 0,
      overrideAccess: true,
      limit: 1000,
      sort: 'id',
    })
    const mediaBefore = (await payload.count({ collection: 'media', overrideAccess: true }))
      .totalDocs
    const second = await seed(payload, () => undefined)
    expect(second.totalCreated).toBe(0)
    const after = await payload.find({
      collection: 'news',
      depth: 0,
      overrideAccess: true,
      limit: 1000,
      sort: 'id',
    })
    expect(after.docs.map((doc) => [doc.id, doc.updatedAt])).toEqual(
      before.docs.map((doc) => [doc.id, doc.updatedAt]),
    )
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      mediaBefore,
    )
  })

  it('loads the development programme as structured rich text, expired by its dates', async () => {
    const { docs } = await payload.find({
      collection: 'documents',
      where: { type: { equals: 'programme' } },
      ...as(undefined),
    })
    const programme = docs[0]!
    expect(programme).toMatchObject({
      validFrom: expect.stringMatching(/^2016-01-01/),
      validTo: expect.stringMatching(/^2021-12-31/),
      status: 'expired',
      isSample: false,
    })
    const nodes = nodesOf((programme.body as unknown as { root: LexicalNode }).root)
    expect(nodes.filter((node) => node.type === 'heading').map(textOf)).toEqual([
      'І. Загальні положення',
      'ІІ. Завдання',
      'ІІІ. Пріоритети',
      'IV. Бачення',
      'V. Очікувані результати',
    ])
    const ordered = nodes.filter((node) => node.type === 'list' && node.listType === 'number')
    expect(ordered).toHaveLength(1)
    expect(ordered[0]!.children).toHaveLength(4)
    expect(nodes.filter((node) => node.type === 'list' && node.listType === 'bullet').length).toBe(
      3,
    )
  })

  it('keeps every sentence of the programme from the shared seed text', async () => {
    const shared = path.join(
      repoRoot,
      '..',
      'shared',
      'seed',
      'development-programme-2016-2021.txt',
    )
    const source = existsSync(shared)
      ? shared
      : path.join(contentDir, 'programme', 'development-programme-2016-2021.md')
    const { docs } = await payload.find({
      collection: 'documents',
      where: { type: { equals: 'programme' } },
      overrideAccess: true,
    })
    const text = textOf((docs[0]!.body as unknown as { root: LexicalNode }).root).replace(
      /\s+/g,
      ' ',
    )
    const sentences = (await readFile(source, 'utf8'))
      .split('\n')
      .map((line) => line.replace(/^[\s•#-]*(\d+\.\s+)?/, '').trim())
      .filter(
        (line) =>
          line.length > 20 &&
          !line.startsWith('Share on') &&
          !line.startsWith('Програма розвитку ЦБС Солом’янського району на'),
      )
    expect(sentences.length).toBeGreaterThan(15)
    for (const sentence of sentences) expect(text).toContain(sentence.replace(/\s+/g, ' '))
  })

  it('publishes drafts to nobody and schedules one news item', async () => {
    const drafts = await payload.find({
      collection: 'news',
      where: { _status: { equals: 'draft' } },
      draft: true,
      overrideAccess: true,
    })
    expect(drafts.totalDocs).toBeGreaterThanOrEqual(4)
    const publicTitles = (
      await payload.find({ collection: 'news', limit: 1000, ...as(undefined) })
    ).docs.map((doc) => doc.title)
    for (const draft of drafts.docs) expect(publicTitles).not.toContain(draft.title)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(jobs.totalDocs).toBe(1)
    // The job waits for the date the content gives, whatever today's date is.
    const samples = JSON.parse(
      await readFile(path.join(contentDir, 'samples', 'news.json'), 'utf8'),
    ) as { title: string; publishedAt: string; status: string }[]
    const scheduled = samples.filter((entry) => entry.status === 'scheduled')
    expect(scheduled).toHaveLength(1)
    expect(new Date(jobs.docs[0]!.waitUntil!).toISOString()).toBe(
      new Date(scheduled[0]!.publishedAt).toISOString(),
    )
    const scheduledNews = await payload.find({
      collection: 'news',
      where: { title: { equals: scheduled[0]!.title } },
      draft: true,
      overrideAccess: true,
    })
    expect(scheduledNews.docs.map((doc) => doc._status)).toEqual(['draft'])
    const input = jobs.docs[0]!.input as { doc?: { relationTo?: string; value?: unknown } }
    expect(input.doc?.relationTo).toBe('news')
    expect(String(input.doc?.value)).toBe(String(scheduledNews.docs[0]!.id))
  })

  it('gives branches hours with a sanitary day and holiday closures, photos with alt text', async () => {
    const { docs } = await payload.find({
      collection: 'branches',
      depth: 1,
      overrideAccess: true,
      limit: 100,
    })
    const open = docs.filter((branch) => (branch.weeklyHours ?? []).length > 0)
    expect(open.length).toBeGreaterThanOrEqual(12)
    expect(open.every((branch) => branch.sanitaryDay?.week && branch.sanitaryDay.weekday)).toBe(
      true,
    )
    expect(
      docs.some((branch) =>
        (branch.specialDays ?? []).some((day) => day.reason === 'holiday' && day.closed),
      ),
    ).toBe(true)
    for (const branch of docs) {
      for (const photo of branch.photos ?? [])
        expect(typeof photo === 'object' && photo.alt.length).toBeGreaterThan(3)
    }
  })

  it('marks samples so that one command removes them all and keeps the programme', async () => {
    await removeSamples(payload, () => undefined)
    for (const collection of [
      'branches',
      'news',
      'items',
      'digital-collections',
      'pages',
      'media',
      'files',
    ] as const) {
      expect(
        (await payload.count({ collection, overrideAccess: true })).totalDocs,
        collection,
      ).toBe(0)
    }
    const documents = await payload.find({ collection: 'documents', overrideAccess: true })
    expect(documents.docs.map((doc) => doc.type)).toEqual(['programme'])
  })
})
