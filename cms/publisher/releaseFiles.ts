import { readdir } from 'node:fs/promises'
import path from 'node:path'

/**
 * Every file of a built release, relative to it. Walked once after the build for both release
 * steps that need the list (precompress and the check): at 10,000 documents a release has 12,000
 * page folders, and one walk of them takes half a second.
 */
export async function releaseFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/**
 * Release steps read files with this many at a time: each read or link waits on the disk and
 * libuv's thread pool rather than on a core, and one at a time they left both cores idle.
 */
export const FILES_IN_FLIGHT = 32

/** Items handled between two turns of the event loop when their loads end at once (cached). */
const ITEMS_PER_TURN = 64

/**
 * `load` of each item, up to `ahead` of them running at once, yielded in the items' order: the
 * reads run ahead while the caller judges each result in turn (the same first error, whatever
 * finishes first), holding at most `ahead` results. The process gets a turn every 64 items, even
 * when every load is answered at once.
 */
export async function* loadAhead<T, R>(
  items: readonly T[],
  load: (item: T) => Promise<R>,
  ahead: number = FILES_IN_FLIGHT,
): AsyncGenerator<[T, R]> {
  const pending = new Map<number, Promise<R>>()
  let started = 0
  for (let index = 0; index < items.length; index += 1) {
    if (index % ITEMS_PER_TURN === ITEMS_PER_TURN - 1)
      await new Promise((resolve) => setImmediate(resolve))
    while (started < items.length && started < index + ahead) {
      const loading = load(items[started]!)
      // Awaited in turn below; until then a failure must not count as unhandled.
      loading.catch(() => undefined)
      pending.set(started, loading)
      started += 1
    }
    const result = await pending.get(index)!
    pending.delete(index)
    yield [items[index]!, result]
  }
}
