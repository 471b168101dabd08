import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { definePublicForm } from '@cms/public-forms/definition'
import { publicFormEndpoints } from '@cms/public-forms/endpoint'
import { FORM_LIMITS } from '@cms/public-forms/limits'
import { FORM_ERRORS } from '@domain/public-forms/errors'
import { startTestCms, stopTestCms } from '../support/cms'
import { formBody, siteOrigin, solveProof } from '../support/publicForms'
import { restApi, type ApiResponse } from '../support/restApi'

// The shared submission path through the real REST route (guard + Payload's endpoint handling),
// with a form of this test's own that keeps what it accepts.

const received: Record<string, unknown>[] = []
const testForm = definePublicForm({
  name: 'proba',
  consent: true,
  fields: {
    name: { type: 'text', label: 'Ім’я', maxLength: 100, required: true },
    contact: { type: 'contact', label: 'Контакт', required: true },
    phone: { type: 'phone', label: 'Телефон' },
    email: { type: 'email', label: 'E-mail' },
    topic: { type: 'choice', label: 'Тема', options: ['books', 'other'], required: true },
    offers: { type: 'choices', label: 'Пропозиції', options: ['space', 'time'] },
    question: {
      type: 'text',
      label: 'Запитання',
      maxLength: 2000,
      multiline: true,
      required: true,
    },
  },
  accept(values) {
    received.push(values)
    return Promise.resolve({ message: 'Прийнято.', reference: `P-${received.length}` })
  },
})

// A fixed clock that the test moves forward (near real time: altcha-lib checks expiry itself).
let clock = Date.now()
let payload: Payload
let api: ReturnType<typeof restApi>
let address = 0

function floodForm(name: string) {
  return publicFormEndpoints([{ ...testForm, name }], { now: () => clock }).filter(
    (endpoint) => endpoint.path === `/forms/${name}`,
  )
}

beforeAll(async () => {
  payload = await startTestCms((config) => ({
    ...config,
    // Instead of the CMS's own public-form endpoints: the challenge follows this test's clock.
    endpoints: [
      ...publicFormEndpoints([testForm], { now: () => clock }),
      // The flood tests' forms, each with limits of its own (a separate set of limiters).
      ...floodForm('potik-odyn'),
      ...floodForm('potik-bahato'),
      ...(config.endpoints ?? []).filter((endpoint) => !endpoint.path.startsWith('/forms/')),
    ] as SanitizedConfig['endpoints'],
  }))
  api = restApi(payload)
}, 300_000)

afterAll(async () => {
  await stopTestCms(payload)
})

/** Each test writes from an address of its own, so one test's limits do not touch another's. */
function newAddress(): string {
  address += 1
  return `198.51.100.${address}`
}

const valid = {
  name: 'Олена Петренко',
  contact: '(044) 123-45-67',
  topic: 'books',
  question: 'Чи є у вас «Кобзар» 1840 року?',
  consent: 'on',
}

type Send = {
  fields: Record<string, unknown>
  as?: 'form' | 'json'
  from?: string
  origin?: string | null
  form?: string
}

async function send({
  fields,
  as = 'json',
  from = newAddress(),
  origin = siteOrigin,
  form = 'proba',
}: Send) {
  const headers: Record<string, string> = { 'X-Forwarded-For': from }
  if (origin !== null) headers.Origin = origin
  headers['Content-Type'] = as === 'json' ? 'application/json' : 'application/x-www-form-urlencoded'
  const body =
    as === 'json' ? JSON.stringify(fields) : formBody(fields as Record<string, string | string[]>)
  return api('POST', `/api/forms/${form}`, { body, headers })
}

/** What the page's script does: fetch a challenge, wait like a person, solve, send. */
async function withShell(from: string, wait = 5_000): Promise<Record<string, string>> {
  const response = await api('GET', '/api/forms/challenge', {
    headers: { Origin: siteOrigin, 'X-Forwarded-For': from },
  })
  expect(response.status).toBe(200)
  const { challenge, started } = response.body as { challenge: never; started: string }
  clock += wait
  return { _started: started, altcha: await solveProof(challenge), website: '' }
}

function expectRedirect(response: ApiResponse, path: string) {
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe(new URL(path, env.SITE_URL).href)
}

