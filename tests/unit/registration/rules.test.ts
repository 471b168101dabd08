import { describe, expect, it } from 'vitest'

import { signCancelToken, verifyCancelToken } from '@cms/registration/cancelToken'
import { inOccurrenceQueue, queuedOccurrences } from '@cms/registration/occurrenceQueue'
import { parseRegistrationInput } from '@domain/registration/input'
import {
  checkSettings,
  decideBooking,
  promotable,
  type OccurrenceFacts,
  type RegistrationSettings,
} from '@domain/registration/rules'

const START = new Date('2031-03-10T16:00:00Z')
const occurrence: OccurrenceFacts = {
  key: START.toISOString(),
  start: START,
  end: new Date('2031-03-10T17:30:00Z'),
  cancelled: false,
  markedFull: false,
}
const settings: RegistrationSettings = {
  mode: 'site',
  capacity: 10,
  waitingList: false,
  perPersonLimit: 3,
  closesMinutesBefore: 30,
}
const now = new Date('2031-03-01T00:00:00Z')

describe('decideBooking', () => {
  it('confirms while places last, then waits or refuses', () => {
    expect(decideBooking({ occurrence, settings, now, places: 3, taken: 7 })).toEqual({
      outcome: 'confirmed',
    })
    expect(decideBooking({ occurrence, settings, now, places: 3, taken: 8 })).toEqual({
      outcome: 'refused',
      reason: 'full',
    })
    expect(
      decideBooking({
        occurrence,
        settings: { ...settings, waitingList: true },
        now,
        places: 3,
        taken: 8,
      }),
    ).toEqual({ outcome: 'waiting' })
  })

  it('closes the set minutes before the start; staff may add until the start and beyond the per-person limit', () => {
    const closing = new Date('2031-03-10T15:30:00Z')
    expect(decideBooking({ occurrence, settings, now: closing, places: 1, taken: 0 })).toEqual({
      outcome: 'refused',
      reason: 'closed',
    })
    expect(
      decideBooking({ occurrence, settings, now: closing, places: 5, taken: 0, staff: true }),
    ).toEqual({ outcome: 'confirmed' })
    expect(
      decideBooking({ occurrence, settings, now: START, places: 1, taken: 0, staff: true }),
    ).toEqual({ outcome: 'refused', reason: 'past' })
  })

  it('refuses unknown, cancelled and other modes', () => {
    expect(decideBooking({ occurrence: null, settings, now, places: 1, taken: 0 })).toMatchObject({
      reason: 'unknown',
    })
    expect(
      decideBooking({
        occurrence: { ...occurrence, cancelled: true },
        settings,
        now,
        places: 1,
        taken: 0,
      }),
    ).toMatchObject({ reason: 'cancelled' })
    expect(
      decideBooking({
        occurrence,
        settings: { ...settings, mode: 'contact' },
        now,
        places: 1,
        taken: 0,
      }),
    ).toMatchObject({ reason: 'not-through-site' })
  })
})

describe('promotable', () => {
  it('moves the earliest that fit and lets a larger request block those behind it', () => {
    const waiting = [{ places: 1 }, { places: 3 }, { places: 1 }]
    expect(promotable(waiting, 2)).toEqual([{ places: 1 }])
    expect(promotable(waiting, 5)).toEqual(waiting)
  })
})

describe('checkSettings', () => {
  it('refuses a capacity of 0 or below and a limit below 1, in Ukrainian', () => {
    expect(checkSettings({ ...settings, capacity: 0 })).toEqual([
      'Кількість місць має бути цілим числом, більшим за нуль.',
    ])
    expect(checkSettings({ ...settings, capacity: -3, perPersonLimit: 0 })).toHaveLength(2)
    expect(checkSettings({ ...settings, mode: 'none', capacity: 0 })).toEqual([])
  })
})

describe('parseRegistrationInput', () => {
  it('normalises phones and e-mails, spaces and line breaks', () => {
    const result = parseRegistrationInput(
      {
        name: '  Олена   Петренко ',
        contact: '067 123-45-67',
        places: '2',
        comment: 'a\r\nb',
        consent: 'on',
      },
      { requireConsent: true },
    )
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Олена Петренко',
        contact: '+380671234567',
        contactKind: 'phone',
        places: 2,
        comment: 'a\nb',
      },
    })
    expect(
      parseRegistrationInput(
        { name: 'A', contact: 'Olena@Example.org', places: 1 },
        { requireConsent: false },
      ),
    ).toMatchObject({
      // domain/contact: the domain in lower case, the local part as written (it may be case-sensitive)
      ok: true,
      value: { contact: 'Olena@example.org', contactKind: 'email' },
    })
  })
})

describe('cancel token', () => {
  it('verifies its own signature until it expires', () => {
    const token = signCancelToken('secret', {
      id: '42',
      expiresAt: new Date('2031-03-10T17:30:00Z'),
    })
    expect(verifyCancelToken('secret', token, now)).toEqual({ ok: true, id: '42' })
    expect(verifyCancelToken('secret', token, new Date('2031-03-10T17:30:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    })
    expect(verifyCancelToken('other', token, now)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyCancelToken('secret', `${token}x`, now)).toEqual({ ok: false, reason: 'forged' })
    expect(verifyCancelToken('secret', 'a.b', now)).toEqual({ ok: false, reason: 'malformed' })
  })
})

describe('occurrence queue', () => {
  it('runs tasks of one key one after another, survives errors and forgets the key', async () => {
    const order: string[] = []
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const first = inOccurrenceQueue('k', async () => {
      order.push('first start')
      await gate
      order.push('first end')
      throw new Error('boom')
    })
    const second = inOccurrenceQueue('k', () => {
      order.push('second')
      return Promise.resolve(2)
    })
    const other = inOccurrenceQueue('other', () => {
      order.push('other')
      return Promise.resolve(3)
    })
    await other
    expect(order).toEqual(['first start', 'other'])
    release()
    await expect(first).rejects.toThrow('boom')
    expect(await second).toBe(2)
    expect(order).toEqual(['first start', 'other', 'first end', 'second'])
    await new Promise((resolve) => setImmediate(resolve))
    expect(queuedOccurrences()).toBe(0)
  })
})

describe('refusal pages', () => {
  it('every refusal reason names an error code of the public forms, so a static page exists for it', async () => {
    const { FORM_ERRORS } = await import('@domain/public-forms/errors')
    const { refusalCode } = await import('@domain/registration/pages')
    const { REFUSAL_MESSAGES } = await import('@domain/registration/messages')
    const reasons = Object.keys(REFUSAL_MESSAGES) as (keyof typeof REFUSAL_MESSAGES)[]
    expect(reasons.filter((reason) => !Object.hasOwn(FORM_ERRORS, refusalCode(reason)))).toEqual([])
  })
})
