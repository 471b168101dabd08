import {
  type Day,
  type Time,
  addDays,
  instantToWall,
  isDay,
  isTime,
  kyivDay,
  kyivInstant,
  kyivTime,
  wallToInstant,
} from '../time/kyivTime'
import {
  DEFAULT_DURATION_MINUTES,
  type EventSchedule,
  type ExtraDate,
  type OccurrenceChange,
  buildRule,
  wallRule,
} from './schedule'

export type OccurrenceState = 'scheduled' | 'cancelled' | 'moved' | 'full'

/** One date of an event, computed from its schedule and its per-date changes (never stored). */
export type Occurrence = {
  /** The original start as `toISOString()`: the key of changes and registrations. */
  key: string
  originalStart: Date
  start: Date
  end: Date
  state: OccurrenceState
  /** A moved occurrence's new place, as the editor wrote it ("Онлайн" when it moved online). */
  place?: string
  /** A date moved online: the meeting's address, written by the editor as the new place. */
  onlineUrl?: string
  note?: string
  /** A period (exhibition): shown as days, not as a time. */
  span: boolean
}

/** A window of instants: [from, to). */
export type Window = { from: Date; to: Date }

const MINUTE = 60_000
/** The most dates one rule yields for one window (far above any real event's). */
export const MAX_RULE_DATES = 5000
const DAY_MS = 24 * 60 * MINUTE
/** How far a moved occurrence may travel and still be found by a window around its new date. */
const MOVE_REACH = 62 * DAY_MS

/** The end of an occurrence that starts at `start` on `day`: its end time, past midnight when earlier. */
function endOf(day: Day, start: Date, startTime: Time, endTime: Time | null | undefined): Date {
  if (!isTime(endTime)) return new Date(start.getTime() + DEFAULT_DURATION_MINUTES * MINUTE)
  const end = kyivInstant(endTime > startTime ? day : addDays(day, 1), endTime)
  return end
}

type Original = { start: Date; end: Date; span: boolean }

function singleOriginal(day: Day, startTime: Time, endTime?: Time | null): Original {
  const start = kyivInstant(day, startTime)
  return { start, end: endOf(day, start, startTime, endTime), span: false }
}

function extra(schedule: EventSchedule, entry: ExtraDate): Original | undefined {
  if (!isDay(entry.date)) return undefined
  const startTime = isTime(entry.startTime) ? entry.startTime : schedule.startTime
  const endTime = isTime(entry.startTime) ? entry.endTime : schedule.endTime
  return singleOriginal(entry.date, isTime(startTime) ? startTime : '00:00', endTime)
}

/** A rule's original starts within a window of instants (before changes). */
function ruleOriginals(schedule: EventSchedule, window: Window): Original[] {
  const text = schedule.rule ?? buildRule(schedule)
  if (!text || !isDay(schedule.date)) return []
  const rule = wallRule(text)
  const startTime = isTime(schedule.startTime) ? schedule.startTime : '00:00'
  const wallFrom = new Date(instantToWall(window.from) - DAY_MS)
  const wallTo = new Date(instantToWall(window.to) + DAY_MS)
  // A runaway rule (say, every minute) stops at a cap instead of filling memory; validation
  // refuses such a rule anyway, this only bounds the cost of finding out.
  const walls = rule.between(wallFrom, wallTo, true, (_date, index) => index < MAX_RULE_DATES)
  return walls.map((wall) => {
    const start = wallToInstant(wall.getTime())
    return { start, end: endOf(kyivDay(start), start, startTime, schedule.endTime), span: false }
  })
}

