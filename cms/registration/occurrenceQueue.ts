/**
 * One queue per occurrence: every change to an occurrence's registrations (a booking, a
 * cancellation with its promotions, a manual add) runs alone, in arrival order, inside the CMS
 * process. Counting and writing then cannot interleave, so the count is exact on any database
 * adapter (SQLite and MongoDB run the very same code), without transactions or adapter-specific
 * conditional updates. It relies on what the project already assumes: one CMS process serves the
 * API (the rate limits live in its memory too). Different occurrences do not wait for each other.
 */
const tails = new Map<string, Promise<unknown>>()

export function occurrenceLockKey(eventId: string | number, occurrenceKey: string): string {
  return `${String(eventId)}|${occurrenceKey}`
}

/** Runs `task` after every earlier task of the same key has settled; its result or error. */
export function inOccurrenceQueue<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const tail = run.then(
    () => undefined,
    () => undefined,
  )
  tails.set(key, tail)
  // Forget the key once nothing is queued behind this task, so the map does not grow for ever.
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key)
  })
  return run
}

/** How many occurrences have work queued (for tests: the map empties itself). */
export function queuedOccurrences(): number {
  return tails.size
}
