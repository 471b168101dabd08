import { listingChangeInstants } from '@domain/events/listingChanges'
import { occurrences } from '@domain/events/occurrences'
import { buildRule, type EventSchedule, type OccurrenceChange } from '@domain/events/schedule'
import { endOfKyivDay, kyivDay, nextKyivMidnight, startOfKyivDay } from '@domain/time/kyivTime'
import { registerTimeProvider, within, type TimeProvider } from './providers'

/** A stored date (day-only fields are saved as instants) as the Kyiv day the site reads it as. */
function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : kyivDay(date)
}

const dayStart = (value: unknown) => {
  const day = dayOf(value)
  return day ? startOfKyivDay(day) : undefined
}
const dayEnd = (value: unknown) => {
  const day = dayOf(value)
  return day ? endOfKyivDay(day) : undefined
}

/** Published documents only, read as an anonymous visitor reads them (the site's view). */
const asVisitor = { overrideAccess: false, draft: false, depth: 0, pagination: false } as const

/** Every Kyiv midnight: «today» changes for hours, open-now, special days and lists. */
export const midnightProvider: TimeProvider = {
  name: 'midnight',
  label: 'північ за київським часом',
  instants: (_payload, after, upTo) => {
    const found: Date[] = []
    for (let at = nextKyivMidnight(after); at <= upTo; at = nextKyivMidnight(at)) found.push(at)
    return Promise.resolve(found)
  },
}

/** A document becomes valid when its first day starts and expires when its last day ends. */
export const documentsProvider: TimeProvider = {
  name: 'documents',
  label: 'чинність документів',
  instants: async (payload, after, upTo) => {
    // Day-only dates are stored near midnight in some zone: a day's margin either side.
    const from = new Date(after.getTime() - 2 * 86_400_000).toISOString()
    const to = new Date(upTo.getTime() + 86_400_000).toISOString()
    const { docs } = await payload.find({
      collection: 'documents',
      ...asVisitor,
      select: { validFrom: true, validTo: true },
      where: {
        or: [
          { and: [{ validFrom: { greater_than: from } }, { validFrom: { less_than: to } }] },
          { and: [{ validTo: { greater_than: from } }, { validTo: { less_than: to } }] },
        ],
      },
    })
    return within(
      docs.flatMap((doc) => [dayStart(doc.validFrom), dayEnd(doc.validTo)]),
      after,
      upTo,
    )
  },
}

/** Closures, changed hours and special days of branches start and end with their days. */
export const branchesProvider: TimeProvider = {
  name: 'branches',
  label: 'закриття, змінені години й особливі дні бібліотек',
  instants: async (payload, after, upTo) => {
    const { docs } = await payload.find({
      collection: 'branches',
      ...asVisitor,
      select: { closures: true, changedHours: true, specialDays: true },
    })
    const spans = docs.flatMap((branch) => [
      ...(branch.closures ?? []),
      ...(branch.changedHours ?? []),
      ...(branch.specialDays ?? []),
    ])
    return within(
      spans.flatMap((span) => [dayStart(span.from), dayEnd(span.to)]),
      after,
      upTo,
    )
  },
}

/** An event leaves «upcoming» lists when an occurrence ends (domain/events/listingChanges). */
export const eventsProvider: TimeProvider = {
  name: 'events',
  label: 'завершені події',
  instants: async (payload, after, upTo) => {
    const { docs } = await payload.find({
      collection: 'events',
      ...asVisitor,
      select: { schedule: true, changes: true },
    })
    return docs.flatMap((event) => {
      const stored = (event.schedule ?? {}) as EventSchedule
      const schedule = { ...stored, rule: stored.rule ?? buildRule(stored) ?? null }
      const changes = (event.changes ?? []) as OccurrenceChange[]
      const list = occurrences(schedule, changes, { from: after, to: upTo })
      return listingChangeInstants(list, after, upTo)
    })
  },
}

/** An alert appears at its start and disappears at its end, to the minute. */
export const alertsProvider: TimeProvider = {
  name: 'alerts',
  label: 'початок і кінець оголошень',
  instants: async (payload, after, upTo) => {
    const from = after.toISOString()
    const to = upTo.toISOString()
    const { docs } = await payload.find({
      collection: 'alerts',
      ...asVisitor,
      select: { startsAt: true, endsAt: true },
      where: {
        or: [
          { and: [{ startsAt: { greater_than: from } }, { startsAt: { less_than_equal: to } }] },
          { and: [{ endsAt: { greater_than: from } }, { endsAt: { less_than_equal: to } }] },
        ],
      },
    })
    return within(
      docs.flatMap((alert) => [
        new Date(alert.startsAt),
        alert.endsAt ? new Date(alert.endsAt) : undefined,
      ]),
      after,
      upTo,
    )
  },
}

/** The providers of this codebase; features that add time-dependent content register theirs. */
export function registerBuiltinProviders(): void {
  for (const provider of [
    midnightProvider,
    documentsProvider,
    branchesProvider,
    eventsProvider,
    alertsProvider,
  ])
    registerTimeProvider(provider)
}
