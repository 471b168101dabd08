import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import { addDays, instantToWall, kyivDay, KYIV } from '../time/kyivTime'
import { type Occurrence, type Window, occurrences, originalStarts } from './occurrences'
import { type EventSchedule, type OccurrenceChange, buildRule } from './schedule'

/**
 * Europe/Kyiv for calendars: EET/EEST with the EU rules (the last Sundays of March and October
 * at 01:00 UTC). Written out so that every reader, ical.js included, needs no time zone database.
 */
export const KYIV_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${KYIV}`,
  'BEGIN:STANDARD',
  'DTSTART:19701025T040000',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
].join('\r\n')

/** What a calendar needs of an event. */
export type CalendarEvent = {
  /** Stable across builds: the CMS id. */
  id: string
  title: string
  summary?: string
  /** Absolute URL of the event's page. */
  url: string
  /** The place as one line (branch and address, or "Онлайн"). */
  location?: string
  schedule: EventSchedule
  changes: OccurrenceChange[]
}

export type FeedOptions = {
  name: string
  /** The host the UIDs are made unique with (the site's). */
  host: string
  /** Occurrences not repeated by a rule are written within this window. */
  window: Window
  /** Only this occurrence (a one-date download). */
  onlyKey?: string
}

const STATE_SUFFIX: Partial<Record<Occurrence['state'], string>> = {
  full: ' (місць немає)',
  moved: ' (перенесено)',
}

function describe(event: CalendarEvent, occurrence?: Occurrence): string {
  return [
    occurrence?.note,
    occurrence?.place ? `Місце: ${occurrence.place}` : undefined,
    event.summary,
    event.url,
  ]
    .filter(Boolean)
    .join('\n\n')
}

type Calendar = ReturnType<typeof ical>

/** One occurrence as its own VEVENT (single and several dates, added dates, one-date downloads). */
function addOccurrence(
  calendar: Calendar,
  event: CalendarEvent,
  occurrence: Occurrence,
  host: string,
) {
  const uid = `${event.id}-${occurrence.key}@${host}`
  const common = {
    id: uid,
    summary: `${event.title}${STATE_SUFFIX[occurrence.state] ?? ''}`,
    description: describe(event, occurrence),
    location: occurrence.onlineUrl ?? occurrence.place ?? event.location ?? null,
    url: event.url,
    status:
      occurrence.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  }
  if (occurrence.span) {
    // All-day dates: the last day is exclusive in iCalendar, as in our `end`.
    calendar.createEvent({
      ...common,
      allDay: true,
      start: new Date(`${kyivDay(occurrence.start)}T12:00:00Z`),
      end: new Date(`${kyivDay(occurrence.end)}T12:00:00Z`),
      timezone: null,
      floating: true,
    })
    return
  }
  calendar.createEvent({
    ...common,
    start: kyiv(occurrence.start),
    end: kyiv(occurrence.end),
    timezone: KYIV,
  })
}

/**
 * ical-generator writes a native Date's TZID time with the machine's own zone; given a
 * Luxon-like value it asks the value for its local fields instead. This is that value, for Kyiv.
 */
class KyivDateTime {
  readonly isValid = true
  constructor(private readonly instant: Date) {}
  toJSDate(): Date {
    return this.instant
  }
  toJSON(): string {
    return this.instant.toISOString()
  }
  setZone(): KyivDateTime {
    return this
  }
  toFormat(format: string): string {
    const stamp = localStamp(this.instant)
    if (format === 'yyyyLLdd') return stamp.slice(0, 8)
    if (format === 'HHmmss') return stamp.slice(9, 15)
    throw new Error(`KyivDateTime: unexpected format ${format}`)
  }
}
const kyiv = (instant: Date) => new KyivDateTime(instant) as unknown as Date

/** "20261006T180000": Kyiv wall time of an instant, as iCalendar writes a TZID time. */
const localStamp = (instant: Date) =>
  new Date(instantToWall(instant)).toISOString().replace(/[-:]/g, '').slice(0, 15)

/**
 * A recurring event as one VEVENT with RRULE and EXDATE (excluded dates), plus a VEVENT with
 * RECURRENCE-ID for every changed date (cancelled ones with STATUS:CANCELLED) and one per added
 * date, so that calendars keep the series and show each change.
 */
function addSeries(calendar: Calendar, event: CalendarEvent, options: FeedOptions) {
  const { schedule } = event
  const rule = schedule.rule ?? buildRule(schedule)
  if (!rule) return
  const ruleOnly: EventSchedule = { ...schedule, excludedDates: [], addedDates: [] }
  const first = originalStarts(ruleOnly, {
    from: new Date(new Date(`${addDays(schedule.date!, -1)}T00:00:00Z`).getTime()),
    to: new Date(new Date(`${addDays(schedule.date!, 400)}T00:00:00Z`).getTime()),
  })[0]
  if (!first) return
  const uid = `${event.id}@${options.host}`
  const excluded = new Set(schedule.excludedDates ?? [])
  const exdates = originalStarts(ruleOnly, options.window).filter((original) =>
    excluded.has(kyivDay(original.start)),
  )
  const rruleLine = /^RRULE:.+$/m.exec(rule)![0]
  const exdateLine = exdates.length
    ? `\nEXDATE;TZID=${KYIV}:${exdates.map((original) => localStamp(original.start)).join(',')}`
    : ''
  calendar.createEvent({
    id: uid,
    summary: event.title,
    description: describe(event),
    location: event.location ?? null,
    url: event.url,
    start: kyiv(first.start),
    end: kyiv(first.end),
    timezone: KYIV,
    repeating: `${rruleLine}${exdateLine}`,
  })
  // Only changed and added dates need VEVENTs of their own: most series have none.
  if (event.changes.length === 0 && (schedule.addedDates ?? []).length === 0) return
  const ruleKeys = new Set(
    originalStarts(ruleOnly, options.window).map((original) => original.start.toISOString()),
  )
  for (const occurrence of occurrences(schedule, event.changes, options.window)) {
    const fromRule =
      ruleKeys.has(occurrence.key) && !excluded.has(kyivDay(occurrence.originalStart))
    if (!fromRule) {
      addOccurrence(calendar, event, occurrence, options.host)
      continue
    }
    if (occurrence.state === 'scheduled' && !occurrence.note) continue
    calendar.createEvent({
      id: uid,
      recurrenceId: kyiv(occurrence.originalStart),
      summary: `${event.title}${STATE_SUFFIX[occurrence.state] ?? ''}`,
      description: describe(event, occurrence),
      location: occurrence.onlineUrl ?? occurrence.place ?? event.location ?? null,
      url: event.url,
      start: kyiv(occurrence.start),
      end: kyiv(occurrence.end),
      timezone: KYIV,
      status:
        occurrence.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
}

/**
 * An RFC 5545 calendar of events: Kyiv times with a VTIMEZONE, series as RRULE with their
 * changes, other dates as single VEVENTs. With `onlyKey`, one occurrence alone.
 */
export function eventsCalendar(events: CalendarEvent[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.host, product: 'podii', language: 'UK' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: KYIV, generator: () => KYIV_VTIMEZONE },
  })
  for (const event of events) {
    if (options.onlyKey) {
      const occurrence = occurrences(event.schedule, event.changes, options.window).find(
        (candidate) => candidate.key === options.onlyKey,
      )
      if (occurrence) addOccurrence(calendar, event, occurrence, options.host)
    } else if (event.schedule.kind === 'rule') addSeries(calendar, event, options)
    else
      for (const occurrence of occurrences(event.schedule, event.changes, options.window))
        addOccurrence(calendar, event, occurrence, options.host)
  }
  return calendar.toString()
}
