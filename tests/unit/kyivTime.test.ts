import { describe, expect, it } from 'vitest'

import {
  endOfKyivDay,
  kyivDay,
  kyivInstant,
  nextKyivMidnight,
  startOfKyivDay,
} from '@domain/time/kyivTime'

describe('Kyiv instants', () => {
  it('starts a winter day at 22:00 UTC the day before and a summer day at 21:00', () => {
    expect(startOfKyivDay('2026-11-29').toISOString()).toBe('2026-11-28T22:00:00.000Z')
    expect(startOfKyivDay('2026-07-01').toISOString()).toBe('2026-06-30T21:00:00.000Z')
  })

  it('ends an inclusive day at the next midnight, also at the end of a month and a year', () => {
    expect(endOfKyivDay('2026-11-30').toISOString()).toBe('2026-11-30T22:00:00.000Z')
    expect(endOfKyivDay('2026-12-31').toISOString()).toBe('2026-12-31T22:00:00.000Z')
  })

  it('crosses the spring change (29 March 2026, 03:00 → 04:00): that day has 23 hours', () => {
    const start = startOfKyivDay('2026-03-29')
    const end = endOfKyivDay('2026-03-29')
    expect(start.toISOString()).toBe('2026-03-28T22:00:00.000Z')
    expect(end.getTime() - start.getTime()).toBe(23 * 3_600_000)
    expect(kyivInstant('2026-03-29', '05:00').toISOString()).toBe('2026-03-29T02:00:00.000Z')
  })

  it('crosses the autumn change (25 October 2026, 04:00 → 03:00): that day has 25 hours', () => {
    const start = startOfKyivDay('2026-10-25')
    const end = endOfKyivDay('2026-10-25')
    expect(end.getTime() - start.getTime()).toBe(25 * 3_600_000)
  })

  it('gives the Kyiv day of an instant and the next midnight after it', () => {
    expect(kyivDay(new Date('2026-11-28T22:30:00Z'))).toBe('2026-11-29')
    expect(nextKyivMidnight(new Date('2026-11-28T21:59:59Z')).toISOString()).toBe(
      '2026-11-28T22:00:00.000Z',
    )
    // Exactly at midnight, the next one is a day later.
    expect(nextKyivMidnight(new Date('2026-11-28T22:00:00Z')).toISOString()).toBe(
      '2026-11-29T22:00:00.000Z',
    )
    expect(nextKyivMidnight(new Date('2026-10-24T23:00:00Z')).toISOString()).toBe(
      '2026-10-25T22:00:00.000Z',
    )
  })

  it('refuses what is not a day and a time', () => {
    expect(() => kyivInstant('29.11.2026')).toThrow(RangeError)
    expect(() => kyivInstant('2026-11-29', '9:00')).toThrow(RangeError)
  })
})
