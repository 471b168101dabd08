import type { Payload } from 'payload'

import type { RegistrationInput } from '@domain/registration/input'
import { unique } from './fixtures'

export type SiteEventOptions = {
  /** Kyiv day and time of the single date. */
  date?: string
  startTime?: string
  endTime?: string
  capacity?: number
  waitingList?: boolean
  perPersonLimit?: number
  closesMinutesBefore?: number
  mode?: 'none' | 'external' | 'contact' | 'site'
  branches?: number[]
  status?: 'published' | 'draft'
  /** Per-date changes keyed by the original start. */
  changes?: { original: string; kind: 'cancelled' | 'full' | 'moved' | 'note' }[]
}

/** A one-date event with registration through the site (10 March 2031, 18:00 Kyiv, by default). */
export async function createSiteEvent(payload: Payload, options: SiteEventOptions = {}) {
  const title = unique('Майстер-клас')
  return payload.create({
    collection: 'events',
    draft: options.status === 'draft',
    data: {
      title,
      category: 'workshop',
      audiences: ['adults'],
      venue: 'branch',
      branches: options.branches ?? [],
      schedule: {
        kind: 'single',
        date: options.date ?? '2031-03-10',
        startTime: options.startTime ?? '18:00',
        endTime: options.endTime ?? '19:30',
      },
      changes: options.changes ?? [],
      registration: {
        mode: options.mode ?? 'site',
        capacity: options.capacity ?? 10,
        waitingList: options.waitingList ?? false,
        maxPlacesPerPerson: options.perPersonLimit ?? 4,
        closesMinutesBefore: options.closesMinutesBefore ?? 60,
      },
      _status: options.status ?? 'published',
    },
    overrideAccess: true,
  })
}

/** The occurrence key of a Kyiv wall time in winter (UTC+2): 18:00 → 16:00Z. */
export const WINTER_KEY = (date = '2031-03-10', hour = 16) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000Z`).toISOString()

let people = 0
/** A valid person: name, phone, places. */
export function person(places = 1, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  people += 1
  return {
    name: `Учасник ${people}`,
    contact: `+38067${String(1000000 + people).slice(-7)}`,
    contactKind: 'phone',
    places,
    comment: '',
    ...overrides,
  }
}
