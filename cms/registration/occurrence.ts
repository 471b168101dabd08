import type { Payload } from 'payload'

import { occurrences, type Occurrence } from '@domain/events/occurrences'
import type { EventSchedule, OccurrenceChange } from '@domain/events/schedule'
import type { OccurrenceFacts, RegistrationSettings } from '@domain/registration/rules'

/** An event's occurrence with what booking, e-mails and access need from the event. */
export type BookableOccurrence = {
  eventId: string | number
  title: string
  slug: string
  branchIds: (string | number)[]
  settings: RegistrationSettings
  facts: OccurrenceFacts
}

/** The parts of a stored event that registration reads. */
type StoredEvent = {
  id: string | number
  title?: string | null
  slug?: string | null
  _status?: string | null
  branches?: unknown[] | null
  schedule?: EventSchedule | null
  changes?: OccurrenceChange[] | null
  registration?: {
    mode?: string | null
    capacity?: number | null
    waitingList?: boolean | null
    maxPlacesPerPerson?: number | null
    closesMinutesBefore?: number | null
  } | null
}

const DAY = 24 * 60 * 60_000
/** Wider than any move (domain/events looks 62 days around a window for moved occurrences). */
const REACH = 70 * DAY

function idOf(value: unknown): string | number | undefined {
  if (value && typeof value === 'object' && 'id' in value)
    return (value as { id: string | number }).id
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

/** The registration group as booking reads it (absent numbers as the admin's defaults). */
export function settingsOf(event: StoredEvent): RegistrationSettings {
  const group = event.registration ?? {}
  const mode = group.mode
  return {
    mode: mode === 'site' || mode === 'external' || mode === 'contact' ? mode : 'none',
    capacity: group.capacity ?? 0,
    waitingList: Boolean(group.waitingList),
    perPersonLimit: group.maxPlacesPerPerson ?? 1,
    closesMinutesBefore: group.closesMinutesBefore ?? 0,
  }
}

/** The occurrence of `event` whose original start is `key`, with its changes applied. */
export function findOccurrenceOf(event: StoredEvent, key: string): Occurrence | undefined {
  const original = new Date(key)
  if (Number.isNaN(original.getTime()) || original.toISOString() !== key) return undefined
  const window = {
    from: new Date(original.getTime() - REACH),
    to: new Date(original.getTime() + REACH),
  }
  return occurrences(event.schedule ?? {}, event.changes, window).find(
    (occurrence) => occurrence.key === key,
  )
}

/**
 * A published event's occurrence, or null when the event is unknown, not published (drafts
 * never take registrations) or has no date with that key. Read from the published version:
 * a draft's edits do not change what the public can book.
 */
export async function findBookableOccurrence(
  payload: Payload,
  eventId: string | number,
  key: string,
): Promise<BookableOccurrence | null> {
  const event = (await payload
    .findByID({ collection: 'events', id: eventId, depth: 0, draft: false, overrideAccess: true })
    .catch(() => null)) as StoredEvent | null
  if (!event || event._status !== 'published') return null
  const occurrence = findOccurrenceOf(event, key)
  if (!occurrence) return null
  return {
    eventId: event.id,
    title: event.title ?? '',
    slug: event.slug ?? '',
    branchIds: (event.branches ?? []).map(idOf).filter((id) => id !== undefined),
    settings: settingsOf(event),
    facts: {
      key,
      start: occurrence.start,
      end: occurrence.end,
      cancelled: occurrence.state === 'cancelled',
      markedFull: occurrence.state === 'full',
    },
  }
}

/** An event's occurrences from `from` on (at most `limit`), for the admin's choice of a date. */
export async function occurrencesForAdmin(
  payload: Payload,
  eventId: string | number,
  from: Date,
  limit = 60,
): Promise<{ title: string; occurrences: Occurrence[] } | null> {
  const event = (await payload
    .findByID({ collection: 'events', id: eventId, depth: 0, draft: false, overrideAccess: true })
    .catch(() => null)) as StoredEvent | null
  if (!event) return null
  const window = { from, to: new Date(from.getTime() + 400 * DAY) }
  return {
    title: event.title ?? '',
    occurrences: occurrences(event.schedule ?? {}, event.changes, window).slice(0, limit),
  }
}