describe('a form sent with JavaScript (JSON)', () => {
  it('is accepted with the start time and the proof of work, values normalised', async () => {
    const from = newAddress()
    const shell = await withShell(from)
    const response = await send({
      from,
      fields: {
        ...valid,
        ...shell,
        name: '  Олена\u202e Петренко\u0000 <b>бібліотекарка</b>\n',
        phone: '8 (067) 123 45 67',
        email: ' Reader@UKR.NET ',
        offers: ['space', 'time', 'space'],
        question: 'Рядок 1\r\n\r\n\r\n\r\nРядок 2\u200f',
      },
    })
    expect(response.body).toMatchObject({ ok: true, message: 'Прийнято.' })
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe(siteOrigin)
    expect(received.at(-1)).toEqual({
      name: 'Олена Петренко <b>бібліотекарка</b>',
      contact: { kind: 'phone', value: '+380441234567' },
      phone: '+380671234567',
      email: 'Reader@ukr.net',
      topic: 'books',
      offers: ['space', 'time'],
      question: 'Рядок 1\n\nРядок 2\u200f',
    })
  })

  it('refuses a form sent sooner than a person fills it in, and a forged start time', async () => {
    const from = newAddress()
    const quick = await withShell(from, 1_000)
    const tooFast = await send({ from, fields: { ...valid, ...quick } })
    expect(tooFast.status).toBe(422)
    expect(tooFast.body).toMatchObject({
      ok: false,
      code: 'too-fast',
      message: FORM_ERRORS['too-fast'].message,
    })
    const shell = await withShell(from)
    const forged = await send({
      from,
      fields: { ...valid, ...shell, _started: `${clock - 60_000}.${'A'.repeat(43)}` },
    })
    expect(forged.body).toMatchObject({ code: 'expired' })
    clock += FORM_LIMITS.fillTime.maxMs
    const old = await send({ from, fields: { ...valid, ...shell } })
    expect(old.body).toMatchObject({ code: 'expired' })
  })

  it('accepts a proof of work once, and refuses a missing or made-up one', async () => {
    const from = newAddress()
    const shell = await withShell(from)
    const count = received.length
    expect((await send({ from, fields: { ...valid, ...shell } })).status).toBe(201)
    const replay = await send({ from, fields: { ...valid, ...shell } })
    expect(replay.body).toMatchObject({ code: 'proof' })
    const missing = await send({ from, fields: { ...valid, ...shell, altcha: '' } })
    expect(missing.body).toMatchObject({ code: 'proof' })
    const madeUp = await send({ from, fields: { ...valid, ...shell, altcha: btoa('{"x":1}') } })
    expect(madeUp.body).toMatchObject({ code: 'proof' })
    expect(received.length).toBe(count + 1)
  })

  it('names every wrong field in Ukrainian', async () => {
    const response = await send({
      fields: {
        ...valid,
        name: ' ',
        contact: 'не контакт',
        phone: '12345',
        email: 'a@b',
        topic: 'x',
        question: 'я'.repeat(2001),
      },
    })
    expect(response.status).toBe(422)
    const fields = (response.body as { fields: Record<string, string> }).fields
    expect(Object.keys(fields).sort()).toEqual([
      'contact',
      'email',
      'name',
      'phone',
      'question',
      'topic',
    ])
    expect(fields.name).toBe('«Ім’я»: обов’язкове поле.')
    expect(fields.question).toMatch(/задовгий текст — 2001 символів, можна до 2000/)
    expect(fields.phone).toMatch(/український номер/)
  })

  it('requires consent, refuses unknown fields and non-scalar values', async () => {
    const { consent: _omitted, ...withoutConsent } = valid
    expect((await send({ fields: withoutConsent })).body).toMatchObject({ code: 'consent' })
    const unknown = await send({ fields: { ...valid, role: 'admin' } })
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({ code: 'unknown-field' })
    const nested = await send({ fields: { ...valid, name: { first: 'x' } } })
    expect(nested.status).toBe(400)
    expect(nested.body).toMatchObject({ code: 'malformed' })
  })
})

describe('a form sent without JavaScript (urlencoded)', () => {
  it('is accepted without the start time and the proof, with a 303 to the confirmation page', async () => {
    const count = received.length
    const response = await send({
      as: 'form',
      fields: { ...valid, website: '', offers: ['space', 'time'] },
    })
    expectRedirect(response, '/zvernennia/nadislano/proba/')
    expect(received.length).toBe(count + 1)
    expect(received.at(-1)).toMatchObject({ offers: ['space', 'time'] })
  })

  it('sends every refusal to the site’s page for its code', async () => {
    const count = received.length
    expectRedirect(
      await send({ as: 'form', fields: { ...valid, website: 'http://spam.example' } }),
      '/zvernennia/pomylka/honeypot/',
    )
    const { consent: _omitted, ...withoutConsent } = valid
    expectRedirect(
      await send({ as: 'form', fields: withoutConsent }),
      '/zvernennia/pomylka/consent/',
    )
    expectRedirect(
      await send({ as: 'form', fields: { ...valid, contact: 'x' } }),
      '/zvernennia/pomylka/invalid/',
    )
    expectRedirect(
      await send({ as: 'form', fields: valid, origin: 'https://evil.example' }),
      '/zvernennia/pomylka/origin/',
    )
    expect(received.length).toBe(count)
  })
})