/** Every original start of a schedule overlapping a window, sorted, without duplicates. */
export function originalStarts(schedule: EventSchedule, window: Window): Original[] {
  const startTime = isTime(schedule.startTime) ? schedule.startTime : '00:00'
  let originals: Original[] = []
  switch (schedule.kind) {
    case 'span': {
      if (!isDay(schedule.date)) return []
      const last = isDay(schedule.endDate) ? schedule.endDate : schedule.date
      originals = [
        {
          start: kyivInstant(schedule.date),
          end: kyivInstant(addDays(last, 1)),
          span: true,
        },
      ]
      break
    }
    case 'rule':
      originals = ruleOriginals(schedule, window)
      break
    case 'dates':
      // The first date and the others.
      originals = (schedule.dates ?? []).map((entry) => extra(schedule, entry)).filter(isSome)
      if (isDay(schedule.date))
        originals.push(singleOriginal(schedule.date, startTime, schedule.endTime))
      break
    default:
      if (isDay(schedule.date))
        originals.push(singleOriginal(schedule.date, startTime, schedule.endTime))
  }
  if (schedule.kind === 'rule') {
    const excluded = new Set(schedule.excludedDates ?? [])
    originals = originals.filter((original) => !excluded.has(kyivDay(original.start)))
    originals.push(
      ...(schedule.addedDates ?? []).map((entry) => extra(schedule, entry)).filter(isSome),
    )
  }
  const seen = new Set<number>()
  return originals
    .filter((original) => {
      if (seen.has(original.start.getTime())) return false
      seen.add(original.start.getTime())
      return original.end > window.from && original.start < window.to
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime())
}

function isSome<T>(value: T | undefined): value is T {
  return value !== undefined
}

/** Apply one change to an occurrence: its state, and for a move the new time or place. */
function applyChange(occurrence: Occurrence, change: OccurrenceChange | undefined): Occurrence {
  if (!change) return occurrence
  const note = change.note?.trim() || undefined
  switch (change.kind) {
    case 'cancelled':
      return { ...occurrence, state: 'cancelled', note }
    case 'full':
      return { ...occurrence, state: 'full', note }
    case 'moved':
      return { ...moved(occurrence, change), state: 'moved', note }
    default:
      return { ...occurrence, note }
  }
}

/** A moved occurrence: new day and/or time (keeping the length unless a new end is given), place. */
function moved(occurrence: Occurrence, change: OccurrenceChange): Occurrence {
  const originalDay = kyivDay(occurrence.originalStart)
  const day = isDay(change.date) ? change.date : originalDay
  const startTime = isTime(change.startTime) ? change.startTime : kyivTime(occurrence.originalStart)
  const start = kyivInstant(day, startTime)
  const length = occurrence.end.getTime() - occurrence.originalStart.getTime()
  const end = isTime(change.endTime)
    ? endOf(day, start, startTime, change.endTime)
    : new Date(start.getTime() + length)
  const place = change.place?.trim() || undefined
  const onlineUrl = onlineMeetingUrl(place)
  if (onlineUrl) return { ...occurrence, start, end, place: ONLINE_PLACE, onlineUrl }
  return { ...occurrence, start, end, ...(place ? { place } : {}) }
}

/** How a date moved online names its place. */
export const ONLINE_PLACE = 'Онлайн'

/**
 * A new place written as a web address means the date moved online: editors paste the meeting
 * link where they would write a room, and readers, calendars and search engines are told so.
 */
export function onlineMeetingUrl(place: string | undefined): string | undefined {
  if (!place || !/^https?:\/\//i.test(place)) return undefined
  try {
    const url = new URL(place)
    return url.hostname.includes('.') ? url.href : undefined
  } catch {
    return undefined
  }
}

/**
 * The occurrences of an event overlapping a window (after moves), sorted by their actual start:
 * the schedule's dates with each per-date change applied by its key. Changes whose key no
 * schedule date has are ignored here (see `unmatchedChanges`).
 */
export function occurrences(
  schedule: EventSchedule,
  changes: OccurrenceChange[] | null | undefined,
  window: Window,
): Occurrence[] {
  const byKey = new Map((changes ?? []).map((change) => [change.original ?? '', change]))
  const wide: Window = {
    from: new Date(window.from.getTime() - MOVE_REACH),
    to: new Date(window.to.getTime() + MOVE_REACH),
  }
  return originalStarts(schedule, wide)
    .map((original) => {
      const key = original.start.toISOString()
      const occurrence: Occurrence = {
        key,
        originalStart: original.start,
        start: original.start,
        end: original.end,
        state: 'scheduled',
        span: original.span,
      }
      return applyChange(occurrence, byKey.get(key))
    })
    .filter((occurrence) => occurrence.end > window.from && occurrence.start < window.to)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** Does the schedule (as it is now) have a date starting exactly at this key? */
export function hasOriginal(schedule: EventSchedule, key: string): boolean {
  const instant = new Date(key)
  if (Number.isNaN(instant.getTime())) return false
  const window: Window = { from: instant, to: new Date(instant.getTime() + MINUTE) }
  return originalStarts(schedule, window).some(
    (original) => original.start.getTime() === instant.getTime(),
  )
}

/**
 * Per-date changes whose date the schedule no longer has (after the rule or the dates were
 * edited): they are kept, and the admin lists them so the editor can fix or delete them.
 */
export function unmatchedChanges(
  schedule: EventSchedule,
  changes: OccurrenceChange[] | null | undefined,
): OccurrenceChange[] {
  return (changes ?? []).filter(
    (change) => !change.original || !hasOriginal(schedule, change.original),
  )
}
