import type { AddressInfo } from 'node:net'

import type { Payload, SanitizedConfig } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { emailAdapter } from '@cms/config/email'
import { env } from '@cms/config/env'
import { publicFormEndpoints } from '@cms/public-forms/endpoint'
import { FORM_LIMITS } from '@cms/public-forms/limits'
import { signCancelToken } from '@cms/registration/cancelToken'
import { registrationForm } from '@cms/registration/publicForm'
import { resultPath } from '@domain/registration/pages'
import { urls } from '@domain/urls/urls'
import { startTestCms, stopTestCms } from '../support/cms'
import { formBody, siteOrigin, solveProof } from '../support/publicForms'
import { restApi, type ApiResponse } from '../support/restApi'
import { createSiteEvent, WINTER_KEY } from '../support/registrationFixtures'

// Registration through the public forms' path (POST /api/forms/reiestratsiia) and its cancel
// links, through the real REST route (our API guard in front), with the CMS's mail going to a
// real SMTP server on loopback. The forms' clock (fill time, proof of work) is this test's, near
// real time; registration's clock (REGISTRATION_NOW) is fixed before the event's date.
type Received = { to: string[]; raw: string }
const received: Received[] = []
let server: SMTPServer
let payload: Payload
let api: ReturnType<typeof restApi>
let formClock = Date.now()
const KEY = WINTER_KEY()
let address = 0

beforeAll(async () => {
  process.env.REGISTRATION_NOW = '2031-03-01T10:00:00.000Z'
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  payload = await startTestCms((config) => ({
    ...config,
    email: emailAdapter({ ...env, SMTP_URL: `smtp://127.0.0.1:${port}` })!,
    endpoints: [
      ...publicFormEndpoints([registrationForm], { now: () => formClock }),
      ...(config.endpoints ?? []).filter((endpoint) => !endpoint.path.startsWith('/forms/')),
    ] as SanitizedConfig['endpoints'],
  }))
  api = restApi(payload)
}, 300_000)

