import { describe, expect, it } from 'vitest'

import { describeStatus } from '@domain/opening-hours/describeStatus'
import { openStatus } from '@domain/opening-hours/openStatus'
import { isSanitaryDay, planForDay, type Schedule } from '@domain/opening-hours/schedule'

const weekday = { opens: '10:00', closes: '19:00', breakFrom: '13:00', breakTo: '14:00' }
const schedule: Schedule = {
  weekly: {
    mon: weekday,
    tue: weekday,
    wed: weekday,
    thu: weekday,
    fri: weekday,
    sat: { opens: '10:00', closes: '17:00' },
  },
  sanitaryDay: { week: 'last', weekday: 'fri' },
  specialDays: [
    { from: '2026-12-25', to: '2026-12-25', closed: true, reason: 'holiday', note: 'Різдво' },
    {
      from: '2026-12-31',
      to: '2026-12-31',
      closed: false,
      hours: { opens: '10:00', closes: '15:00' },
    },
  ],
}

/** An instant given as Kyiv wall-clock time (UTC+2 in winter, UTC+3 in summer). */
const kyiv = (local: string, offset = '+02:00') => new Date(`${local}${offset}`)

describe('openStatus', () => {
  it('is open during hours, announcing the break', () => {
    expect(openStatus(schedule, kyiv('2026-11-25T11:30'))).toEqual({
      state: 'open',
      closesAt: '19:00',
      breakFrom: '13:00',
    })
  })

  it('is open after the break until closing', () => {
    expect(openStatus(schedule, kyiv('2026-11-25T18:59'))).toEqual({
      state: 'open',
      closesAt: '19:00',
    })
  })

  it('is on a break', () => {
    expect(openStatus(schedule, kyiv('2026-11-25T13:15'))).toEqual({
      state: 'break',
      reopensAt: '14:00',
      closesAt: '19:00',
    })
  })

  it('is closed before opening and opens today', () => {
    expect(openStatus(schedule, kyiv('2026-11-25T08:00'))).toMatchObject({
      state: 'closed',
      why: 'before-opening',
      next: { day: '2026-11-25', daysAhead: 0, opens: '10:00' },
    })
  })

  it('is closed after closing and opens tomorrow', () => {
    expect(openStatus(schedule, kyiv('2026-11-25T19:00'))).toMatchObject({
      state: 'closed',
      why: 'after-closing',
      next: { day: '2026-11-26', daysAhead: 1 },
    })
  })

  it('is closed on Sunday and opens on Monday', () => {
    expect(openStatus(schedule, kyiv('2026-11-29T12:00'))).toMatchObject({
      state: 'closed',
      why: 'weekly',
      next: { day: '2026-11-30', daysAhead: 1 },
    })
  })

  it('is closed on the sanitary day (last Friday of the month)', () => {
    expect(openStatus(schedule, kyiv('2026-11-27T12:00'))).toMatchObject({
      state: 'closed',
      why: 'sanitary',
      next: { day: '2026-11-28', opens: '10:00' },
    })
  })

  it('honours a closed special day with its note', () => {
    expect(openStatus(schedule, kyiv('2026-12-25T12:00'))).toMatchObject({
      state: 'closed',
      why: 'special',
      note: 'Різдво',
    })
  })

  it('honours shortened hours of a special day', () => {
    expect(openStatus(schedule, kyiv('2026-12-31T14:00'))).toEqual({
      state: 'open',
      closesAt: '15:00',
    })
    expect(openStatus(schedule, kyiv('2026-12-31T15:30'))).toMatchObject({ state: 'closed' })
  })

  it('uses Kyiv time, not UTC: 23:30 UTC is already the next day in Kyiv', () => {
    // Saturday 23:30 UTC = Sunday 01:30 in Kyiv.
    expect(openStatus(schedule, new Date('2026-11-28T23:30:00Z'))).toMatchObject({
      state: 'closed',
      why: 'weekly',
    })
  })

  it('follows summer time', () => {
    expect(openStatus(schedule, kyiv('2026-07-01T18:30', '+03:00'))).toMatchObject({
      state: 'open',
    })
  })

  it('says unknown for a branch without any hours', () => {
    expect(openStatus({ weekly: {}, specialDays: [] }, new Date())).toEqual({ state: 'unknown' })
  })

  it('finds no next opening during a long closure', () => {
    const closed: Schedule = {
      ...schedule,
      specialDays: [{ from: '2026-11-01', to: '2027-03-01', closed: true, note: 'Ремонт' }],
    }
    const status = openStatus(closed, kyiv('2026-11-25T12:00'))
    expect(status).toMatchObject({ state: 'closed', why: 'special', note: 'Ремонт' })
    expect(status.state === 'closed' && status.next).toBeFalsy()
  })
})

describe('isSanitaryDay', () => {
  it('knows the first, third and last weekday of a month', () => {
    expect(isSanitaryDay('2026-11-02', { week: 'first', weekday: 'mon' })).toBe(true)
    expect(isSanitaryDay('2026-11-09', { week: 'first', weekday: 'mon' })).toBe(false)
    expect(isSanitaryDay('2026-11-16', { week: 'third', weekday: 'mon' })).toBe(true)
    expect(isSanitaryDay('2026-11-30', { week: 'last', weekday: 'mon' })).toBe(true)
    expect(isSanitaryDay('2026-11-23', { week: 'last', weekday: 'mon' })).toBe(false)
    expect(isSanitaryDay('2026-11-23', null)).toBe(false)
  })
})

describe('planForDay', () => {
  it('lets a special day with hours win over the sanitary day', () => {
    const plan = planForDay(
      {
        ...schedule,
        specialDays: [
          {
            from: '2026-11-27',
            to: '2026-11-27',
            closed: false,
            hours: { opens: '12:00', closes: '16:00' },
          },
        ],
      },
      '2026-11-27',
    )
    expect(plan).toMatchObject({ kind: 'open', hours: { opens: '12:00' } })
  })
})

describe('describeStatus', () => {
  it('words every state in Ukrainian', () => {
    expect(describeStatus(openStatus(schedule, kyiv('2026-11-25T11:30')))).toEqual({
      label: 'Відчинено',
      detail: 'до 19:00, перерва о\u00a013:00',
      tone: 'open',
    })
    expect(describeStatus(openStatus(schedule, kyiv('2026-11-25T13:30'))).label).toBe('Перерва')
    expect(describeStatus(openStatus(schedule, kyiv('2026-11-27T12:00')))).toEqual({
      label: 'Санітарний день',
      detail: 'відчиниться завтра о\u00a010:00',
      tone: 'closed',
    })
    expect(describeStatus(openStatus(schedule, kyiv('2026-11-28T18:00'))).detail).toBe(
      'відчиниться у понеділок о\u00a010:00',
    )
    expect(describeStatus({ state: 'unknown' }).tone).toBe('unknown')
  })

  it('writes «об» before 11 o’clock and a date for openings a week away', () => {
    expect(
      describeStatus({
        state: 'closed',
        why: 'special',
        next: { day: '2027-01-12', daysAhead: 10, opens: '11:00' },
      }).detail,
    ).toBe('відчиниться 12\u00a0січня об\u00a011:00')
  })
})
