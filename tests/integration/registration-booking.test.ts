import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { book, takenPlaces } from '@cms/registration/book'
import { cancelRegistration } from '@cms/registration/cancel'
import { queuedOccurrences } from '@cms/registration/occurrenceQueue'
import { deleteExpiredRegistrations } from '@cms/registration/retention'
import { REFUSAL_MESSAGES } from '@domain/registration/messages'
import ExcelJS from 'exceljs'

import { startTestCms, stopTestCms } from '../support/cms'
import { restApi, tokenFor } from '../support/restApi'
import { as, createBranch, createUser, unique } from '../support/fixtures'
import { createSiteEvent, person, WINTER_KEY } from '../support/registrationFixtures'

let payload: Payload
const KEY = WINTER_KEY()
const BEFORE = new Date('2031-03-01T10:00:00Z')

beforeAll(async () => {
  payload = await startTestCms()
})
afterAll(async () => {
  await stopTestCms(payload)
})

async function statuses(eventId: number | string) {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { event: { equals: eventId } },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs
}

describe('booking under concurrency', () => {
  it('50 simultaneous registrations for the last 5 places: exactly 5 confirmed, the rest refused', async () => {
    const event = await createSiteEvent(payload, { capacity: 10, waitingList: false })
    for (let i = 0; i < 5; i += 1)
      expect(
        await book(payload, { eventId: event.id, occurrence: KEY, input: person(1), now: BEFORE }),
      ).toMatchObject({ ok: true, status: 'confirmed' })
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        book(payload, { eventId: event.id, occurrence: KEY, input: person(1), now: BEFORE }),
      ),
    )
    expect(results.filter((result) => result.ok && result.status === 'confirmed')).toHaveLength(5)
    const refusals = results.filter((result) => !result.ok)
    expect(refusals).toHaveLength(45)
    expect(refusals.every((result) => !result.ok && result.reason === 'full')).toBe(true)
    expect(await takenPlaces(payload, event.id, KEY)).toBe(10)
    expect(await statuses(event.id)).toHaveLength(10)
    expect(queuedOccurrences()).toBe(0)
  })

  it('with a waiting list the other 45 wait, and no place is counted twice for groups', async () => {
    const event = await createSiteEvent(payload, { capacity: 12, waitingList: true })
    await book(payload, { eventId: event.id, occurrence: KEY, input: person(3), now: BEFORE })
    await book(payload, { eventId: event.id, occurrence: KEY, input: person(4), now: BEFORE })
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        book(payload, {
          eventId: event.id,
          occurrence: KEY,
          input: person(index % 2 ? 1 : 2),
          now: BEFORE,
        }),
      ),
    )
    const docs = await statuses(event.id)
    const confirmed = docs.filter((doc) => doc.status === 'confirmed')
    expect(confirmed.reduce((sum, doc) => sum + doc.places, 0)).toBeLessThanOrEqual(12)
    expect(await takenPlaces(payload, event.id, KEY)).toBe(
      confirmed.reduce((sum, doc) => sum + doc.places, 0),
    )
    expect(docs.filter((doc) => doc.status === 'waiting').length).toBe(
      results.filter((result) => result.ok && result.status === 'waiting').length,
    )
    expect(results.every((result) => result.ok)).toBe(true)
    // First come, first served: 12 - 7 = 5 free places, the first arrivals (2, 1, 2) fill them.
    expect(await takenPlaces(payload, event.id, KEY)).toBe(12)
  })
})

