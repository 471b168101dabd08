import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { buildSite } from '@cms/publisher/build'
import { seed } from '@cms/seed/seed'
import { startTestCms, stopTestCms } from '../support/cms'
import { createUser, type TestUser } from '../support/fixtures'
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
  for (const collection of ['news', 'documents', 'digital-collections', 'branches'] as const) {
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
    const { resources, licenses, created } = await descriptor()
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
    for (const resource of resources) {
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
    for (const name of ['biblioteky', 'dokumenty', 'obiekty-kolektsii']) {
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
    const files = (await readdir(dataDir, { withFileTypes: true })).filter((entry) =>
      entry.isFile(),
    )
    for (const file of files) {
      const text = await readFile(path.join(dataDir, file.name), 'utf8')
      for (const user of allUsers) expect(text, file.name).not.toContain(user.email)
      expect(text, file.name).not.toContain('Службова нотатка')
      expect(text, file.name).not.toContain('editorialNotes')
      const emails = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []
      expect(
        emails.filter((email) => !publicContacts.has(email)),
        file.name,
      ).toEqual([])
    }
  })
})
