import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { eventsCalendar, type CalendarEvent } from '@domain/events/ical'
import { kyivDay, kyivInstant, kyivTime } from '@domain/time/kyivTime'

const window = { from: kyivInstant('2026-09-01'), to: kyivInstant('2027-09-01') }
const options = { name: 'Події', host: 'biblioteky.example', window }

const club: CalendarEvent = {
  id: '7',
  title: 'Розмовний клуб',
  url: 'https://biblioteky.example/podii/klub/',
  location: 'Бібліотека № 12, вулиця Медова, 2',
  schedule: {
    kind: 'rule',
    date: '2026-10-06',
    startTime: '18:00',
    endTime: '19:30',
    frequency: 'weekly',
    weekdays: ['tue'],
    until: '2027-04-27',
    excludedDates: ['2026-12-29'],
    addedDates: [{ date: '2026-12-31', startTime: '12:00', endTime: '13:00' }],
  },
  changes: [
    {
      original: kyivInstant('2026-10-27', '18:00').toISOString(),
      kind: 'cancelled',
      note: 'Ремонт',
    },
    {
      original: kyivInstant('2027-03-30', '18:00').toISOString(),
      kind: 'moved',
      date: '2027-04-01',
      startTime: '17:00',
    },
  ],
}

/** Parse with ical.js, registering the calendar's own VTIMEZONE as a calendar app would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return calendar
}

/** Every instance of a series as a calendar shows it: the rule, exceptions and overrides applied. */
function expand(calendar: ICAL.Component, uid: string) {
  const vevents = calendar
    .getAllSubcomponents('vevent')
    .filter((v) => v.getFirstPropertyValue('uid') === uid)
  const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id')))
  for (const override of vevents.filter((v) => v.hasProperty('recurrence-id')))
    master.relateException(new ICAL.Event(override))
  const iterator = master.iterator()
  const list: { start: Date; status: string | null; summary: string }[] = []
  for (let next = iterator.next(); next && list.length < 200; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next)
    list.push({
      start: details.startDate.toJSDate(),
      status: (details.item.component.getFirstPropertyValue('status') as string | null) ?? null,
      summary: details.item.summary,
    })
  }
  return list
}

describe('iCal feed of events', () => {
  const text = eventsCalendar([club], options)
  const calendar = parse(text)

  it('is RFC 5545 with the Kyiv VTIMEZONE, RRULE, EXDATE and RECURRENCE-ID', () => {
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(text).toContain('TZID:Europe/Kyiv')
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427T205959Z')
    expect(text).toContain('EXDATE;TZID=Europe/Kyiv:20261229T180000')
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Kyiv:20261027T180000')
    expect(text).toContain('STATUS:CANCELLED')
    expect(calendar.getAllSubcomponents('vevent').length).toBe(4)
  })

  it('shows every club evening at 18:00 Kyiv in ical.js, across both DST changes', () => {
    const list = expand(calendar, '7@biblioteky.example')
    const regular = list.filter((o) => kyivDay(o.start) !== '2027-04-01')
    expect(regular.every((o) => kyivTime(o.start) === '18:00')).toBe(true)
    const utc = (day: string) => list.find((o) => kyivDay(o.start) === day)!.start.toISOString()
    expect(utc('2026-10-20')).toBe('2026-10-20T15:00:00.000Z')
    expect(utc('2026-11-03')).toBe('2026-11-03T16:00:00.000Z')
    expect(utc('2027-03-23')).toBe('2027-03-23T16:00:00.000Z')
    expect(utc('2027-04-06')).toBe('2027-04-06T15:00:00.000Z')
    // Excluded date gone; cancelled one marked; moved one at its new time.
    expect(list.some((o) => kyivDay(o.start) === '2026-12-29')).toBe(false)
    expect(list.find((o) => kyivDay(o.start) === '2026-10-27')!.status).toBe('CANCELLED')
    expect(utc('2027-04-01')).toBe('2027-04-01T14:00:00.000Z')
    expect(list.some((o) => kyivDay(o.start) === '2027-03-30')).toBe(false)
    expect(list).toHaveLength(29)
  })

  it('writes an added date as its own event at its own time', () => {
    const added = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((event) => event.uid.startsWith('7-'))!
    expect(kyivDay(added.startDate.toJSDate())).toBe('2026-12-31')
    expect(kyivTime(added.startDate.toJSDate())).toBe('12:00')
  })

  it('gives one date alone, and an exhibition as whole days', () => {
    const key = kyivInstant('2026-11-03', '18:00').toISOString()
    const one = parse(eventsCalendar([club], { ...options, onlyKey: key }))
    const [only] = one.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(one.getAllSubcomponents('vevent')).toHaveLength(1)
    expect(only!.startDate.toJSDate().toISOString()).toBe('2026-11-03T16:00:00.000Z')
    expect(only!.isRecurring()).toBe(false)

    const exhibition = parse(
      eventsCalendar(
        [
          {
            id: '9',
            title: 'Виставка',
            url: 'https://biblioteky.example/podii/v/',
            schedule: { kind: 'span', date: '2026-10-15', endDate: '2026-11-15' },
            changes: [],
          },
        ],
        options,
      ),
    )
    const [span] = exhibition.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(span!.startDate.isDate).toBe(true)
    expect(span!.startDate.toString()).toBe('2026-10-15')
    expect(span!.endDate.toString()).toBe('2026-11-16')
  })
})
