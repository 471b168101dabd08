/**
 * Registration for an event's occurrence: the settings an event carries, the facts of one
 * occurrence, and the single decision «confirmed, waiting or refused». Pure: the CMS calls it
 * inside its per-occurrence queue (cms/registration/book.ts) with the places already taken.
 */

/** How a visitor registers: not at all, elsewhere, by phone/e-mail text, or through the site. */
export type RegistrationMode = 'none' | 'external' | 'contact' | 'site'

/** The `registration` group of an event, as far as booking needs it. */
export type RegistrationSettings = {
  mode: RegistrationMode
  /** Places per occurrence. */
  capacity: number
  waitingList: boolean
  /** Most places one person may take in one registration. */
  perPersonLimit: number
  /** Registration closes so many minutes before the start (0: at the start). */
  closesMinutesBefore: number
}

/** One occurrence as booking sees it (computed from the event's rule and per-date changes). */
export type OccurrenceFacts = {
  /** The occurrence's original start, `toISOString()`: its identity. */
  key: string
  /** When it starts now (a moved occurrence starts elsewhen) and ends. */
  start: Date
  end: Date
  cancelled: boolean
  /** Marked «full» by the editor, whatever the count says. */
  markedFull: boolean
}

export type RefusalReason =
  | 'unknown'
  | 'not-through-site'
  | 'cancelled'
  | 'past'
  | 'closed'
  | 'full'
  | 'over-limit'
  | 'no-places'

export type BookingDecision =
  { outcome: 'confirmed' | 'waiting' } | { outcome: 'refused'; reason: RefusalReason }

/** When registration closes: the start minus the set minutes (never after the start). */
export function closesAt(start: Date, closesMinutesBefore: number): Date {
  return new Date(start.getTime() - Math.max(0, closesMinutesBefore) * 60_000)
}

/** Places still free (never negative: an editor may lower the capacity below what is taken). */
export function remainingPlaces(capacity: number, taken: number): number {
  return Math.max(0, capacity - taken)
}

/**
 * Whether `places` can be booked now. `occurrence` is null for an unknown occurrence or an event
 * that is not published (drafts never take registrations). `taken` is the confirmed places.
 * `staff` is a manual add in the admin: it may exceed the per-person limit (a group on the phone)
 * and book until the start, but never beyond capacity.
 */
export function decideBooking(input: {
  occurrence: OccurrenceFacts | null
  settings: RegistrationSettings | null
  now: Date
  places: number
  taken: number
  staff?: boolean
}): BookingDecision {
  const { occurrence, settings, now, places, taken, staff = false } = input
  const refuse = (reason: RefusalReason): BookingDecision => ({ outcome: 'refused', reason })
  if (!occurrence || !settings) return refuse('unknown')
  if (settings.mode !== 'site') return refuse('not-through-site')
  if (!Number.isInteger(places) || places < 1) return refuse('no-places')
  if (occurrence.cancelled) return refuse('cancelled')
  if (now.getTime() >= occurrence.start.getTime()) return refuse('past')
  const closing = staff
    ? occurrence.start
    : closesAt(occurrence.start, settings.closesMinutesBefore)
  if (now.getTime() >= closing.getTime()) return refuse('closed')
  if (!staff && places > settings.perPersonLimit) return refuse('over-limit')
  const full = occurrence.markedFull || remainingPlaces(settings.capacity, taken) < places
  if (!full) return { outcome: 'confirmed' }
  // A request larger than the whole capacity could never be promoted: refuse it outright.
  if (settings.waitingList && places <= settings.capacity) return { outcome: 'waiting' }
  return refuse('full')
}

/**
 * Who moves up from the waiting list after places were freed: the earliest waiting registrations
 * (in `waiting`'s order) that fit, first come first served; one that does not fit blocks those
 * behind it, so a large group is not overtaken for ever by small ones.
 */
export function promotable<T extends { places: number }>(waiting: readonly T[], free: number): T[] {
  const moved: T[] = []
  let left = free
  for (const registration of waiting) {
    if (registration.places > left) break
    moved.push(registration)
    left -= registration.places
  }
  return moved
}

/** Whether the event's registration settings make sense; Ukrainian messages for the admin. */
export function checkSettings(settings: Partial<RegistrationSettings>): string[] {
  if (settings.mode !== 'site') return []
  const problems: string[] = []
  const { capacity, perPersonLimit, closesMinutesBefore } = settings
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1)
    problems.push('Кількість місць має бути цілим числом, більшим за нуль.')
  if (typeof perPersonLimit !== 'number' || !Number.isInteger(perPersonLimit) || perPersonLimit < 1)
    problems.push('Ліміт місць на одну особу має бути цілим числом, більшим за нуль.')
  if (
    closesMinutesBefore !== undefined &&
    (!Number.isInteger(closesMinutesBefore) || closesMinutesBefore < 0)
  )
    problems.push('Час закриття реєстрації — ціле число хвилин, не менше нуля.')
  return problems
}
