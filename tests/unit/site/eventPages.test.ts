import { describe, expect, it } from 'vitest'

import { kyivInstant } from '@domain/time/kyivTime'
import { occurrences, type EventSchedule } from '@domain/events'
import { shapeOccurrence } from '../../../site/data/shape/events'
import { eventJsonLd } from '../../../site/lib/eventJsonLd'
import { DATES_WITH_OWN_FILE, icsFiles, listedDates } from '../../../site/lib/eventFeeds'
import type { EventData } from '../../../site/data/model'

// A weekly club in a branch whose dates are changed one by one; the JSON-LD must tell search
// engines what happened to each date (schema.org eventStatus).
const club: EventSchedule = {
  kind: 'rule',
  date: '2026-12-01',
  startTime: '18:00',
  endTime: '19:30',
  frequency: 'weekly',
  weekdays: ['tue'],
  until: '2026-12-29',
}
const key = (day: string) => kyivInstant(day, '18:00').toISOString()
const window = { from: kyivInstant('2026-11-01'), to: kyivInstant('2027-02-01') }

function eventAt(venue: EventData['venue'], onlineUrl?: string): EventData {
  const changes = [
    { original: key('2026-12-08'), kind: 'cancelled' as const },
    { original: key('2026-12-15'), kind: 'moved' as const, date: '2026-12-17' },
    { original: key('2026-12-22'), kind: 'moved' as const, place: 'https://meet.example.org/klub' },
    { original: key('2026-12-29'), kind: 'full' as const },
  ]
  return {
    id: '1',
    slug: 'klub',
    url: '/podii/klub/',
    title: 'Розмовний клуб',
    category: 'club',
    categoryLabel: 'Клуб',
    audiences: ['adults'],
    audienceLabels: ['Дорослі'],
    branches: [{ title: 'Бібліотека ім. Лесі Українки', href: '/biblioteky/lesi/' }],
    branchSlugs: ['lesi'],
    venue,
    placeText: 'Бібліотека ім. Лесі Українки, вул. Прикладна, 1',
    address: 'вул. Прикладна, 1',
    onlineUrl,
    free: true,
    tags: [],
    programmeTasks: [],
    bodyHtml: '',
    scheduleText: 'щовівторка, 18:00–19:30',
    schedule: club,
    changes,
    registration: { mode: 'none', waitingList: false, closesMinutesBefore: 0 },
    occurrences: occurrences(club, changes, window).map(shapeOccurrence),
    updatedAt: '2026-11-20T10:00:00.000Z',
  } as unknown as EventData
}

const base = new URL('https://example.org/')

describe('schema.org Event per date', () => {
  it('names each state, with the previous start of a moved date and the online place of a date moved online', () => {
    const event = eventAt('branch')
    const ld = eventJsonLd(event, event.occurrences, 'ЦБС', base)
    const byStart = (day: string) => ld.find((entry) => entry.startDate === day)!
    expect(ld.map((entry) => entry.eventStatus)).toEqual([
      'https://schema.org/EventScheduled',
      'https://schema.org/EventCancelled',
      'https://schema.org/EventRescheduled',
      'https://schema.org/EventMovedOnline',
      'https://schema.org/EventScheduled',
    ])
    const moved = byStart(kyivInstant('2026-12-17', '18:00').toISOString())
    expect(moved.previousStartDate).toBe(key('2026-12-15'))
    expect(moved.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    const online = byStart(key('2026-12-22'))
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(online.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://meet.example.org/klub',
    })
    expect((byStart(key('2026-12-29')).offers as { availability: string }).availability).toBe(
      'https://schema.org/SoldOut',
    )
  })

  it('keeps an online event scheduled when its link changes for one date', () => {
    const event = eventAt('online', 'https://meet.example.org/usi')
    const ld = eventJsonLd(event, event.occurrences, 'ЦБС', base)
    expect(ld.map((entry) => entry.eventStatus)).not.toContain(
      'https://schema.org/EventMovedOnline',
    )
    expect(
      ld.every((entry) => String(entry.eventAttendanceMode).endsWith('OnlineEventAttendanceMode')),
    ).toBe(true)
  })
})

describe('calendar files of an event', () => {
  it('one for the series and one for each of the first listed dates that is not cancelled', () => {
    const event = eventAt('branch')
    const builtAt = kyivInstant('2026-11-20', '12:00')
    const files = icsFiles([event], builtAt)
    // Five dates in December, one of them cancelled.
    expect(files.map((file) => file.key ?? 'series')).toEqual([
      'series',
      key('2026-12-01'),
      key('2026-12-15'),
      key('2026-12-22'),
      key('2026-12-29'),
    ])
  })

  it('stops after the first dates of a long series, which the series file still holds', () => {
    const weekly: EventSchedule = { ...club, until: '2027-12-28' }
    const event = {
      ...eventAt('branch'),
      schedule: weekly,
      changes: [],
      occurrences: occurrences(weekly, [], {
        from: kyivInstant('2026-11-01'),
        to: kyivInstant('2028-01-01'),
      }).map(shapeOccurrence),
    }
    const builtAt = kyivInstant('2026-11-20', '12:00')
    expect(listedDates(event, builtAt).length).toBeGreaterThan(DATES_WITH_OWN_FILE)
    expect(icsFiles([event], builtAt)).toHaveLength(1 + DATES_WITH_OWN_FILE)
  })
})
