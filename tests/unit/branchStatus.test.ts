import { describe, expect, it } from 'vitest'

import {
  findRangeProblem,
  findStatusLineProblem,
  STATUS_LINE_MAX_LENGTH,
} from '@domain/branch-status/validateStatus'
import { distanceMetres, formatDistance } from '@domain/geo/distance'
import { describeStatus } from '@domain/opening-hours/describeStatus'
import { openStatus } from '@domain/opening-hours/openStatus'
import { planForDay, type Schedule } from '@domain/opening-hours/schedule'
import { todayHoursText } from '@domain/opening-hours/todayHours'

const day = { opens: '10:00', closes: '19:00' }
const base: Schedule = {
  weekly: {
    mon: day,
    tue: day,
    wed: day,
    thu: day,
    fri: day,
    sat: { opens: '10:00', closes: '17:00' },
  },
  sanitaryDay: null,
  specialDays: [],
}

/** An instant given as Kyiv wall-clock time with its UTC offset (+02:00 winter, +03:00 summer). */
const kyiv = (local: string, offset = '+02:00') => new Date(`${local}${offset}`)

describe('temporary closures', () => {
  const schedule: Schedule = {
    ...base,
    closures: [{ from: '2026-12-01', to: '2026-12-03', reason: 'no-heating' }],
  }

  it('closes every day of the range, inclusive, and says when it opens again', () => {
    for (const date of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      expect(planForDay(schedule, date)).toMatchObject({ kind: 'closed', why: 'closure' })
    }
    const status = openStatus(schedule, kyiv('2026-12-02T12:00'))
    expect(status).toMatchObject({
      state: 'closed',
      why: 'closure',
      closure: { reason: 'no-heating', until: '2026-12-03' },
      next: { day: '2026-12-04', daysAhead: 2, opens: '10:00' },
    })
    expect(describeStatus(status)).toEqual({
      label: 'Тимчасово зачинено',
      detail: 'Немає опалення; відчиниться у п’ятницю о\u00a010:00',
      tone: 'closed',
    })
  })

  it('starts at Kyiv midnight, not at UTC midnight', () => {
    // 23:59 Kyiv on 30 November is 21:59 UTC: still open hours? No — after closing, and tomorrow
    // is closed, so the next opening skips the closure.
    expect(openStatus(schedule, kyiv('2026-11-30T23:59'))).toMatchObject({
      state: 'closed',
      why: 'after-closing',
      next: { day: '2026-12-04' },
    })
    // 00:00 Kyiv on 1 December is 22:00 UTC on 30 November: the closure has begun.
    expect(openStatus(schedule, new Date('2026-11-30T22:00:00Z'))).toMatchObject({
      why: 'closure',
    })
    // …and it ends at Kyiv midnight after its last day.
    expect(openStatus(schedule, new Date('2026-12-03T21:59:00Z'))).toMatchObject({
      why: 'closure',
    })
    expect(openStatus(schedule, new Date('2026-12-03T22:00:00Z'))).toMatchObject({
      why: 'before-opening',
    })
  })

  it('wins over a special day with hours and over changed hours', () => {
    const both: Schedule = {
      ...schedule,
      specialDays: [
        {
          from: '2026-12-02',
          to: '2026-12-02',
          closed: false,
          hours: { opens: '12:00', closes: '14:00' },
        },
      ],
      changedHours: [
        { from: '2026-11-01', to: '2026-12-31', hours: { opens: '09:00', closes: '16:00' } },
      ],
    }
    expect(openStatus(both, kyiv('2026-12-02T13:00'))).toMatchObject({ why: 'closure' })
  })

  it('says until when a long closure lasts when no opening is in sight', () => {
    const long: Schedule = {
      ...base,
      closures: [
        { from: '2026-11-01', to: '2027-06-30', reason: 'renovation', note: 'Ремонт покрівлі' },
      ],
    }
    const status = openStatus(long, kyiv('2026-11-29T12:00'))
    expect(status).toMatchObject({ why: 'closure', note: 'Ремонт покрівлі' })
    expect(describeStatus(status).detail).toBe('Ремонт; зачинено по 30.06.2027 включно')
    expect(todayHoursText(long, kyiv('2026-11-29T12:00'))).toBe('Сьогодні зачинено')
  })

  it('is seen across the spring DST change (closure ends on the day clocks move)', () => {
    // Kyiv moves to summer time at 03:00 on 29 March 2026 (a Sunday).
    const spring: Schedule = {
      ...base,
      weekly: { ...base.weekly, sun: { opens: '10:00', closes: '16:00' } },
      closures: [{ from: '2026-03-27', to: '2026-03-29', reason: 'sanitary-day' }],
    }
    expect(openStatus(spring, kyiv('2026-03-29T12:00', '+03:00'))).toMatchObject({ why: 'closure' })
    // 00:30 summer time on 30 March is 21:30 UTC on 29 March: already Monday in Kyiv.
    expect(openStatus(spring, new Date('2026-03-29T21:30:00Z'))).toMatchObject({
      why: 'before-opening',
      next: { day: '2026-03-30', opens: '10:00' },
    })
  })
})

