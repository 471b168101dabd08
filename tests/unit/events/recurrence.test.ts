import { describe, expect, it } from 'vitest'

import { kyivInstant, kyivTime, kyivDay } from '@domain/time/kyivTime'
import { buildRule, type EventSchedule } from '@domain/events/schedule'
import { occurrences, unmatchedChanges } from '@domain/events/occurrences'

// Kyiv's DST in 2026/27: summer time ends on 25 October 2026, begins on 28 March 2027.
const year: { from: Date; to: Date } = {
  from: kyivInstant('2026-09-01'),
  to: kyivInstant('2027-06-01'),
}

const weeklyClub: EventSchedule = {
  kind: 'rule',
  date: '2026-10-06',
  startTime: '18:00',
  endTime: '19:30',
  frequency: 'weekly',
  weekdays: ['tue'],
  until: '2027-04-27',
}

describe('a weekly rule in Kyiv wall time', () => {
  it('writes RFC 5545 text with a Kyiv DTSTART and a UTC UNTIL', () => {
    expect(buildRule(weeklyClub)).toBe(
      'DTSTART;TZID=Europe/Kyiv:20261006T180000\nRRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427T205959Z',
    )
  })

  it('stays at 18:00 Kyiv across both DST changes while UTC moves', () => {
    const list = occurrences(weeklyClub, [], year)
    const byDay = new Map(list.map((occurrence) => [kyivDay(occurrence.start), occurrence]))
    for (const occurrence of list) {
      expect(kyivTime(occurrence.start)).toBe('18:00')
      expect(kyivTime(occurrence.end)).toBe('19:30')
    }
    // Before the autumn change: UTC+3; after it: UTC+2; after the spring change: UTC+3 again.
    expect(byDay.get('2026-10-20')!.start.toISOString()).toBe('2026-10-20T15:00:00.000Z')
    expect(byDay.get('2026-10-27')!.start.toISOString()).toBe('2026-10-27T16:00:00.000Z')
    expect(byDay.get('2027-03-23')!.start.toISOString()).toBe('2027-03-23T16:00:00.000Z')
    expect(byDay.get('2027-03-30')!.start.toISOString()).toBe('2027-03-30T15:00:00.000Z')
    expect(list.at(-1)!.start.toISOString()).toBe('2027-04-27T15:00:00.000Z')
    expect(list).toHaveLength(30)
  })

  it('keys every occurrence by its original start as toISOString()', () => {
    const list = occurrences(weeklyClub, [], year)
    for (const occurrence of list) expect(occurrence.key).toBe(occurrence.start.toISOString())
  })

  it('runs every N weeks on several weekdays, with excluded and added dates', () => {
    const schedule: EventSchedule = {
      kind: 'rule',
      date: '2026-11-02',
      startTime: '10:00',
      frequency: 'weekly',
      interval: 2,
      weekdays: ['mon', 'thu'],
      count: 6,
      excludedDates: ['2026-11-16'],
      addedDates: [{ date: '2026-12-24', startTime: '12:00' }],
    }
    const days = occurrences(schedule, [], year).map(
      (o) => `${kyivDay(o.start)} ${kyivTime(o.start)}`,
    )
    expect(days).toEqual([
      '2026-11-02 10:00',
      '2026-11-05 10:00',
      '2026-11-19 10:00',
      '2026-11-30 10:00',
      '2026-12-03 10:00',
      '2026-12-24 12:00',
    ])
  })

  it('runs monthly on the Nth and on the last weekday', () => {
    const second: EventSchedule = {
      kind: 'rule',
      date: '2026-09-01',
      startTime: '11:00',
      frequency: 'monthly',
      monthWeek: '2',
      monthWeekday: 'sat',
      count: 4,
    }
    expect(occurrences(second, [], year).map((o) => kyivDay(o.start))).toEqual([
      '2026-09-12',
      '2026-10-10',
      '2026-11-14',
      '2026-12-12',
    ])
    const last: EventSchedule = { ...second, monthWeek: '-1', monthWeekday: 'fri', count: 3 }
    expect(occurrences(last, [], year).map((o) => kyivDay(o.start))).toEqual([
      '2026-09-25',
      '2026-10-30',
      '2026-11-27',
    ])
  })

  it('puts a wall time the spring change skips an hour later, and a repeated one first', () => {
    expect(kyivInstant('2027-03-28', '03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z')
    expect(kyivInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })
})

describe('single dates, several dates and periods', () => {
  it('takes a single date with its times, and a default length without an end', () => {
    const [only] = occurrences({ kind: 'single', date: '2026-10-25', startTime: '12:00' }, [], year)
    expect(only!.start.toISOString()).toBe('2026-10-25T10:00:00.000Z')
    expect(only!.end.getTime() - only!.start.getTime()).toBe(60 * 60_000)
  })

  it('lists several dates in order, each with its own time when given', () => {
    const list = occurrences(
      {
        kind: 'dates',
        date: '2026-11-10',
        startTime: '17:00',
        endTime: '18:00',
        dates: [
          { date: '2026-10-01' },
          { date: '2026-12-01', startTime: '15:00', endTime: '16:30' },
        ],
      },
      [],
      year,
    )
    expect(list.map((o) => `${kyivDay(o.start)} ${kyivTime(o.start)}–${kyivTime(o.end)}`)).toEqual([
      '2026-10-01 17:00–18:00',
      '2026-11-10 17:00–18:00',
      '2026-12-01 15:00–16:30',
    ])
  })

  it('spans an exhibition over whole Kyiv days', () => {
    const [exhibition] = occurrences(
      {
        kind: 'span',
        date: '2026-10-15',
        endDate: '2026-11-15',
        startTime: '10:00',
        endTime: '18:00',
      },
      [],
      year,
    )
    expect(exhibition!.span).toBe(true)
    expect(exhibition!.start.toISOString()).toBe('2026-10-14T21:00:00.000Z')
    // The day after the last one begins at midnight winter time.
    expect(exhibition!.end.toISOString()).toBe('2026-11-15T22:00:00.000Z')
  })
})

describe('per-date changes', () => {
  const key = (day: string) => kyivInstant(day, '18:00').toISOString()

  it('cancels, moves and fills single dates without touching the others', () => {
    const list = occurrences(
      weeklyClub,
      [
        { original: key('2026-10-20'), kind: 'cancelled', note: 'Ремонт' },
        {
          original: key('2026-10-27'),
          kind: 'moved',
          date: '2026-10-29',
          startTime: '17:00',
          place: 'Читальна зала',
        },
        { original: key('2026-11-03'), kind: 'full' },
      ],
      year,
    )
    const find = (day: string) => list.find((o) => o.key === key(day))!
    expect(find('2026-10-20')).toMatchObject({ state: 'cancelled', note: 'Ремонт' })
    const moved = find('2026-10-27')
    expect(moved.state).toBe('moved')
    expect(kyivDay(moved.start)).toBe('2026-10-29')
    expect(kyivTime(moved.start)).toBe('17:00')
    // The length is kept: 90 minutes.
    expect(kyivTime(moved.end)).toBe('18:30')
    expect(moved.place).toBe('Читальна зала')
    expect(find('2026-11-03').state).toBe('full')
    expect(find('2026-11-10').state).toBe('scheduled')
  })

  it('moves a date online when the new place is the meeting link', () => {
    const list = occurrences(
      weeklyClub,
      [
        { original: key('2026-11-10'), kind: 'moved', place: ' https://meet.example.org/klub ' },
        { original: key('2026-11-17'), kind: 'moved', place: 'Зала на другому поверсі' },
      ],
      year,
    )
    const online = list.find((o) => o.key === key('2026-11-10'))!
    expect(online).toMatchObject({
      state: 'moved',
      place: 'Онлайн',
      onlineUrl: 'https://meet.example.org/klub',
    })
    // Same time: only the place changed.
    expect(online.start.toISOString()).toBe(key('2026-11-10'))
    const room = list.find((o) => o.key === key('2026-11-17'))!
    expect(room.place).toBe('Зала на другому поверсі')
    expect(room.onlineUrl).toBeUndefined()
  })

  it('keeps changes whose date survives a rule edit and reports the ones that no longer match', () => {
    const changes = [
      { original: key('2026-10-20'), kind: 'cancelled' as const },
      { original: key('2027-04-20'), kind: 'full' as const },
    ]
    // The club now ends in March: the April change has no date any more.
    const edited: EventSchedule = { ...weeklyClub, until: '2027-03-16' }
    const list = occurrences(edited, changes, year)
    expect(list.find((o) => o.key === key('2026-10-20'))!.state).toBe('cancelled')
    expect(unmatchedChanges(edited, changes)).toEqual([changes[1]])
    // Moving the club to Thursdays leaves both without a date.
    expect(
      unmatchedChanges({ ...weeklyClub, weekdays: ['thu'], date: '2026-10-08' }, changes),
    ).toEqual(changes)
    // A change of time moves every original start: nothing matches at 18:00 any more.
    expect(unmatchedChanges({ ...weeklyClub, startTime: '17:00' }, changes)).toHaveLength(2)
  })
})
