import { describe, expect, it } from 'vitest'

import {
  canExtend,
  informationRequestDue,
  informationRequestExtendedDue,
  isDueWithin,
} from '@domain/submissions/deadlines'
import {
  addWorkingDays,
  DEFAULT_CALENDAR,
  isWorkingDay,
  kyivEndOfDay,
  workingDaysBetween,
  type WorkingCalendar,
} from '@domain/working-days/calendar'
import { isPublicHoliday, orthodoxEaster } from '@domain/working-days/holidays'

const calendar = (changes: Partial<WorkingCalendar> = {}): WorkingCalendar => ({
  ...DEFAULT_CALENDAR,
  ...changes,
})

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    // Thursday 26 November 2026 + 5 working days: Fri, Mon, Tue, Wed, Thu → 3 December.
    expect(addWorkingDays('2026-11-26', 5, calendar())).toBe('2026-12-03')
    // Received on a Saturday: counting starts on Monday.
    expect(addWorkingDays('2026-11-28', 1, calendar())).toBe('2026-11-30')
  })

  it('skips days off the admin set and counts working weekend days', () => {
    const withDayOff = calendar({ daysOff: ['2026-11-30'], workingDays: ['2026-12-05'] })
    expect(addWorkingDays('2026-11-27', 1, withDayOff)).toBe('2026-12-01')
    expect(addWorkingDays('2026-12-03', 2, withDayOff)).toBe('2026-12-05')
    expect(isWorkingDay('2026-12-05', withDayOff)).toBe(true)
    expect(isWorkingDay('2026-11-30', withDayOff)).toBe(false)
  })

  it('crosses the year end, with holidays off only when the setting says so', () => {
    // Wednesday 30 December 2026 + 5: Thu 31, Fri 1 Jan, Mon 4, Tue 5, Wed 6.
    expect(addWorkingDays('2026-12-30', 5, calendar())).toBe('2027-01-06')
    // With public holidays off, 1 January is skipped.
    expect(addWorkingDays('2026-12-30', 5, calendar({ publicHolidaysAreDaysOff: true }))).toBe(
      '2027-01-07',
    )
  })

  it('counts working days between two days', () => {
    expect(workingDaysBetween('2026-11-27', '2026-12-04', calendar())).toBe(5)
  })
})

describe('public holidays', () => {
  it('knows Orthodox Easter and Trinity', () => {
    expect(orthodoxEaster(2025)).toBe('2025-04-20')
    expect(orthodoxEaster(2026)).toBe('2026-04-12')
    expect(orthodoxEaster(2027)).toBe('2027-05-02')
    expect(isPublicHoliday('2026-05-31')).toBe(true)
    expect(isPublicHoliday('2026-08-24')).toBe(true)
    expect(isPublicHoliday('2026-08-25')).toBe(false)
  })
})

describe('information request deadlines', () => {
  it('5 working days, to the end of the Kyiv day', () => {
    // Received Friday 27 November 2026, 16:30 Kyiv (14:30 UTC): due Friday 4 December, 23:59:59 Kyiv.
    const due = informationRequestDue(new Date('2026-11-27T14:30:00Z'), 'none', calendar())
    expect(due.toISOString()).toBe('2026-12-04T21:59:59.000Z')
    // Received just after midnight Kyiv on Saturday counts from Monday.
    const lateFriday = informationRequestDue(new Date('2026-11-27T22:05:00Z'), 'none', calendar())
    expect(lateFriday.toISOString()).toBe('2026-12-04T21:59:59.000Z')
  })

  it('48 hours for the urgent grounds, whatever the calendar', () => {
    const due = informationRequestDue(new Date('2026-12-31T10:00:00Z'), 'emergency', calendar())
    expect(due.toISOString()).toBe('2027-01-02T10:00:00.000Z')
  })

  it('in summer time the day ends at 20:59:59 UTC', () => {
    expect(kyivEndOfDay('2026-07-01').toISOString()).toBe('2026-07-01T20:59:59.000Z')
    expect(kyivEndOfDay('2026-10-25').toISOString()).toBe('2026-10-25T21:59:59.000Z')
  })

  it('extends to 20 working days, only within the first 5', () => {
    const received = new Date('2026-11-27T10:00:00Z')
    expect(informationRequestExtendedDue(received, calendar()).toISOString()).toBe(
      '2026-12-25T21:59:59.000Z',
    )
    expect(canExtend(received, new Date('2026-12-04T20:00:00Z'), calendar())).toBe(true)
    expect(canExtend(received, new Date('2026-12-04T22:30:00Z'), calendar())).toBe(false)
  })

  it('tells what is due within 2 working days', () => {
    const now = new Date('2026-11-27T10:00:00Z') // Friday
    expect(isDueWithin(new Date('2026-12-01T15:00:00Z'), now, 2, calendar())).toBe(true)
    expect(isDueWithin(new Date('2026-12-02T15:00:00Z'), now, 2, calendar())).toBe(false)
  })
})