describe('temporarily changed hours', () => {
  const schedule: Schedule = {
    ...base,
    sanitaryDay: { week: 'last', weekday: 'fri' },
    changedHours: [
      { from: '2026-10-20', to: '2026-10-31', hours: { opens: '09:00', closes: '16:00' } },
    ],
  }

  it('replace the weekly hours on working days', () => {
    expect(openStatus(schedule, kyiv('2026-10-22T15:30', '+03:00'))).toEqual({
      state: 'open',
      closesAt: '16:00',
    })
    expect(openStatus(schedule, kyiv('2026-10-22T16:30', '+03:00'))).toMatchObject({
      why: 'after-closing',
    })
    expect(todayHoursText(schedule, kyiv('2026-10-22T08:00', '+03:00'))).toBe(
      'Сьогодні 09:00–16:00',
    )
  })

  it('leave a weekly day off and the sanitary day closed', () => {
    expect(planForDay(schedule, '2026-10-25')).toEqual({ kind: 'closed', why: 'weekly' })
    expect(planForDay(schedule, '2026-10-30')).toEqual({ kind: 'closed', why: 'sanitary' })
  })

  it('follow the autumn DST change: 09:30 on 26 October is 07:30 UTC, not 06:30', () => {
    // Kyiv returns to winter time at 04:00 on 25 October 2026.
    const winter: Schedule = {
      ...schedule,
      changedHours: [
        { from: '2026-10-24', to: '2026-10-27', hours: { opens: '09:00', closes: '16:00' } },
      ],
    }
    expect(openStatus(winter, new Date('2026-10-26T07:30:00Z'))).toMatchObject({ state: 'open' })
    expect(openStatus(winter, new Date('2026-10-26T06:30:00Z'))).toMatchObject({
      why: 'before-opening',
    })
  })

  it('end at Kyiv midnight: the next day has the weekly hours again', () => {
    expect(openStatus(schedule, kyiv('2026-11-02T18:00'))).toEqual({
      state: 'open',
      closesAt: '19:00',
    })
  })
})

describe('findRangeProblem', () => {
  it('accepts separate ranges in any order', () => {
    expect(
      findRangeProblem([
        { from: '2026-12-10', to: '2026-12-12' },
        { from: '2026-12-01', to: '2026-12-09' },
      ]),
    ).toBeUndefined()
  })

  it('refuses an end before the start', () => {
    expect(findRangeProblem([{ from: '2026-12-10', to: '2026-12-01' }])).toEqual({
      key: 'endBeforeStart',
      vars: { start: '2026-12-10', end: '2026-12-01' },
    })
  })

  it('refuses ranges sharing a day, naming both', () => {
    expect(
      findRangeProblem([
        { from: '2026-12-10', to: '2026-12-12' },
        { from: '2026-12-01', to: '2026-12-10' },
      ]),
    ).toEqual({
      key: 'rangesOverlap',
      vars: { first: '2026-12-01 — 2026-12-10', second: '2026-12-10 — 2026-12-12' },
    })
  })
})

describe('findStatusLineProblem', () => {
  it('accepts plain text, including a lone "<" in prose', () => {
    expect(findStatusLineProblem('Працюємо від генератора; у залі < 18 °C')).toBeUndefined()
  })

  it.each(['<b>Увага</b>', 'Світло є<br>', '<!-- x -->', 'Tom &amp; Jerry', '&#60;script'])(
    'refuses markup in %j',
    (value) => {
      expect(findStatusLineProblem(value)).toEqual({ key: 'statusLineMarkup' })
    },
  )

  it('refuses a 10 kB line, counting characters, not bytes', () => {
    expect(findStatusLineProblem('є'.repeat(STATUS_LINE_MAX_LENGTH))).toBeUndefined()
    expect(findStatusLineProblem('x'.repeat(10_240))).toEqual({
      key: 'statusLineTooLong',
      vars: { length: 10_240, max: STATUS_LINE_MAX_LENGTH },
    })
  })
})

describe('distance', () => {
  it('measures about 1.1 km per 0.01° of latitude and words it', () => {
    const metres = distanceMetres(
      { latitude: 50.43, longitude: 30.47 },
      { latitude: 50.44, longitude: 30.47 },
    )
    expect(metres).toBeGreaterThan(1100)
    expect(metres).toBeLessThan(1120)
    expect(formatDistance(metres)).toBe('1,1\u00a0км')
    expect(formatDistance(347)).toBe('350\u00a0м')
  })
})