describe('malformed requests', () => {
  it('refuses a 1 MB body unread, declared or streamed', async () => {
    const big = formBody({ ...valid, question: 'я'.repeat(1024 * 1024) })
    const response = await api('POST', '/api/forms/proba', {
      body: big,
      headers: {
        Origin: siteOrigin,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': newAddress(),
      },
    })
    expectRedirect(response, '/zvernennia/pomylka/too-large/')
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 64; index += 1)
          controller.enqueue(new Uint8Array(16 * 1024).fill(97))
        controller.close()
      },
    })
    const json = await api('POST', '/api/forms/proba', {
      body: streamed,
      headers: {
        Origin: siteOrigin,
        'Content-Type': 'application/json',
        'X-Forwarded-For': newAddress(),
      },
    })
    expect(json.status).toBe(413)
    expect(json.body).toMatchObject({
      code: 'too-large',
      message: FORM_ERRORS['too-large'].message,
    })
  })

  it('refuses other content types, JSON sent as a form and a form sent as JSON', async () => {
    const headers = (type: string) => ({
      Origin: siteOrigin,
      'Content-Type': type,
      Accept: 'application/json',
      'X-Forwarded-For': newAddress(),
    })
    const text = await api('POST', '/api/forms/proba', {
      body: 'hello',
      headers: headers('text/plain'),
    })
    expect(text.status).toBe(415)
    expect(text.body).toMatchObject({ code: 'content-type' })
    const jsonAsForm = await api('POST', '/api/forms/proba', {
      body: JSON.stringify(valid),
      headers: headers('application/x-www-form-urlencoded'),
    })
    expect(jsonAsForm.status).toBe(303)
    expect(jsonAsForm.headers.get('location')).toMatch(/pomylka\/unknown-field\/$/)
    const formAsJson = await api('POST', '/api/forms/proba', {
      body: formBody(valid),
      headers: headers('application/json'),
    })
    expect(formAsJson.status).toBe(400)
    expect(formAsJson.body).toMatchObject({ code: 'malformed' })
    const notUtf8 = await api('POST', '/api/forms/proba', {
      body: new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe]),
      headers: headers('application/x-www-form-urlencoded'),
    })
    expect(notUtf8.headers.get('location')).toMatch(/pomylka\/malformed\/$/)
  })

  it('allows only the site’s origin; a Referer from the site stands in for a missing Origin', async () => {
    const evil = await send({ fields: valid, origin: 'https://evil.example' })
    expect(evil.status).toBe(403)
    expect(evil.body).toMatchObject({ code: 'origin' })
    expect((await send({ fields: valid, origin: null })).status).toBe(403)
    expect((await send({ fields: valid, origin: 'null' })).status).toBe(403)
    const referred = await api('POST', '/api/forms/proba', {
      body: JSON.stringify(valid),
      headers: {
        Referer: `${siteOrigin}/zvernennia/`,
        'Content-Type': 'application/json',
        'X-Forwarded-For': newAddress(),
      },
    })
    expect(referred.status).toBe(201)
    const challenge = await api('GET', '/api/forms/challenge', {
      headers: { Origin: 'https://evil.example' },
    })
    expect(challenge.status).toBe(403)
  })

  it('answers the CORS preflight for the site only', async () => {
    const handler = await api('OPTIONS', '/api/forms/proba', {
      headers: { Origin: siteOrigin, 'Access-Control-Request-Method': 'POST' },
    })
    expect(handler.status).toBe(204)
    expect(handler.headers.get('access-control-allow-origin')).toBe(siteOrigin)
    expect(handler.headers.get('access-control-allow-headers')).toMatch(/Content-Type/)
  })
})

describe('floods', () => {
  it('refuses 1,000 submissions a minute from one address after its allowance, unread', async () => {
    const from = newAddress()
    const count = received.length
    const statuses = new Map<number, number>()
    for (let index = 0; index < 1000; index += 1) {
      const response = await send({ from, fields: valid, form: 'potik-odyn' })
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
    // Stored: as many as the per-address allowance of stored submissions.
    expect(received.length - count).toBe(FORM_LIMITS.storedPerAddress.points)
    expect(statuses.get(201)).toBe(FORM_LIMITS.storedPerAddress.points)
    expect(statuses.get(429)).toBe(1000 - FORM_LIMITS.storedPerAddress.points)
  })

  it('stores at most the global allowance without proof when 1,000 come from many addresses', async () => {
    const count = received.length
    const responses: ApiResponse[] = []
    for (let index = 0; index < 1000; index += 1)
      responses.push(
        await send({ from: `203.0.113.${index % 250}`, fields: valid, form: 'potik-bahato' }),
      )
    const accepted = responses.filter((response) => response.status === 201).length
    expect(accepted).toBe(FORM_LIMITS.storedGlobalWithoutProof.points)
    expect(received.length - count).toBe(accepted)
    const refused = responses.filter((response) => response.status === 503)
    expect(refused.length).toBe(1000 - accepted)
    expect(refused[0]!.body).toMatchObject({ code: 'rate-global' })
    expect(refused[0]!.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})