afterAll(async () => {
  delete process.env.REGISTRATION_NOW
  await stopTestCms(payload)
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

beforeEach(() => {
  process.env.REGISTRATION_NOW = '2031-03-01T10:00:00.000Z'
})

/** A fresh client address per test, so the per-address limit of one test does not touch another. */
function nextAddress(): string {
  address += 1
  return `198.51.100.${address}`
}

function post(fields: Record<string, unknown>, as: 'form' | 'json' = 'json', from = nextAddress()) {
  return api('POST', '/api/forms/reiestratsiia', {
    body: as === 'json' ? JSON.stringify(fields) : formBody(fields as Record<string, string>),
    headers: {
      'Content-Type': as === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      Origin: siteOrigin,
      'X-Forwarded-For': from,
    },
  })
}

/** What the page's script does: fetch a challenge, wait like a person, solve, send. */
async function withShell(from: string): Promise<Record<string, string>> {
  const response = await api('GET', '/api/forms/challenge', {
    headers: { Origin: siteOrigin, 'X-Forwarded-For': from },
  })
  expect(response.status).toBe(200)
  const { challenge, started } = response.body as { challenge: never; started: string }
  formClock += 5_000
  return { _started: started, altcha: await solveProof(challenge), website: '' }
}

const valid = (event: number | string, extra: Record<string, string> = {}) => ({
  event: String(event),
  occurrence: KEY,
  name: 'Олена Петренко',
  contact: 'olena@example.org',
  places: '1',
  comment: '',
  consent: 'on',
  website: '',
  ...extra,
})

function expectRedirect(response: ApiResponse, path: string) {
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe(new URL(path, env.SITE_URL).href)
}

async function registrationsOf(eventId: number | string) {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { event: { equals: eventId } },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs
}

/** The decoded text of a single-part letter as nodemailer writes one (base64 or quoted-printable). */
function letterText(raw: string): string {
  const split = raw.indexOf('\r\n\r\n')
  const headers = raw.slice(0, split)
  const encoded = raw.slice(split + 4)
  if (/^Content-Transfer-Encoding: base64/im.test(headers))
    return Buffer.from(encoded, 'base64').toString('utf8')
  const bytes = encoded
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

function cancelLinkIn(raw: string): string {
  const match = /href="([^"]+registration\/cancel\?token=[^"]+)"/u.exec(letterText(raw))
  if (!match) throw new Error('no cancel link in the letter')
  return match[1]!
}

describe('registering without JavaScript', () => {
  it('a form POST stores the registration and answers 303 to the static confirmation page', async () => {
    const event = await createSiteEvent(payload, { capacity: 1, waitingList: true })
    expectRedirect(await post(valid(event.id), 'form'), resultPath('confirmed'))
    const [stored] = await registrationsOf(event.id)
    expect(stored).toMatchObject({
      name: 'Олена Петренко',
      contact: 'olena@example.org',
      status: 'confirmed',
      consentVersion: expect.any(String),
    })
    expectRedirect(
      await post(valid(event.id, { contact: '(044) 123-45-67' }), 'form'),
      resultPath('waiting'),
    )
    expect((await registrationsOf(event.id))[1]).toMatchObject({
      contact: '+380441234567',
      status: 'waiting',
    })
  })

  it('refusals go to the static page of their code', async () => {
    const event = await createSiteEvent(payload, {
      changes: [{ original: KEY, kind: 'cancelled' }],
    })
    expectRedirect(await post(valid(event.id), 'form'), urls.formError('registration-cancelled'))
    const full = await createSiteEvent(payload, { capacity: 1, waitingList: false })
    await post(valid(full.id), 'form')
    expectRedirect(await post(valid(full.id), 'form'), urls.formError('registration-full'))
    expectRedirect(
      await post(valid(full.id, { places: '5' }), 'form'),
      urls.formError('registration-over-limit'),
    )
    expectRedirect(await post(valid('999999'), 'form'), urls.formError('registration-unknown'))
    expect(await registrationsOf(event.id)).toHaveLength(0)
    expect(await registrationsOf(full.id)).toHaveLength(1)
  })
})

describe('registering with JavaScript', () => {
  it('answers JSON with the outcome and the places left, with the proof of work; CORS only for the site', async () => {
    const event = await createSiteEvent(payload, { capacity: 3, waitingList: true })
    const from = nextAddress()
    const first = await post(
      { ...valid(event.id), places: 2, consent: true, ...(await withShell(from)) },
      'json',
      from,
    )
    expect(first.status).toBe(201)
    expect(first.headers.get('access-control-allow-origin')).toBe(siteOrigin)
    expect(first.body).toMatchObject({ ok: true, status: 'confirmed', remaining: 1 })
    const second = await post(
      { ...valid(event.id), places: 2, consent: true, ...(await withShell(from)) },
      'json',
      from,
    )
    expect(second.body).toMatchObject({ ok: true, status: 'waiting', remaining: 1 })
    expect(String(second.body.message)).toMatch(/списку очікування/)
    const places = await api(
      'GET',
      `/api/registration/places?event=${event.id}&occurrence=${encodeURIComponent(KEY)}`,
      {
        headers: { Origin: siteOrigin },
      },
    )
    expect(places.body).toEqual({ remaining: 1, capacity: 3, waitingList: true })
    expect(places.headers.get('access-control-allow-origin')).toBe(siteOrigin)
    const foreign = await api('POST', '/api/forms/reiestratsiia', {
      body: JSON.stringify({ ...valid(event.id), consent: true }),
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
        'X-Forwarded-For': nextAddress(),
      },
    })
    expect(foreign.status).toBe(403)
    expect(await registrationsOf(event.id)).toHaveLength(2)
  })
})

describe('bad input', () => {
  it('HTML and control characters in names, a 10 kB comment, no consent, a filled honeypot: clear Ukrainian refusals, nothing stored', async () => {
    const event = await createSiteEvent(payload)
    const refused = async (change: Record<string, unknown>, status: number, message: RegExp) => {
      const response = await post({ ...valid(event.id), consent: true, ...change })
      expect(response.status).toBe(status)
      expect(JSON.stringify(response.body)).toMatch(message)
    }
    await refused({ name: '<script>alert(1)</script>' }, 422, /не може містити символів «<» і «>»/)
    await refused({ comment: 'я'.repeat(10_240) }, 422, /Коментар|1000/)
    await refused({ consent: false }, 422, /згод/)
    await refused({ contact: 'не телефон' }, 422, /contact/)
    await refused({ places: 'багато' }, 422, /places/)
    await refused({ website: 'http://spam.example' }, 422, /honeypot|приховане поле/)
    await refused({ name: '' }, 422, /name/)
    expect(await registrationsOf(event.id)).toHaveLength(0)
    // Control and direction-override characters are taken out; what is left is stored as text.
    const cleaned = await post({
      ...valid(event.id),
      name: 'Олена\u0000\u202e Петренко\u0007',
      consent: true,
    })
    expect(cleaned.status).toBe(201)
    expect((await registrationsOf(event.id))[0]?.name).toBe('Олена Петренко')
    // 100 kB: refused unread by the forms' body limit.
    const huge = await post({ ...valid(event.id), comment: 'x'.repeat(100_000), consent: true })
    expect(huge.status).toBe(413)
    expect(await registrationsOf(event.id)).toHaveLength(1)
  })

  it('a flood of 1,000 registrations from one address: only the per-address allowance gets through', async () => {
    const event = await createSiteEvent(payload, { capacity: 2000 })
    const from = nextAddress()
    const statuses: number[] = []
    // In waves of 50 at once, as a script would send them.
    for (let wave = 0; wave < 20; wave += 1) {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          post({ ...valid(event.id), name: `Бот ${wave}-${index}`, consent: true }, 'json', from),
        ),
      )
      statuses.push(...responses.map((response) => response.status))
    }
    const stored = FORM_LIMITS.storedPerAddress.points
    expect(statuses.filter((status) => status === 201)).toHaveLength(stored)
    // The rest: 429 from the forms' or the API's per-address limits, or 503 while the API's
    // gate for anonymous requests at once is full; none of them stored anything.
    expect(
      statuses
        .filter((status) => status !== 201)
        .every((status) => status === 429 || status === 503),
    ).toBe(true)
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(800)
    expect(await registrationsOf(event.id)).toHaveLength(stored)
    // Another address is not affected.
    expect((await post({ ...valid(event.id), consent: true })).status).toBe(201)
  }, 300_000)
})

