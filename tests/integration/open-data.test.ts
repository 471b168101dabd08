import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { buildSite } from '@cms/publisher/build'
import { book } from '@cms/registration/book'
import { seed } from '@cms/seed/seed'
import { startTestCms, stopTestCms } from '../support/cms'
import { createUser, type TestUser } from '../support/fixtures'
import { createSiteEvent, WINTER_KEY } from '../support/registrationFixtures'
import {
  validateCsv,
  validateJson,
  validatePointCollection,
  type TableSchema,
} from '../support/tableSchema'

// The real site built from the seeded sample content: the published data files agree with their
// descriptor row by row, and no personal data reaches them.
let payload: Payload
let users: TestUser[]
const outDir = path.join(env.dataDir, 'open-data-site')
const dataDir = path.join(outDir, 'vidkryti-dani')
const NOTE = 'Службова нотатка: не публікувати, телефон директорки 067-000-00-00'
/** A reader's data as registrations and the public forms keep it: none of it may be published. */
const PERSONAL = {
  registrant: 'Остап Перевірченко',
  registrantEmail: 'ostap.perevirchenko@example.org',
  registrantPhone: '+380671234987',
  registrationComment: 'Прийду з онукою, потрібен пандус',
  requester: 'Зиновія Запитальська',
  requesterEmail: 'zynoviia.zapytalska@example.net',
  requesterPhone: '+380501112299',
  requesterAddress: 'вул. Перевірна, 7, кв. 13',
  message: 'Прошу надати копію договору оренди приміщення бібліотеки',
  internalNote: 'Внутрішня примітка до звернення: заявниця телефонувала двічі',
}

/** The text files a release publishes as data (pages, images and the search index aside). */
const DATA_FILE = /\.(csv|json|geojson|ics|xml|txt)$/

const emailsIn = (text: string) => text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []

type Resource = {
  name: string
  path: string
  format: string
  mediatype: string
  encoding: string
  bytes: number
  licenses: { name: string }[]
  schema?: TableSchema
}
type Descriptor = { resources: Resource[]; licenses: { name: string }[]; created: string }

beforeAll(async () => {
  payload = await startTestCms()
  await seed(payload, () => undefined)
  users = [await createUser(payload, 'admin'), await createUser(payload, 'editor')]
  // Internal notes on published entries of every kind that feeds a data set.
  for (const collection of [
    'news',
    'documents',
    'digital-collections',
    'branches',
    'events',
  ] as const) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      limit: 3,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs)
      await payload.update({
        collection,
        id: doc.id,
        data: { editorialNotes: NOTE },
        overrideAccess: true,
        context: { skipPublish: true },
      })
  }
  // Registrations for an event date and a submission of a public form, with the reader's data.
  const event = await createSiteEvent(payload, { capacity: 20 })
  for (const [contact, contactKind] of [
    [PERSONAL.registrantEmail, 'email'],
    [PERSONAL.registrantPhone, 'phone'],
  ] as const) {
    const booked = await book(payload, {
      eventId: event.id,
      occurrence: WINTER_KEY(),
      input: {
        name: PERSONAL.registrant,
        contact,
        contactKind,
        places: 2,
        comment: PERSONAL.registrationComment,
      },
      now: new Date('2031-03-01T10:00:00Z'),
    })
    expect(booked).toMatchObject({ ok: true })
  }
  await payload.create({
    collection: 'submissions',
    data: {
      kind: 'question',
      status: 'new',
      name: PERSONAL.requester,
      email: PERSONAL.requesterEmail,
      phone: PERSONAL.requesterPhone,
      postalAddress: PERSONAL.requesterAddress,
      message: PERSONAL.message,
      internalNotes: PERSONAL.internalNote,
      receivedAt: '2026-11-20T09:00:00.000Z',
      dueAt: '2026-11-27T09:00:00.000Z',
    } as never,
    overrideAccess: true,
  })
  expect(await payload.count({ collection: 'registrations', overrideAccess: true })).toMatchObject({
    totalDocs: 2,
  })
  expect(await payload.count({ collection: 'submissions', overrideAccess: true })).toMatchObject({
    totalDocs: 1,
  })
  const built = await buildSite(env, outDir, () => undefined)
  expect(built, JSON.stringify(built)).toEqual({ ok: true })
}, 600_000)

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
  await stopTestCms(payload)
})

const descriptor = async () =>
  JSON.parse(await readFile(path.join(dataDir, 'datapackage.json'), 'utf8')) as Descriptor

