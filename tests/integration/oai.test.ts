import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { oaiEndpoints } from '@cms/oai/endpoint'
import { handleOaiRequest } from '@cms/oai/protocol'
import { OaiRepository, oaiIdentifier } from '@cms/oai/repository'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createImage } from '../support/fixtures'

const execFileAsync = promisify(execFile)

type HarvestResult = { ok: true; result: unknown } | { ok: false; code?: string; message: string }

/** Harvests with the `oai-pmh` client from npm, in its own Node process (see oaiHarvest.mjs). */
async function harvest<T>(command: string, args: Record<string, string> = {}): Promise<T> {
  const { stdout } = await execFileAsync(process.execPath, [
    path.join(import.meta.dirname, '..', 'support', 'oaiHarvest.mjs'),
    baseUrl,
    command,
    JSON.stringify(args),
  ])
  const outcome = JSON.parse(stdout) as HarvestResult
  if (!outcome.ok) throw Object.assign(new Error(outcome.message), { code: outcome.code })
  return outcome.result as T
}

type HarvestedRecord = {
  header: { identifier: string; datestamp: string; setSpec: string | string[] }
  metadata: { 'oai_dc:dc': Record<string, string | string[]> }
}

let payload: Payload
let server: Server
let baseUrl: string
const PAGE_SIZE = 2
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

type Oai = Record<string, unknown> & {
  error?: { '#text': string; '@code': string }
  request: { '#text': string } & Record<string, string>
}

async function oai(query: string, pageSize = PAGE_SIZE): Promise<Oai> {
  const { status, xml } = await handleOaiRequest(
    new OaiRepository(payload),
    [...new URLSearchParams(query)],
    { baseUrl: 'http://localhost:3000/api/oai', pageSize },
  )
  expect(status).toBe(200)
  expect(XMLValidator.validate(xml)).toBe(true)
  return (parser.parse(xml) as { 'OAI-PMH': Oai })['OAI-PMH']
}

async function errorCode(query: string): Promise<string | undefined> {
  return (await oai(query)).error?.['@code']
}

async function createItem(
  identifier: string,
  collections: number[],
  status: 'published' | 'draft' = 'published',
  extra: Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'items',
    draft: status === 'draft',
    data: {
      identifier,
      title: `Об’єкт ${identifier}`,
      type: 'photo',
      collections,
      _status: status,
      ...extra,
    },
    overrideAccess: true,
  })
}

let firstStamp: string

