import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { guardGraphQL } from '@cms/api-guard/guard'
import { ANONYMOUS_LIMITS } from '@cms/api-guard/limits'
import config from '@cms/payload.config'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createUser, pdfBytes, pngBytes } from '../support/fixtures'
import { errorMessage, restApi, tokenFor, type ApiResponse } from '../support/restApi'

let payload: Payload
let api: ReturnType<typeof restApi>
let editorToken: string

beforeAll(async () => {
  payload = await startTestCms()
  api = restApi(payload)
  const branch = await createBranch(payload, 'Бібліотека для API')
  for (let index = 0; index < 3; index += 1)
    await payload.create({
      collection: 'news',
      data: { title: `Новина ${index}`, branches: [branch.id], _status: 'published' } as never,
      overrideAccess: true,
    })
  const editor = await createUser(payload, 'editor')
  editorToken = await tokenFor(payload, editor.email as string)
})

afterAll(async () => {
  await stopTestCms(payload)
})

/** A 4xx that says what is wrong, never Payload's «Something went wrong». */
function expectClientError(response: ApiResponse, status = 400) {
  expect(response.status).toBe(status)
  expect(errorMessage(response)).not.toMatch(/something went wrong/i)
  expect(errorMessage(response).length).toBeGreaterThan(10)
}

// Each of these gave a 500 from Payload 3.90.2 (found by trying every query parameter).
const MALFORMED = [
  '/api/news?where=not-json',
  '/api/news?where=123',
  '/api/news?where[title][equals][a]=x',
  '/api/news?where[publishedAt][equals]=not-a-date',
  '/api/news?where[title][near]=1,2,3',
  '/api/news?where=%7B%22title%22%3A%7B%22like%22%3A%22%00%22%7D%7D',
  '/api/news?where[title]=x',
  '/api/news?where[title][bogus]=x',
  '/api/news?limit[a]=1',
  '/api/news?limit=abc',
  '/api/news?page=1.5',
  '/api/news?depth=-1',
  '/api/news?sort[a]=1',
  '/api/news?select=x',
  '/api/news?populate[branches]=x',
  '/api/news?joins=x',
  '/api/news?locale[a]=1',
  '/api/news?draft=maybe',
  '/api/news?data=not-json',
  '/api/news/count?where=not-json',
  '/api/news/versions?where=not-json',
  '/api/items?where=not-json',
  '/api/media?where=not-json',
  '/api/files?sort=%00',
  '/api/pages?where[and]=x',
  '/api/globals/site?depth=abc',
  '/api/users/me?depth=x',
]

describe('malformed requests get a 4xx with a message', () => {
  for (const url of MALFORMED) {
    it(`GET ${url}`, async () => {
      expectClientError(await api('GET', url))
      expectClientError(await api('GET', url, { token: editorToken }))
    })
  }

  it('answers an id that cannot exist with 404, not 500', async () => {
    for (const url of ['/api/news/abc', '/api/news/%00', '/api/items/1e3'])
      expectClientError(await api('GET', url, { token: editorToken }), 404)
    // Payload reads the version's id as a number first and answers a non-number itself.
    expectClientError(await api('GET', '/api/news/versions/abc', { token: editorToken }), 400)
  })

  it('refuses writes with a malformed query or a body that is neither JSON nor a form', async () => {
    const json = { 'Content-Type': 'application/json' }
    for (const method of ['PATCH', 'DELETE'])
      expectClientError(
        await api(method, '/api/news?where=not-json', {
          token: editorToken,
          headers: json,
          body: method === 'PATCH' ? '{"title":"x"}' : undefined,
        }),
      )
    expectClientError(await api('POST', '/api/news', { token: editorToken, body: 'title=x' }), 415)
    expectClientError(
      await api('POST', '/api/news', { token: editorToken, headers: json, body: '{bad' }),
    )
  })

  it('still answers well-formed queries', async () => {
    const response = await api(
      'GET',
      '/api/news?where[title][like]=Новина&sort=-publishedAt&limit=2',
    )
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ totalDocs: 3, limit: 2 })
  })
})

/** A multipart upload as a browser sends it. */
function uploadForm(name: string, bytes: Buffer, type: string, data: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(bytes)], name, { type }))
  form.append('_payload', JSON.stringify(data))
  return form
}