describe('refusals', () => {
  it('refuses unknown, draft, not-through-site, cancelled, past, closed, over-limit and zero places in Ukrainian', async () => {
    const published = await createSiteEvent(payload, {
      perPersonLimit: 2,
      closesMinutesBefore: 120,
    })
    const attempt = (
      eventId: number | string,
      overrides: { key?: string; now?: Date; places?: number } = {},
    ) =>
      book(payload, {
        eventId,
        occurrence: overrides.key ?? KEY,
        input: person(overrides.places ?? 1),
        now: overrides.now ?? BEFORE,
      })
    const draft = await createSiteEvent(payload, { status: 'draft' })
    const external = await createSiteEvent(payload, { mode: 'contact' })
    const cancelled = await createSiteEvent(payload, {
      changes: [{ original: KEY, kind: 'cancelled' }],
    })
    expect(await attempt(999999)).toMatchObject({ ok: false, reason: 'unknown' })
    expect(await attempt(published.id, { key: WINTER_KEY('2031-03-11') })).toMatchObject({
      ok: false,
      reason: 'unknown',
    })
    expect(await attempt(published.id, { key: 'not-a-date' })).toMatchObject({
      ok: false,
      reason: 'unknown',
    })
    expect(await attempt(draft.id)).toMatchObject({ ok: false, reason: 'unknown' })
    expect(await attempt(external.id)).toMatchObject({ ok: false, reason: 'not-through-site' })
    expect(await attempt(cancelled.id)).toMatchObject({
      ok: false,
      reason: 'cancelled',
      message: REFUSAL_MESSAGES.cancelled,
    })
    expect(await attempt(published.id, { now: new Date('2031-03-10T16:30:00Z') })).toMatchObject({
      ok: false,
      reason: 'past',
    })
    // Closes 120 minutes before 16:00Z.
    expect(await attempt(published.id, { now: new Date('2031-03-10T14:00:00Z') })).toMatchObject({
      ok: false,
      reason: 'closed',
    })
    expect(await attempt(published.id, { now: new Date('2031-03-10T13:59:00Z') })).toMatchObject({
      ok: true,
    })
    const over = await attempt(published.id, { places: 3 })
    expect(over).toMatchObject({ ok: false, reason: 'over-limit' })
    expect(!over.ok && over.message).toMatch(/не більше 2 місць/)
    expect(await attempt(published.id, { places: 0 })).toMatchObject({
      ok: false,
      reason: 'no-places',
    })
    // Nothing but the one allowed registration was stored.
    expect(await statuses(published.id)).toHaveLength(1)
  })

  it('a date marked full takes no confirmed registrations', async () => {
    const event = await createSiteEvent(payload, { changes: [{ original: KEY, kind: 'full' }] })
    expect(
      await book(payload, { eventId: event.id, occurrence: KEY, input: person(), now: BEFORE }),
    ).toMatchObject({ ok: false, reason: 'full' })
  })
})

describe('waiting list', () => {
  it('cancelling frees the places and moves the first waiting registrations that fit up', async () => {
    const event = await createSiteEvent(payload, { capacity: 3, waitingList: true })
    const a = await book(payload, {
      eventId: event.id,
      occurrence: KEY,
      input: person(3),
      now: BEFORE,
    })
    const b = await book(payload, {
      eventId: event.id,
      occurrence: KEY,
      input: person(1),
      now: BEFORE,
    })
    const c = await book(payload, {
      eventId: event.id,
      occurrence: KEY,
      input: person(3),
      now: BEFORE,
    })
    const d = await book(payload, {
      eventId: event.id,
      occurrence: KEY,
      input: person(1),
      now: BEFORE,
    })
    expect([a, b, c, d].map((result) => result.ok && result.status)).toEqual([
      'confirmed',
      'waiting',
      'waiting',
      'waiting',
    ])
    if (!a.ok || !b.ok || !c.ok) throw new Error('booked above')
    const cancelled = await cancelRegistration(payload, a.registrationId, BEFORE)
    // B (1) fits; C (3) does not fit in the 2 left and keeps its turn ahead of D.
    expect(cancelled.ok && cancelled.promoted.map((registration) => registration.id)).toEqual([
      b.registrationId,
    ])
    expect(await takenPlaces(payload, event.id, KEY)).toBe(1)
    // Cancelling again changes nothing.
    const again = await cancelRegistration(payload, a.registrationId, BEFORE)
    expect(again).toMatchObject({ ok: true, alreadyCancelled: true, promoted: [] })
    expect(await takenPlaces(payload, event.id, KEY)).toBe(1)
    // B cancels: 3 free, C moves up and fills them; D still waits.
    const second = await cancelRegistration(payload, b.registrationId, BEFORE)
    expect(second.ok && second.promoted.map((registration) => registration.id)).toEqual([
      c.registrationId,
    ])
    expect(await takenPlaces(payload, event.id, KEY)).toBe(3)
  })

  it('a cancellation racing new registrations never over-fills', async () => {
    const event = await createSiteEvent(payload, { capacity: 5, waitingList: true })
    const first = await Promise.all(
      Array.from({ length: 10 }, () =>
        book(payload, { eventId: event.id, occurrence: KEY, input: person(1), now: BEFORE }),
      ),
    )
    const confirmedIds = first.flatMap((result) =>
      result.ok && result.status === 'confirmed' ? [result.registrationId] : [],
    )
    await Promise.all([
      ...confirmedIds.slice(0, 3).map((id) => cancelRegistration(payload, id, BEFORE)),
      ...Array.from({ length: 10 }, () =>
        book(payload, { eventId: event.id, occurrence: KEY, input: person(1), now: BEFORE }),
      ),
    ])
    expect(await takenPlaces(payload, event.id, KEY)).toBe(5)
  })
})