describe('open data of a release', () => {
  it('describes every published data file, and nothing the descriptor names is missing', async () => {
    const { resources: all, licenses, created } = await descriptor()
    const resources = all.filter((resource) => !resource.path.startsWith('http'))
    const files = (await readdir(dataDir, { withFileTypes: true }))
      .filter(
        (entry) =>
          entry.isFile() && entry.name !== 'datapackage.json' && !entry.name.endsWith('.html'),
      )
      .map((entry) => entry.name)
      .sort()
    expect(resources.map((resource) => resource.path).sort()).toEqual(files)
    expect(files).toEqual([
      'biblioteky.csv',
      'biblioteky.geojson',
      'biblioteky.json',
      'dokumenty.csv',
      'dokumenty.json',
      'novyny.json',
      'obiekty-kolektsii.csv',
      'obiekty-kolektsii.json',
      'podii.csv',
      'podii.json',
      'zavdannia-prohramy.csv',
      'zavdannia-prohramy.json',
    ])
    expect(licenses.map((licence) => licence.name)).toEqual(['CC-BY-4.0'])
    expect(Number.isNaN(Date.parse(created))).toBe(false)
    for (const resource of resources) {
      const bytes = await readFile(path.join(dataDir, resource.path))
      expect(resource.bytes, resource.path).toBe(bytes.length)
      expect(resource.encoding).toBe('utf-8')
      // UTF-8 without a byte-order mark, as the portal's conventions ask.
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), resource.path).toBe(
        false,
      )
    }
  })

  it('every row of every file fits the schema its descriptor gives it', async () => {
    const { resources } = await descriptor()
    const problems: string[] = []
    let rows = 0
    for (const resource of resources.filter((entry) => entry.format !== 'ics')) {
      const text = await readFile(path.join(dataDir, resource.path), 'utf8')
      if (resource.format === 'geojson') {
        problems.push(...validatePointCollection(resource.path, JSON.parse(text)))
        continue
      }
      expect(resource.schema, resource.path).toBeDefined()
      const schema = resource.schema!
      if (resource.format === 'csv') {
        problems.push(...validateCsv(resource.path, text, schema))
      } else {
        const data = JSON.parse(text) as unknown[]
        rows += data.length
        problems.push(...validateJson(resource.path, data, schema))
      }
    }
    expect(problems).toEqual([])
    expect(rows).toBeGreaterThan(50)
  })

  it('a data set has the same rows in CSV and JSON', async () => {
    for (const name of [
      'biblioteky',
      'dokumenty',
      'obiekty-kolektsii',
      'podii',
      'zavdannia-prohramy',
    ]) {
      const json = JSON.parse(
        await readFile(path.join(dataDir, `${name}.json`), 'utf8'),
      ) as unknown[]
      const csv = (await readFile(path.join(dataDir, `${name}.csv`), 'utf8'))
        .trimEnd()
        .split('\r\n')
      expect(json.length, name).toBeGreaterThan(0)
      // Cells may hold line breaks, so count records by the parser the validator uses.
      expect((parse(csv.join('\r\n')) as unknown[]).length - 1, name).toBe(json.length)
    }
  })

  it('publishes only the record of items whose rights forbid reuse', async () => {
    const items = JSON.parse(
      await readFile(path.join(dataDir, 'obiekty-kolektsii.json'), 'utf8'),
    ) as Record<string, unknown>[]
    const closed = items.filter((item) => item.content_open === false)
    const open = items.filter((item) => item.content_open === true)
    expect(closed.length).toBeGreaterThan(0)
    expect(open.length).toBeGreaterThan(0)
    for (const item of closed) {
      expect(item, String(item.identifier)).toMatchObject({
        images: [],
        iiif_manifest: null,
        transcription: null,
      })
      expect(String(item.rights_uri)).not.toMatch(/\/(NKC|NoC-US)\//)
    }
    for (const item of open) expect(String(item.rights_uri)).toMatch(/\/(NKC|NoC-US)\//)
  })

  it('lists the events’ iCal feeds: the network’s, each branch’s and each audience’s, all in the release', async () => {
    const { resources } = await descriptor()
    const feeds = resources.filter((resource) => resource.format === 'ics')
    const { totalDocs: branchCount } = await payload.count({
      collection: 'branches',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    // The network's feed, then one per published branch and one per audience.
    expect(feeds.length).toBeGreaterThan(branchCount + 1)
    expect(new URL(feeds[0]!.path).pathname).toBe('/podii/kalendar.ics')
    const page = await readFile(path.join(dataDir, 'index.html'), 'utf8')
    for (const feed of feeds) {
      expect(feed).toMatchObject({ mediatype: 'text/calendar', encoding: 'utf-8' })
      expect(feed.licenses.map((licence) => licence.name)).toEqual(['CC-BY-4.0'])
      const address = new URL(feed.path)
      expect(address.origin).toBe(new URL(env.SITE_URL).origin)
      const text = await readFile(path.join(outDir, address.pathname), 'utf8')
      expect(text.startsWith('BEGIN:VCALENDAR'), feed.path).toBe(true)
      expect(page, feed.path).toContain(`href="${address.pathname}"`)
    }
  })

  it('the programme data set has every task for every year, with the counts its page shows', async () => {
    const rows = JSON.parse(
      await readFile(path.join(dataDir, 'zavdannia-prohramy.json'), 'utf8'),
    ) as Record<string, string | number>[]
    const { docs: tasks } = await payload.find({
      collection: 'programme-tasks',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(tasks.length).toBeGreaterThan(0)
    expect([...new Set(rows.map((row) => row.task))].sort()).toEqual(
      tasks.map((task) => task.slug).sort(),
    )
    let eventsHeld = 0
    for (const task of tasks) {
      const own = rows.filter((row) => row.task === task.slug)
      const years = own.map((row) => Number(row.year))
      // Consecutive years, each once.
      expect(years, task.slug!).toEqual(years.map((_, index) => years[0]! + index))
      const sum = (key: string) => own.reduce((total, row) => total + Number(row[key]), 0)
      eventsHeld += sum('events_held')
      const { totalDocs: news } = await payload.count({
        collection: 'news',
        where: { _status: { equals: 'published' }, programmeTasks: { contains: task.id } },
        overrideAccess: true,
      })
      expect(sum('news_published'), task.slug!).toBe(news)
      // The task page's «Усього» row: events held, news, collection items.
      const html = await readFile(path.join(outDir, 'prohrama', task.slug!, 'index.html'), 'utf8')
      const footer = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)?.[1]
      const totals = footer
        ? [...footer.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((match) => Number(match[1]))
        : [0, 0, 0]
      expect([sum('events_held'), sum('news_published'), sum('items_added')], task.slug!).toEqual(
        totals,
      )
    }
    // The sample's weekly clubs have been held: the data set does count events.
    expect(eventsHeld).toBeGreaterThan(0)
  })

  it('no personal data: no user e-mail, no internal note, no e-mail that is not a public contact', async () => {
    const branches = JSON.parse(await readFile(path.join(dataDir, 'biblioteky.json'), 'utf8')) as {
      email: string | null
    }[]
    const site = await payload.findGlobal({ slug: 'site', overrideAccess: true })
    const publicContacts = new Set(
      [...branches.map((branch) => branch.email), site.contacts?.email].filter(
        (email): email is string => Boolean(email),
      ),
    )
    const { docs: allUsers } = await payload.find({
      collection: 'users',
      overrideAccess: true,
      limit: 100,
    })
    expect(allUsers.length).toBeGreaterThanOrEqual(users.length)
    const onPublicPages = new Set<string>()
    for (const entry of await readdir(outDir, { withFileTypes: true, recursive: true }))
      if (entry.isFile() && entry.name.endsWith('.html'))
        for (const email of emailsIn(
          await readFile(path.join(entry.parentPath, entry.name), 'utf8'),
        ))
          onPublicPages.add(email)
    // Every data file of the release, not only the open data folder: feeds, status, search
    // records, IIIF manifests, the sitemap…
    const files = (await readdir(outDir, { withFileTypes: true, recursive: true }))
      .filter((entry) => entry.isFile() && DATA_FILE.test(entry.name))
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    expect(files.filter((file) => file.startsWith('vidkryti-dani/')).length).toBeGreaterThan(10)
    expect(files).toContain('podii/kalendar.ics')
    expect(files).toContain('biblioteky/status.json')
    for (const file of files) {
      const text = await readFile(path.join(outDir, file), 'utf8')
      for (const user of allUsers) expect(text, file).not.toContain(user.email)
      expect(text, file).not.toContain('Службова нотатка')
      expect(text, file).not.toContain('editorialNotes')
      for (const value of Object.values(PERSONAL)) expect(text, file).not.toContain(value)
      // The open data sets hold only the network's public contacts; a feed of whole news items
      // may also carry an address an editor wrote into a published text, as its page does.
      const allowed = file.startsWith('vidkryti-dani/') ? publicContacts : onPublicPages
      expect(
        emailsIn(text).filter((email) => !publicContacts.has(email) && !allowed.has(email)),
        file,
      ).toEqual([])
    }
  })

  it('no reader’s data on any page either', async () => {
    const pages = (await readdir(outDir, { withFileTypes: true, recursive: true })).filter(
      (entry) => entry.isFile() && entry.name.endsWith('.html'),
    )
    expect(pages.length).toBeGreaterThan(100)
    for (const entry of pages) {
      const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8')
      for (const value of Object.values(PERSONAL))
        expect(text, path.relative(outDir, path.join(entry.parentPath, entry.name))).not.toContain(
          value,
        )
    }
  })
})
