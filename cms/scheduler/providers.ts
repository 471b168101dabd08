import type { Payload } from 'payload'

/**
 * A source of the instants at which a published date changes what the site shows: a document's
 * validity starts or ends, a closure or special day begins or is over, an alert appears or
 * disappears, an event's occurrence ends. The scheduler rebuilds the site after each of them.
 * Other features plug in with `registerTimeProvider` (cms/scheduler/builtins.ts registers ours).
 */
export type TimeProvider = {
  /** Stable key, for logs and the reason shown to editors. */
  name: string
  /** What changes, in Ukrainian: «чинність документів». */
  label: string
  /** The instants in (after, upTo], from published content only. */
  instants: (payload: Payload, after: Date, upTo: Date) => Promise<Date[]>
}

const registry = new Map<string, TimeProvider>()

/** Adds (or replaces, by name) a provider. */
export function registerTimeProvider(provider: TimeProvider): void {
  registry.set(provider.name, provider)
}

export function timeProviders(): TimeProvider[] {
  return [...registry.values()]
}

/** Keeps the instants in (after, upTo]. */
export function within(instants: (Date | undefined)[], after: Date, upTo: Date): Date[] {
  return instants.filter(
    (at): at is Date =>
      at !== undefined && at.getTime() > after.getTime() && at.getTime() <= upTo.getTime(),
  )
}