describe('access', () => {
  it('anonymous reads nothing; a branch editor only their branch’s events; editors everything', async () => {
    const own = await createBranch(payload, unique('Бібліотека А'))
    const other = await createBranch(payload, unique('Бібліотека Б'))
    const ownEvent = await createSiteEvent(payload, { branches: [own.id] })
    const otherEvent = await createSiteEvent(payload, { branches: [other.id] })
    const mine = await book(payload, {
      eventId: ownEvent.id,
      occurrence: KEY,
      input: person(),
      now: BEFORE,
    })
    const theirs = await book(payload, {
      eventId: otherEvent.id,
      occurrence: KEY,
      input: person(),
      now: BEFORE,
    })
    if (!mine.ok || !theirs.ok) throw new Error('booked above')
    const branchEditor = await createUser(payload, 'branch-editor', own.id)
    const editor = await createUser(payload, 'editor')
    await expect(payload.find({ collection: 'registrations', ...as(undefined) })).rejects.toThrow()
    const scoped = await payload.find({
      collection: 'registrations',
      pagination: false,
      ...as(branchEditor),
    })
    expect(scoped.docs.map((doc) => doc.id)).toContain(mine.registrationId)
    expect(scoped.docs.map((doc) => doc.id)).not.toContain(theirs.registrationId)
    const all = await payload.find({
      collection: 'registrations',
      pagination: false,
      ...as(editor),
    })
    expect(all.docs.map((doc) => doc.id)).toEqual(
      expect.arrayContaining([mine.registrationId, theirs.registrationId]),
    )
    await expect(
      payload.create({
        collection: 'registrations',
        data: {
          event: ownEvent.id,
          occurrence: KEY,
          occurrenceStart: KEY,
          occurrenceEnd: KEY,
          name: 'x',
          contact: '+380671234567',
          places: 1,
          status: 'confirmed',
          source: 'site',
        },
        ...as(editor),
      }),
    ).rejects.toThrow()
    // Status is the booking module's alone: an editor's update of it is dropped.
    await payload.update({
      collection: 'registrations',
      id: mine.registrationId,
      data: { status: 'cancelled', checkedIn: true },
      ...as(branchEditor),
    })
    const after = await payload.findByID({
      collection: 'registrations',
      id: mine.registrationId,
      overrideAccess: true,
    })
    expect(after).toMatchObject({ status: 'confirmed', checkedIn: true })
    await expect(
      payload.update({
        collection: 'registrations',
        id: theirs.registrationId,
        data: { checkedIn: true },
        ...as(branchEditor),
      }),
    ).rejects.toThrow()
  })
})

describe('deleting personal data', () => {
  it('deletes registrations the set number of days after their occurrence, with a fixed clock', async () => {
    const early = await createSiteEvent(payload, { date: '2031-03-12' })
    const later = await createSiteEvent(payload, { date: '2031-03-22' })
    await book(payload, {
      eventId: early.id,
      occurrence: WINTER_KEY('2031-03-12'),
      input: person(),
      now: BEFORE,
    })
    await book(payload, {
      eventId: later.id,
      occurrence: WINTER_KEY('2031-03-22'),
      input: person(),
      now: BEFORE,
    })
    const before = (await statuses(early.id)).length + (await statuses(later.id)).length
    expect(before).toBe(2)
    // The early one ends 12 March 19:30 Kyiv (17:30Z); 30 days later is 11 April 17:30Z.
    // Everything of the other tests (10 March) is older still and goes in the first sweep.
    await deleteExpiredRegistrations(payload, new Date('2031-04-11T17:29:00Z'), 30)
    expect(await statuses(early.id)).toHaveLength(1)
    expect(await deleteExpiredRegistrations(payload, new Date('2031-04-11T17:31:00Z'), 30)).toBe(1)
    expect(await statuses(early.id)).toHaveLength(0)
    expect(await statuses(later.id)).toHaveLength(1)
    expect(await deleteExpiredRegistrations(payload, new Date('2031-04-21T17:31:00Z'), 30)).toBe(1)
    expect(await statuses(later.id)).toHaveLength(0)
  })
})

