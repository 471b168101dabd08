import { describe, expect, it } from 'vitest'

import { kyivInstant } from '@domain/time/kyivTime'
import { occurrences, type EventSchedule } from '@domain/events'
import { shapeOccurrence } from '../../../site/data/shape/events'
import { feed, feedCacheKey } from '../../../site/lib/eventFeeds'
import type { EventData, SiteData } from '../../../site/data/model'

// A release copies a calendar file from the last one when its cacheKey is unchanged
// (site/lib/cacheKey.ts): equal keys must mean an equal file, whatever the build's instant.

// A talk a year before the builds below: right at the start of their window (366 days back).
const talk: EventSchedule = {
  kind: 'single',
  date: '2026-11-20',
  startTime: '12:00',
  endTime: '13:00',
}
const event = {
  id: '7',
  slug: 'lektsiia',
  url: '/podii/lektsiia/',
  title: 'Лекція про Солом’янку',
  summary: 'Історія району в листівках.',
  venue: 'branch',
  placeText: 'Бібліотека ім. Лесі Українки',
  schedule: talk,
  changes: [],
  occurrences: occurrences(talk, [], {
    from: kyivInstant('2026-11-01'),
    to: kyivInstant('2026-12-01'),
  }).map(shapeOccurrence),
} as unknown as EventData
const site = { name: 'ЦБС', shortName: 'ЦБС', builtAt: '' } as unknown as SiteData

/** The file without DTSTAMP, the instant it was written, which a copied file keeps from then. */
const written = (instant: Date) => feed([event], 'Події', instant).replace(/^DTSTAMP:.*\r?\n/gm, '')
const key = (instant: Date) => feedCacheKey(site, [event], 'Події', instant)

describe('calendar files in the release cache', () => {
  // 366 days before the morning build is 06:00 UTC of the talk's day, before it starts; before
  // the evening build it is 20:00 UTC, after it ends.
  const morning = new Date('2027-11-21T06:00:00Z')
  const evening = new Date('2027-11-21T20:00:00Z')
  const nextDay = new Date('2027-11-22T06:00:00Z')

  it('writes the same file all day, so the key of a day holds all the file depends on', () => {
    expect(written(morning)).toContain('SUMMARY:Лекція про Солом’янку')
    expect(written(evening)).toBe(written(morning))
    expect(key(evening)).toBe(key(morning))
  })

  it('changes the key with the day, the events, the name and the one date', () => {
    expect(key(nextDay)).not.toBe(key(morning))
    const renamed = { ...event, title: 'Лекція про Чоколівку' }
    expect(feedCacheKey(site, [renamed], 'Події', morning)).not.toBe(key(morning))
    expect(feedCacheKey(site, [event], 'Події: діти', morning)).not.toBe(key(morning))
    const only = event.occurrences[0]!.key
    expect(feedCacheKey(site, [event], 'Події', morning, only)).not.toBe(key(morning))
  })
})
