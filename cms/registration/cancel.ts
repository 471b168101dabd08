import type { Payload } from 'payload'

import type { Registration } from '@cms/payload-types'

import { promotable, remainingPlaces } from '@domain/registration/rules'
import { takenPlaces, waitingList } from './book'
import { findBookableOccurrence, type BookableOccurrence } from './occurrence'
import { inOccurrenceQueue, occurrenceLockKey } from './occurrenceQueue'

export type Cancelled = {
  ok: true
  alreadyCancelled: boolean
  registration: Registration
  /** Waiting registrations moved up to confirmed, to be notified by the caller. */
  promoted: Registration[]
  occurrence: BookableOccurrence | null
}
export type CancelRefused = { ok: false; reason: 'unknown' | 'past' }

const eventIdOf = (registration: Registration): string | number =>
  typeof registration.event === 'object' ? registration.event.id : registration.event

async function load(payload: Payload, id: string | number): Promise<Registration | null> {
  return await payload
    .findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true })
    .catch(() => null)
}

/**
 * Cancels a registration and, when that freed confirmed places on an occurrence still ahead,
 * moves the first waiting registrations that fit up to confirmed. All in the occurrence's queue
 * (occurrenceQueue.ts). A registration already cancelled stays so (a second click is harmless).
 */
export async function cancelRegistration(
  payload: Payload,
  id: string | number,
  now: Date,
  options: { allowPast?: boolean } = {},
): Promise<Cancelled | CancelRefused> {
  const first = await load(payload, id)
  if (!first) return { ok: false, reason: 'unknown' }
  const key = occurrenceLockKey(eventIdOf(first), first.occurrence)
  return inOccurrenceQueue(key, async () => {
    const registration = await load(payload, id)
    if (!registration) return { ok: false, reason: 'unknown' } as const
    if (registration.status === 'cancelled')
      return { ok: true, alreadyCancelled: true, registration, promoted: [], occurrence: null }
    if (!options.allowPast && now.getTime() >= new Date(registration.occurrenceEnd).getTime())
      return { ok: false, reason: 'past' } as const
    await payload.update({
      collection: 'registrations',
      id,
      data: { status: 'cancelled', cancelledAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    const occurrence = await findBookableOccurrence(
      payload,
      eventIdOf(registration),
      registration.occurrence,
    )
    const promoted =
      registration.status === 'confirmed' ? await promoteWaiting(payload, occurrence, now) : []
    return {
      ok: true,
      alreadyCancelled: false,
      registration: { ...registration, status: 'cancelled' },
      promoted,
      occurrence,
    } as const
  })
}

/**
 * Moves waiting registrations up while places are free. Call inside the occurrence's queue.
 * Nothing moves for an occurrence that has started, is cancelled or marked full.
 */
export async function promoteWaiting(
  payload: Payload,
  occurrence: BookableOccurrence | null,
  now: Date,
): Promise<Registration[]> {
  if (!occurrence || occurrence.settings.mode !== 'site') return []
  const { facts } = occurrence
  if (facts.cancelled || facts.markedFull || now.getTime() >= facts.start.getTime()) return []
  const taken = await takenPlaces(payload, occurrence.eventId, facts.key)
  const free = remainingPlaces(occurrence.settings.capacity, taken)
  const moving = promotable(await waitingList(payload, occurrence.eventId, facts.key), free)
  for (const registration of moving) {
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: { status: 'confirmed' },
      overrideAccess: true,
      depth: 0,
    })
  }
  return moving.map((registration) => ({
    ...(registration as unknown as Registration),
    status: 'confirmed',
  }))
}
