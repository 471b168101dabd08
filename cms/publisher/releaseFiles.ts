import { readdirSync } from 'node:fs'
import path from 'node:path'

/** Folders read between two turns of the event loop while a release is walked. */
const FOLDERS_PER_TURN = 64

/**
 * Every file of a built release, relative to it, folder by folder from the top. Walked once after
 * the build for both release steps that need the list (precompress and the check): at 10,000
 * documents a release has 12,000 page folders. Each folder is read synchronously, as the other
 * release steps make their small file calls (the folders were just written): the walk of a 10k
 * release took 0.2 s so, against 0.6-1.0 s with readdir's recursive option through libuv's
 * thread pool.
 */
export async function releaseFiles(dir: string): Promise<string[]> {
  const files: string[] = []
  const folders = ['']
  for (let index = 0; index < folders.length; index += 1) {
    if (index % FOLDERS_PER_TURN === FOLDERS_PER_TURN - 1)
      await new Promise((resolve) => setImmediate(resolve))
    const folder = folders[index]!
    for (const entry of readdirSync(path.join(dir, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}${path.sep}${entry.name}` : entry.name
      if (entry.isDirectory()) folders.push(relative)
      else if (entry.isFile()) files.push(relative)
    }
  }
  return files
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
