import { type CalendarEvent, eventsCalendar } from '@domain/events/ical'
import { occurrenceStamp } from '@domain/urls/urls'

import type { EventData, SiteData } from '../data/model'
import { buildWindow } from '../data/shape/events'
import { pageCacheKey } from './cacheKey'

const siteUrl = () => new URL(process.env.SITE_URL || 'http://localhost:4321')

function calendarEvent(event: EventData, base: URL): CalendarEvent {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    url: new URL(event.url, base).href,
    location:
      event.venue === 'online'
        ? `Онлайн${event.onlineUrl ? `: ${event.onlineUrl}` : ''}`
        : event.placeText,
    schedule: event.schedule,
    changes: event.changes,
  }
}

/**
 * An iCalendar file of events (the network, a branch, an audience, one event). Its dates are
 * those in the build window around the start of the build's UTC day, not its instant: so the
 * file is the same all day for the same events, and a release copies it from the last one
 * (feedCacheKey) instead of writing it again.
 */
export function feed(events: EventData[], name: string, now: Date, onlyKey?: string): string {
  const base = siteUrl()
  return eventsCalendar(
    events.map((event) => calendarEvent(event, base)),
    { name, host: base.host, window: buildWindow(new Date(feedDay(now))), onlyKey },
  )
}

/** The UTC day (YYYY-MM-DD) a feed's dates are counted from. */
const feedDay = (now: Date) => now.toISOString().slice(0, 10)

/**
 * The cacheKey (site/lib/cacheKey.ts) of the file feed() writes from the same arguments: the
 * events as the calendar gets them, the name, the one date and the day the window starts from.
 * A copied file keeps the DTSTAMP (the time it was written) of the release that wrote it.
 */
export function feedCacheKey(
  site: SiteData,
  events: EventData[],
  name: string,
  now: Date,
  onlyKey?: string,
): string {
  const base = siteUrl()
  const calendarEvents = events.map((event) => calendarEvent(event, base))
  return pageCacheKey(site, feedDay(now), base.host, name, onlyKey ?? null, calendarEvents)
}

/** `slug.ics` for a series, `slug.<UTC stamp>.ics` for one date: the file names under /podii/kalendar/. */
/** How many upcoming dates an event's page lists (a weekly club has a year of them). */
export const LISTED_DATES = 60

/**
 * How many of those get a calendar file of their own: about three months of a weekly club. Every
 * release writes these files; later dates are in the series' file, which every page links.
 */
export const DATES_WITH_OWN_FILE = 12

/** Whether the listed date at this position has its own calendar file. */
export const hasOwnCalendarFile = (occurrence: { state: string }, position: number) =>
  occurrence.state !== 'cancelled' && position < DATES_WITH_OWN_FILE

/** The dates an event's page lists: the first upcoming ones at the build's instant. */
export function listedDates(event: EventData, now: Date): EventData['occurrences'] {
  return upcomingDates(event, now).slice(0, LISTED_DATES)
}

export function upcomingDates(event: EventData, now: Date): EventData['occurrences'] {
  return event.occurrences.filter((occurrence) => Date.parse(occurrence.end) > now.getTime())
}

export function icsFiles(
  events: EventData[],
  now: Date,
): { file: string; event: EventData; key?: string }[] {
  return events.flatMap((event) => [
    { file: event.slug, event },
    ...listedDates(event, now)
      .filter(hasOwnCalendarFile)
      .map((occurrence) => ({
        file: `${event.slug}.${occurrenceStamp(occurrence.key)}`,
        event,
        key: occurrence.key,
      })),
  ])
}

export const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' }
