import type { Payload } from 'payload'

import { CONSENT_VERSION } from '@domain/registration/consent'
import type { RegistrationInput } from '@domain/registration/input'
import { overLimitMessage, REFUSAL_MESSAGES } from '@domain/registration/messages'
import { decideBooking, remainingPlaces, type RefusalReason } from '@domain/registration/rules'
import type { RegistrationStatus } from '@domain/vocabularies/registrationStatuses'
import { findBookableOccurrence, type BookableOccurrence } from './occurrence'
import { inOccurrenceQueue, occurrenceLockKey } from './occurrenceQueue'

export type BookingRequest = {
  eventId: string | number
  occurrence: string
  input: RegistrationInput
  now: Date
  /** A manual add by staff (a phone registration): no per-person limit, open until the start. */
  staff?: boolean
}

export type Booked = {
  ok: true
  status: Exclude<RegistrationStatus, 'cancelled'>
  registrationId: string | number
  remaining: number
  occurrence: BookableOccurrence
}
export type Refused = { ok: false; reason: RefusalReason; message: string }

type StoredRegistration = {
  id: string | number
  places: number
  status: RegistrationStatus
  createdAt: string
  contact: string
  name: string
}

/** Places taken by confirmed registrations of one occurrence. */
export async function takenPlaces(
  payload: Payload,
  eventId: string | number,
  key: string,
): Promise<number> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: eventId } },
        { occurrence: { equals: key } },
        { status: { equals: 'confirmed' } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { places: true },
  })
  return docs.reduce((sum, doc) => sum + Number((doc as { places?: number }).places ?? 0), 0)
}

/** The waiting registrations of one occurrence, first come first served. */
export async function waitingList(
  payload: Payload,
  eventId: string | number,
  key: string,
): Promise<StoredRegistration[]> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: eventId } },
        { occurrence: { equals: key } },
        { status: { equals: 'waiting' } },
      ],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // createdAt has millisecond resolution: the id breaks ties in arrival order on both adapters.
  return (docs as unknown as StoredRegistration[]).sort(
    (a, b) =>
      a.createdAt.localeCompare(b.createdAt) ||
      String(a.id).localeCompare(String(b.id), 'en', { numeric: true }),
  )
}

function refused(reason: RefusalReason, occurrence: BookableOccurrence | null): Refused {
  const message =
    reason === 'over-limit' && occurrence
      ? overLimitMessage(occurrence.settings.perPersonLimit)
      : REFUSAL_MESSAGES[reason]
  return { ok: false, reason, message }
}

/**
 * Books places on one occurrence: confirmed while places last, then the waiting list (when the
 * event has one), else refused with a Ukrainian message. Runs in the occurrence's queue, so the
 * count read and the registration written belong together (see occurrenceQueue.ts). The
 * registration is stored before anything else happens (the e-mail is sent by the caller).
 */
export function book(payload: Payload, request: BookingRequest): Promise<Booked | Refused> {
  const key = occurrenceLockKey(request.eventId, request.occurrence)
  return inOccurrenceQueue(key, async () => {
    const occurrence = await findBookableOccurrence(payload, request.eventId, request.occurrence)
    const taken = occurrence
      ? await takenPlaces(payload, occurrence.eventId, request.occurrence)
      : 0
    const decision = decideBooking({
      occurrence: occurrence?.facts ?? null,
      settings: occurrence?.settings ?? null,
      now: request.now,
      places: request.input.places,
      taken,
      staff: request.staff,
    })
    if (decision.outcome === 'refused' || !occurrence) {
      return refused(decision.outcome === 'refused' ? decision.reason : 'unknown', occurrence)
    }
    const { input } = request
    const created = await payload.create({
      collection: 'registrations',
      data: {
        event: occurrence.eventId as number,
        occurrence: request.occurrence,
        occurrenceStart: occurrence.facts.start.toISOString(),
        occurrenceEnd: occurrence.facts.end.toISOString(),
        branches: occurrence.branchIds as number[],
        name: input.name,
        contact: input.contact,
        places: input.places,
        comment: input.comment || undefined,
        status: decision.outcome,
        source: request.staff ? 'staff' : 'site',
        consentVersion: request.staff ? undefined : CONSENT_VERSION,
      },
      overrideAccess: true,
      depth: 0,
    })
    const nowTaken = taken + (decision.outcome === 'confirmed' ? input.places : 0)
    return {
      ok: true,
      status: decision.outcome,
      registrationId: created.id,
      remaining: remainingPlaces(occurrence.settings.capacity, nowTaken),
      occurrence,
    } satisfies Booked
  })
}

/** Free places of an occurrence now (for the form's «залишилось місць»); null when not bookable. */
export async function placesLeft(
  payload: Payload,
  eventId: string | number,
  key: string,
): Promise<{ remaining: number; capacity: number; waitingList: boolean } | null> {
  const occurrence = await findBookableOccurrence(payload, eventId, key)
  if (!occurrence || occurrence.settings.mode !== 'site') return null
  const taken = await takenPlaces(payload, occurrence.eventId, key)
  return {
    remaining: occurrence.facts.markedFull
      ? 0
      : remainingPlaces(occurrence.settings.capacity, taken),
    capacity: occurrence.settings.capacity,
    waitingList: occurrence.settings.waitingList,
  }
}