beforeAll(async () => {
  payload = await startTestCms()
  const branch = await createBranch(payload, 'Центральна районна бібліотека')
  const photos = await payload.create({
    collection: 'digital-collections',
    data: {
      title: 'Старі світлини',
      slug: 'svitlyny',
      defaultRights: 'NoC-US',
      _status: 'published',
    },
    overrideAccess: true,
  })
  const maps = await payload.create({
    collection: 'digital-collections',
    data: { title: 'Мапи', slug: 'mapy', _status: 'published' },
    overrideAccess: true,
  })
  const hidden = await payload.create({
    collection: 'digital-collections',
    data: { title: 'Чернетка колекції', slug: 'chernetka', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  const first = await createItem('OAI-0001', [photos.id], 'published', {
    creator: 'Невідомий автор',
    dateWritten: 'близько 1910',
    subjects: ['Залізниця', 'Вокзал'],
    places: ['Солом’янка'],
    description: 'Вокзал & площа <до перебудови>',
    source: { branch: branch.id, shelfMark: 'КФ-001' },
    language: 'zxx',
    images: [{ image: (await createImage(payload)).id }],
  })
  firstStamp = first.updatedAt
  for (const n of [2, 3, 4]) await createItem(`OAI-000${n}`, [photos.id])
  await createItem('OAI-0005', [maps.id, photos.id], 'published', { rights: 'InC' })
  await createItem('OAI-0006', [photos.id], 'draft')
  await createItem('OAI-0007', [hidden.id])
  // Six published items: pages of two, since the npm client cannot read a page of one record.
  await createItem('OAI-0008', [photos.id])

  // A small HTTP server in front of the protocol, with short pages so harvesting must resume.
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    void handleOaiRequest(new OaiRepository(payload), [...url.searchParams], {
      baseUrl: `${baseUrl}`,
      pageSize: PAGE_SIZE,
    }).then(({ status, xml }) => {
      res.writeHead(status, { 'Content-Type': 'text/xml; charset=utf-8' })
      res.end(xml)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/oai`
})

afterAll(async () => {
  server?.close()
  await stopTestCms(payload)
})

describe('harvesting with an OAI-PMH client', () => {
  it('identifies the repository', async () => {
    const identify = await harvest<Record<string, unknown>>('identify')
    expect(identify).toMatchObject({
      baseURL: baseUrl,
      protocolVersion: '2.0',
      deletedRecord: 'no',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    })
    expect(identify.earliestDatestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  })

  it('lists the published collections as sets', async () => {
    const sets = await harvest<{ setSpec: string }[]>('listSets')
    expect(sets.map((set) => set.setSpec).sort()).toEqual(['mapy', 'svitlyny'])
  })

  it('harvests every published item across resumption tokens, never drafts', async () => {
    const headers = await harvest<{ identifier: string }[]>('listIdentifiers', {
      metadataPrefix: 'oai_dc',
    })
    const identifiers = headers.map((header) => header.identifier)
    expect(identifiers.sort()).toEqual(
      ['OAI-0001', 'OAI-0002', 'OAI-0003', 'OAI-0004', 'OAI-0005', 'OAI-0008'].map(oaiIdentifier),
    )
  })

  it('gives oai_dc records per set', async () => {
    const records = await harvest<HarvestedRecord[]>('listRecords', {
      metadataPrefix: 'oai_dc',
      set: 'svitlyny',
    })
    expect(records).toHaveLength(6)
    const first = records.find((record) => record.header.identifier === oaiIdentifier('OAI-0001'))!
    const dc = first.metadata['oai_dc:dc']
    expect(dc['dc:title']).toBe('Об’єкт OAI-0001')
    expect(dc['dc:date']).toEqual(['близько 1910', '1905/1915'])
    expect(dc['dc:type']).toEqual(['StillImage', 'Фотографія'])
    expect(dc['dc:subject']).toEqual(['Залізниця', 'Вокзал'])
    expect(dc['dc:coverage']).toBe('Солом’янка')
    expect(dc['dc:relation']).toEqual([
      'Старі світлини',
      'http://localhost:4321/iiif/items/OAI-0001/manifest.json',
    ])
    expect(dc['dc:description']).toBe('Вокзал & площа <до перебудови>')
    expect(dc['dc:source']).toBe('Центральна районна бібліотека, шифр КФ-001')
    expect(dc['dc:rights']).toEqual([
      'http://rightsstatements.org/vocab/NoC-US/1.0/',
      'Не охороняється у США',
    ])
    expect(dc['dc:identifier']).toEqual([
      'http://localhost:4321/kolektsii/svitlyny/OAI-0001/',
      'OAI-0001',
    ])
    const both = records.find((record) => record.header.identifier === oaiIdentifier('OAI-0005'))!
    expect(both.header.setSpec).toEqual(['mapy', 'svitlyny'])
    expect(both.metadata['oai_dc:dc']['dc:rights']).toContain(
      'http://rightsstatements.org/vocab/InC/1.0/',
    )
  })

  it('gets one record, and refuses a draft or unknown one', async () => {
    const record = await harvest('getRecord', {
      identifier: oaiIdentifier('OAI-0002'),
      metadataPrefix: 'oai_dc',
    })
    expect(record).toMatchObject({ header: { identifier: oaiIdentifier('OAI-0002') } })
    await expect(
      harvest('getRecord', { identifier: oaiIdentifier('OAI-0006'), metadataPrefix: 'oai_dc' }),
    ).rejects.toMatchObject({ code: 'idDoesNotExist' })
  })
})

describe('the protocol', () => {
  it('pages with resumption tokens carrying completeListSize and cursor', async () => {
    const first = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc')
    const list = first.ListIdentifiers as {
      header: unknown[]
      resumptionToken: { '#text': string; '@completeListSize': string; '@cursor': string }
    }
    expect(list.header).toHaveLength(2)
    expect(list.resumptionToken['@completeListSize']).toBe('6')
    expect(list.resumptionToken['@cursor']).toBe('0')
    const second = await oai(
      `verb=ListIdentifiers&resumptionToken=${list.resumptionToken['#text']}`,
    )
    expect((second.request as Record<string, string>)['@resumptionToken']).toBe(
      list.resumptionToken['#text'],
    )
    const third = (
      await oai(
        `verb=ListIdentifiers&resumptionToken=${
          (second.ListIdentifiers as { resumptionToken: { '#text': string } }).resumptionToken[
            '#text'
          ]
        }`,
      )
    ).ListIdentifiers as { header: unknown; resumptionToken: Record<string, string> }
    // The last page ends with an empty token.
    expect(third.resumptionToken['#text']).toBeUndefined()
    expect(third.resumptionToken['@cursor']).toBe('4')
  })

  it('selects by datestamp', async () => {
    const day = firstStamp.slice(0, 10)
    expect(
      (await oai(`verb=ListIdentifiers&metadataPrefix=oai_dc&from=${day}&until=${day}`, 100))
        .ListIdentifiers,
    ).toBeDefined()
    expect(await errorCode('verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01')).toBe(
      'noRecordsMatch',
    )
    expect(await errorCode('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01')).toBe(
      'noRecordsMatch',
    )
    const exact = `${firstStamp.slice(0, 19)}Z`
    const atFirst = (await oai(
      `verb=ListIdentifiers&metadataPrefix=oai_dc&from=${exact}&until=${exact}`,
      100,
    )) as unknown as {
      ListIdentifiers: { header: { identifier: string } | { identifier: string }[] }
    }
    const headers = [atFirst.ListIdentifiers.header].flat()
    expect(headers.map((header) => header.identifier)).toContain(oaiIdentifier('OAI-0001'))
  })

  it('answers every error code where the protocol asks for it', async () => {
    expect(await errorCode('')).toBe('badVerb')
    expect(await errorCode('verb=Harvest')).toBe('badVerb')
    expect(await errorCode('verb=Identify&verb=Identify')).toBe('badVerb')
    expect(await errorCode('verb=Identify&extra=1')).toBe('badArgument')
    expect(await errorCode('verb=ListRecords')).toBe('badArgument')
    expect(await errorCode('verb=GetRecord&metadataPrefix=oai_dc')).toBe('badArgument')
    expect(await errorCode('verb=ListRecords&metadataPrefix=oai_dc&from=25.11.2026')).toBe(
      'badArgument',
    )
    expect(await errorCode('verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-30')).toBe(
      'badArgument',
    )
    expect(
      await errorCode(
        'verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-12-31T00:00:00Z',
      ),
    ).toBe('badArgument')
    expect(
      await errorCode('verb=ListRecords&metadataPrefix=oai_dc&from=2026-12-01&until=2026-01-01'),
    ).toBe('badArgument')
    expect(await errorCode('verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc')).toBe(
      'badArgument',
    )
    expect(await errorCode('verb=ListRecords&metadataPrefix=marc21')).toBe(
      'cannotDisseminateFormat',
    )
    expect(
      await errorCode(
        `verb=GetRecord&metadataPrefix=marc21&identifier=${oaiIdentifier('OAI-0001')}`,
      ),
    ).toBe('cannotDisseminateFormat')
    expect(
      await errorCode(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiIdentifier('NOPE-1')}`),
    ).toBe('idDoesNotExist')
    expect(await errorCode('verb=GetRecord&metadataPrefix=oai_dc&identifier=OAI-0001')).toBe(
      'idDoesNotExist',
    )
    expect(
      await errorCode(`verb=ListMetadataFormats&identifier=${oaiIdentifier('OAI-0007')}`),
    ).toBe('idDoesNotExist')
    expect(await errorCode('verb=ListRecords&metadataPrefix=oai_dc&set=chernetka')).toBe(
      'noRecordsMatch',
    )
    expect(await errorCode('verb=ListRecords&resumptionToken=not-a-token')).toBe(
      'badResumptionToken',
    )
    const listToken = Buffer.from(
      JSON.stringify({ v: 1, verb: 'ListIdentifiers', metadataPrefix: 'oai_dc', cursor: 2 }),
    ).toString('base64url')
    // A token of another verb is not valid here.
    expect(await errorCode(`verb=ListRecords&resumptionToken=${listToken}`)).toBe(
      'badResumptionToken',
    )
    expect(await errorCode('verb=ListSets&resumptionToken=x')).toBe('badResumptionToken')
    // badVerb and badArgument responses do not echo the arguments.
    const { xml } = await handleOaiRequest(new OaiRepository(payload), [['verb', 'ListRecords']], {
      baseUrl: 'http://localhost:3000/api/oai',
    })
    expect(xml).toContain('<request>http://localhost:3000/api/oai</request>')
  })

  it('answers through the Payload endpoint with XML over GET and POST', async () => {
    const [get, post] = oaiEndpoints
    const request = (query: string, body?: string) =>
      ({
        payload,
        url: `http://localhost:3000/api/oai?${query}`,
        text: () => Promise.resolve(body ?? ''),
      }) as unknown as PayloadRequest
    const response = await get!.handler(request('verb=Identify'))
    expect(response.headers.get('Content-Type')).toBe('text/xml; charset=utf-8')
    expect(await response.text()).toContain('<repositoryName>')
    const posted = await post!.handler(request('', 'verb=ListSets'))
    expect(await posted.text()).toContain('<setSpec>mapy</setSpec>')
  })

  it('gives no set hierarchy when there are no published collections', async () => {
    const empty = {
      sets: () => Promise.resolve([]),
      publisher: () => Promise.resolve('x'),
    } as unknown as OaiRepository
    const { xml } = await handleOaiRequest(empty, [['verb', 'ListSets']], { baseUrl: 'http://x/' })
    expect(xml).toContain('code="noSetHierarchy"')
  })
})