describe('cancel links', () => {
  it('the letter’s link cancels after a confirmation, frees the place and the first waiting person is notified', async () => {
    const event = await createSiteEvent(payload, { capacity: 1, waitingList: true })
    received.length = 0
    await post({ ...valid(event.id), contact: 'first@example.org', consent: true })
    await post({
      ...valid(event.id),
      name: 'Друга Особа',
      contact: 'second@example.org',
      consent: true,
    })
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2)
    const [first, second] = await registrationsOf(event.id)
    expect([first?.status, second?.status]).toEqual(['confirmed', 'waiting'])
    const letter = received.find((message) => message.to.includes('first@example.org'))!
    const link = new URL(cancelLinkIn(letter.raw))
    // Opening the link changes nothing: it shows a button.
    const page = await raw('GET', `${link.pathname}${link.search}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Так, скасувати реєстрацію')
    expect((await registrationsOf(event.id))[0]?.status).toBe('confirmed')
    const token = link.searchParams.get('token')!
    const cancelled = await raw('POST', '/api/registration/cancel', {
      body: new URLSearchParams({ token }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: env.CMS_URL },
    })
    expect(cancelled.status).toBe(303)
    expect(cancelled.headers.get('location')).toBe(
      new URL(resultPath('cancelled'), env.SITE_URL).href,
    )
    const after = await registrationsOf(event.id)
    expect(after.map((registration) => registration.status)).toEqual(['cancelled', 'confirmed'])
    await expect
      .poll(() => received.filter((message) => message.to.includes('second@example.org')).length, {
        timeout: 10_000,
      })
      .toBe(2)
    const [waitingLetter, promotionLetter] = received.filter((message) =>
      message.to.includes('second@example.org'),
    )
    expect(letterText(waitingLetter!.raw)).toContain('списку очікування')
    expect(letterText(promotionLetter!.raw)).toContain('Для вас звільнилося місце')
    expect(letterText(promotionLetter!.raw)).toContain('Друга Особа')
  })

  it('forged, malformed and expired links are refused and cancel nothing', async () => {
    const event = await createSiteEvent(payload)
    await post({ ...valid(event.id), contact: '+380671112233', consent: true })
    const [registration] = await registrationsOf(event.id)
    const claim = { id: String(registration!.id), expiresAt: new Date(registration!.occurrenceEnd) }
    const good = signCancelToken(payload.secret, claim)
    const forged = signCancelToken('another secret', claim)
    const otherId = `${Buffer.from(String(Number(registration!.id) + 1)).toString('base64url')}.${good.split('.').slice(1).join('.')}`
    const cancel = (token: string) =>
      raw('POST', '/api/registration/cancel', {
        body: JSON.stringify({ token }),
        headers: { 'Content-Type': 'application/json' },
      })
    for (const token of [forged, otherId, 'garbage', '']) {
      const response = await cancel(token)
      expect([400, 403]).toContain(response.status)
      expect(((await response.json()) as { message: string }).message).toMatch(/недійсне/)
    }
    expect(
      (await raw('GET', `/api/registration/cancel?token=${encodeURIComponent(forged)}`)).status,
    ).toBe(403)
    // After the occurrence the good link has expired too.
    process.env.REGISTRATION_NOW = '2031-03-10T18:00:00.000Z'
    expect((await cancel(good)).status).toBe(403)
    expect((await registrationsOf(event.id))[0]?.status).toBe('confirmed')
    process.env.REGISTRATION_NOW = '2031-03-01T10:00:00.000Z'
    expect((await cancel(good)).status).toBe(200)
    expect((await registrationsOf(event.id))[0]?.status).toBe('cancelled')
  })
})

/** A response as the route gives it (the cancel page is HTML, not JSON). */
async function raw(
  method: string,
  url: string,
  init: { body?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const { handleEndpoints } = await import('payload')
  const config = (await import('@cms/payload.config')).default
  const { testCmsKey } = await import('../support/cms')
  return handleEndpoints({
    config,
    request: new Request(`${env.CMS_URL}${url}`, {
      method,
      body: init.body,
      headers: init.headers,
    }),
    payloadInstanceCacheKey: testCmsKey(payload),
  })
}