describe('uploaded file names', () => {
  const cases = [
    { collection: 'media', type: 'image/png', ext: 'png', data: { alt: 'Тестове зображення' } },
    { collection: 'files', type: 'application/pdf', ext: 'pdf', data: { title: 'Тестовий файл' } },
  ] as const
  const bytes = (ext: string) => (ext === 'png' ? pngBytes() : pdfBytes())

  for (const { collection, type, ext, data } of cases) {
    it(`${collection}: a NUL in the name sent over REST gets a 400 with a message`, async () => {
      const form = uploadForm(`nul\u0000name.${ext}`, await bytes(ext), type, data)
      const response = await api('POST', `/api/${collection}`, { token: editorToken, body: form })
      expectClientError(response)
      expect(errorMessage(response)).toMatch(/назва файлу/)
    })

    it(`${collection}: direction overrides and control characters are stripped from the name`, async () => {
      const form = uploadForm(`invoice\u202Efdp.${ext}`, await bytes(ext), type, data)
      const response = await api('POST', `/api/${collection}`, { token: editorToken, body: form })
      expect(response.status).toBe(201)
      expect((response.body.doc as { filename: string }).filename).toBe(`invoicefdp.${ext}`)

      const file = await bytes(ext)
      const doc = await payload.create({
        collection,
        data: data as never,
        file: { data: file, mimetype: type, name: `ctl\u0000x\u2066y.${ext}`, size: file.length },
        overrideAccess: true,
      })
      expect(doc.filename).toBe(`ctlxy.${ext}`)
    })
  }
})

describe('the anonymous API has bounded cost', () => {
  it('caps limit, depth and page for anonymous clients and says so', async () => {
    for (const url of [
      `/api/news?limit=${ANONYMOUS_LIMITS.maxLimit + 1}`,
      '/api/news?limit=0',
      '/api/news?pagination=false',
      `/api/news?depth=${ANONYMOUS_LIMITS.maxDepth + 1}`,
      `/api/news?page=${ANONYMOUS_LIMITS.maxPage + 1}`,
    ]) {
      const response = await api('GET', url)
      expectClientError(response)
      expect(errorMessage(response)).toMatch(/Без входу/)
    }
    expect((await api('GET', `/api/news?limit=${ANONYMOUS_LIMITS.maxLimit}&depth=2`)).status).toBe(
      200,
    )
  })

  it('bounds the size of an anonymous where', async () => {
    const conditions = Array.from(
      { length: ANONYMOUS_LIMITS.maxWhereConditions + 1 },
      (_, index) => `where[or][${index}][title][equals]=${index}`,
    ).join('&')
    expectClientError(await api('GET', `/api/news?${conditions}`))
    expect((await api('GET', `/api/news?${conditions}`, { token: editorToken })).status).toBe(200)
  })

  it('lets signed-in editors ask for more', async () => {
    const response = await api('GET', '/api/news?limit=500&depth=5&pagination=false', {
      token: editorToken,
    })
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(3)
  })

  it('treats a forged token as anonymous', async () => {
    const response = await api('GET', '/api/news?limit=1000', { token: 'not-a-real-token' })
    expectClientError(response)
  })

  it('limits anonymous requests per address with a 429 and Retry-After, not editors', async () => {
    const limits = { ...ANONYMOUS_LIMITS, rate: { points: 3, windowSeconds: 60 } }
    const limited = restApi(payload, { limits })
    const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } })
    for (let index = 0; index < 3; index += 1)
      expect((await limited('GET', '/api/news', from('203.0.113.7'))).status).toBe(200)
    const refused = await limited('GET', '/api/news', from('203.0.113.7'))
    expectClientError(refused, 429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    // Another address, and a signed-in editor at the same address, are not affected.
    expect((await limited('GET', '/api/news', from('203.0.113.8'))).status).toBe(200)
    expect(
      (await limited('GET', '/api/news', { ...from('203.0.113.7'), token: editorToken })).status,
    ).toBe(200)
    // A client cannot pick a fresh address by writing its own X-Forwarded-For before the proxy's.
    const spoofed = { headers: { 'X-Forwarded-For': '198.51.100.1, 203.0.113.7' } }
    expect((await limited('GET', '/api/news', spoofed)).status).toBe(429)
  })
})

describe('GraphQL', () => {
  const graphql = guardGraphQL(GRAPHQL_POST(config), {
    payload: () => Promise.resolve(payload),
    enabled: true,
  })
  const query = (token?: string) =>
    graphql(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `JWT ${token}` } : {}),
        },
        body: JSON.stringify({ query: '{ a: News(limit: 100) { docs { title } } }' }),
      }),
    )

  it('is refused to anonymous clients with a message that points to REST', async () => {
    const response = await query()
    expect(response.status).toBe(401)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toMatch(/REST/)
  })

  it('answers signed-in users', async () => {
    const response = await query(editorToken)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { data?: { a: { docs: unknown[] } } }
    expect(body).toEqual({ data: { a: { docs: expect.any(Array) } } })
    expect(body.data?.a.docs).toHaveLength(3)
  })
})