describe('the admin’s list of a date', () => {
  it('lists by status, exports CSV and XLSX, adds phone registrations, marks arrivals, within the branch', async () => {
    process.env.REGISTRATION_NOW = BEFORE.toISOString()
    const own = await createBranch(payload, unique('Бібліотека В'))
    const other = await createBranch(payload, unique('Бібліотека Г'))
    const event = await createSiteEvent(payload, {
      branches: [own.id],
      capacity: 2,
      waitingList: true,
      date: '2031-03-14',
    })
    const foreign = await createSiteEvent(payload, { branches: [other.id], date: '2031-03-14' })
    const key = WINTER_KEY('2031-03-14')
    const formula = await book(payload, {
      eventId: event.id,
      occurrence: key,
      input: person(1, { name: '=HYPERLINK("x")' }),
      now: BEFORE,
    })
    const branchEditor = await createUser(payload, 'branch-editor', own.id)
    const token = await tokenFor(payload, String(branchEditor.email))
    const api = restApi(payload)
    const query = `event=${event.id}&occurrence=${encodeURIComponent(key)}`

    const manual = await api('POST', '/api/registration/manual', {
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        event: event.id,
        occurrence: key,
        name: 'Телефонна Особа',
        contact: '044 123 45 67',
        places: 1,
      }),
    })
    expect(manual.status).toBe(201)
    expect(manual.body).toMatchObject({ status: 'confirmed', remaining: 0 })
    const waiting = await api('POST', '/api/registration/manual', {
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        event: event.id,
        occurrence: key,
        name: 'Третя',
        contact: '0441234568',
        places: 1,
      }),
    })
    expect(waiting.body).toMatchObject({ status: 'waiting' })

    const roster = await api('GET', `/api/registration/roster?${query}`, { token })
    const rows = roster.body.rows as { id: number; name: string; status: string; contact: string }[]
    expect(rows.map((row) => [row.name, row.status])).toEqual([
      ['=HYPERLINK("x")', 'confirmed'],
      ['Телефонна Особа', 'confirmed'],
      ['Третя', 'waiting'],
    ])
    expect(roster.body).toMatchObject({ capacity: 2, retentionDays: 30 })
    const dates = await api('GET', `/api/registration/occurrences?event=${event.id}`, { token })
    expect(dates.body.occurrences).toEqual([
      { key, start: key, state: 'scheduled', counts: { confirmed: 2, waiting: 1, cancelled: 0 } },
    ])

    const checkIn = await api('POST', '/api/registration/check-in', {
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: rows[1]!.id, checkedIn: true }),
    })
    expect(checkIn.body).toEqual({ checkedIn: true })

    const csv = await restCsv(token, `/api/registration/export?${query}&format=csv`)
    expect(csv).toContain('Телефонна Особа')
    expect(csv).toContain("'=HYPERLINK")
    expect(csv).toMatch(/Телефонна Особа,'\+380441234567,1,Підтверджено,так/)

    const xlsx = await fetchExport(token, `/api/registration/export?${query}&format=xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(2).values).toContain('Ім’я')
    expect(sheet.getCell('B3').value).toBe('=HYPERLINK("x")')
    expect(sheet.getCell('B3').formula).toBeUndefined()
    expect(sheet.getCell('B5').value).toBe('Третя')

    // Cancelling by staff moves the waiting person up.
    if (!formula.ok) throw new Error('booked above')
    const cancel = await api('POST', '/api/registration/staff-cancel', {
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: formula.registrationId }),
    })
    expect(cancel.body).toEqual({ promoted: 1 })
    expect(await takenPlaces(payload, event.id, key)).toBe(2)

    // Another branch's event: nothing.
    const foreignQuery = `event=${foreign.id}&occurrence=${encodeURIComponent(key)}`
    expect((await api('GET', `/api/registration/roster?${foreignQuery}`, { token })).status).toBe(
      403,
    )
    expect(
      (await api('GET', `/api/registration/export?${foreignQuery}&format=csv`, { token })).status,
    ).toBe(403)
    expect(
      (
        await api('POST', '/api/registration/manual', {
          token,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            event: foreign.id,
            occurrence: key,
            name: 'X',
            contact: '0441234569',
            places: 1,
          }),
        })
      ).status,
    ).toBe(403)
    expect((await api('GET', `/api/registration/roster?${query}`)).status).toBe(403)
    delete process.env.REGISTRATION_NOW
  })
})

/** An export's bytes as the admin's download link gets them. */
async function fetchExport(token: string, url: string): Promise<ArrayBuffer> {
  const { handleEndpoints } = await import('payload')
  const config = (await import('@cms/payload.config')).default
  const { testCmsKey } = await import('../support/cms')
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000${url}`, {
      headers: { Authorization: `JWT ${token}` },
    }),
    payloadInstanceCacheKey: testCmsKey(payload),
  })
  expect(response.status).toBe(200)
  return response.arrayBuffer()
}

async function restCsv(token: string, url: string): Promise<string> {
  return new TextDecoder().decode(await fetchExport(token, url))
}
