import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import type { Prepared } from './indexer'
import { RECENT_FOLDER, RECENT_MANIFEST, type RecentManifest } from './recentManifest'
import { TYPO_FOLDER, type Vocabulary } from './typos'

export { NO_RECENT, RECENT_FOLDER, RECENT_MANIFEST, type RecentManifest } from './recentManifest'

/**
 * Publish → found by search in seconds (#15): Pagefind cannot add a page to an index it has
 * written, and indexing all 10,000 pages again took 26 s of a release. So the publisher's
 * releases keep a **stable bundle** (every page as of the build that made it) in the site cache,
 * and each release gets that bundle (hard links, no copying) plus a small **recent bundle** of the
 * pages added or changed since, in `pagefind/recent/`, which the search page merges in with
 * Pagefind's `mergeIndex` (client.ts). The stable bundle's pages that are gone or superseded are
 * listed in `pagefind/recent.json` with their filter values: the page drops them from results and
 * from the counts beside filters. Their fragments (title, URL, text) are left out of the release,
 * so an unpublished page's text is not served, and the release check reads what is served.
 * Once the recent bundle would hold more than `limit` pages (or the code that makes the index
 * changed), the release indexes every page again and that becomes the new stable bundle.
 */

/** Where the stable bundle is kept between builds, and when it is made again. */
export type StableStore = {
  dir: string
  /** Of the code that makes index inputs and of Pagefind: a change makes the bundle again. */
  fingerprint: string
  /** The most pages (changed, added or deleted) a recent bundle may have. */
  limit: number
}

export type RecentStats = {
  /** Pages in the recent bundle. */
  pages: number
  /** Stable pages left out (deleted or superseded). */
  dropped: number
  /** Every page was indexed, and that is the new stable bundle. */
  stableRebuilt: boolean
}

/**
 * A page of the stable bundle: the digest of what Pagefind was given, its index input's file in
 * the index cache (indexer.ts), its Pagefind id and its filter values.
 */
type StablePage = { digest: string; source: string; id: string; filters: Record<string, string[]> }
type StableManifest = { fingerprint: string; pages: Record<string, StablePage> }

/** What a page of a bundle that indexes every page was indexed from. */
export type IndexedPage = { digest: string; source: string }

/**
 * The stable bundle as a release starts from it: its pages, and the words of all of them (the
 * vocabulary of suggestions, typos.ts, and the word count), so that a release reads the inputs of
 * the changed pages only.
 */
export type Stable = { manifest: StableManifest; vocabulary: Vocabulary; words: number }

type SavedWords = { words: number; tokens: Array<[string, number]> }

const bundleOf = (store: StableStore) => path.join(store.dir, 'bundle')
const manifestOf = (store: StableStore) => path.join(store.dir, 'manifest.json')
const wordsOf = (store: StableStore) => path.join(store.dir, 'words.json')

/** What a page gives Pagefind, as a digest: a page whose input is unchanged stays in the stable bundle. */
export function inputDigest(input: Prepared): string {
  return createHash('sha256')
    .update(input.url)
    .update('\0')
    .update(input.lang ?? '')
    .update('\0')
    .update(input.html)
    .digest('base64url')
}

/** The stable bundle, if there is one made by the same code. */
export async function readStable(store: StableStore): Promise<Stable | undefined> {
  if (store.limit <= 0 || !existsSync(bundleOf(store))) return undefined
  try {
    const manifest = JSON.parse(await readFile(manifestOf(store), 'utf8')) as StableManifest
    if (manifest.fingerprint !== store.fingerprint) return undefined
    const saved = JSON.parse(await readFile(wordsOf(store), 'utf8')) as SavedWords
    return { manifest, vocabulary: new Map(saved.tokens), words: saved.words }
  } catch {
    return undefined
  }
}

export type DroppedPage = { url: string; id: string; filters: Record<string, string[]> }

/**
 * Which stable pages a recent bundle supersedes (changed since) or drops (deleted), or nothing
 * when the pages to index anew and the deleted ones together are more than `limit`.
 */
export function planRecent(
  stable: Pick<StableManifest, 'pages'>,
  current: Map<string, string>,
  changed: number,
  limit: number,
): { dropped: DroppedPage[] } | undefined {
  const dropped: DroppedPage[] = []
  let deleted = 0
  for (const [url, page] of Object.entries(stable.pages)) {
    const digest = current.get(url)
    if (digest === page.digest) continue
    if (digest === undefined) deleted += 1
    dropped.push({ url, id: page.id, filters: page.filters })
  }
  return changed + deleted > limit ? undefined : { dropped }
}

/**
 * A page for the recent bundle, marked as such: its fragment, and so its Pagefind id (a hash of
 * the fragment), then differs from the stable page it supersedes even where the two have the same
 * text (a change of weight alone), so dropping the stable id never drops the recent page.
 */
export function markedRecent(input: Prepared): Prepared {
  return {
    ...input,
    html: input.html.replace(
      '<head>',
      '<head><meta data-pagefind-meta="bundle[content]" content="recent">',
    ),
  }
}

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
}

/** A hard link where the file system allows one (nothing changes a bundle's file), else a copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to))
}

async function linkAll(from: string, to: string, files: string[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(to, file))))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  for (const file of files) await linkOrCopy(path.join(from, file), path.join(to, file))
}

const fragmentFile = (id: string) => path.join('fragment', `${id}.pf_fragment`)

/** The stable bundle into a release's bundle folder, without the fragments of dropped pages. */
export async function linkStable(
  store: StableStore,
  outputPath: string,
  dropped: DroppedPage[],
): Promise<void> {
  const left = new Set(dropped.map((page) => fragmentFile(page.id)))
  const files = (await filesUnder(bundleOf(store))).filter((file) => !left.has(file))
  await linkAll(bundleOf(store), outputPath, files)
}

/** A fragment's page as Pagefind wrote it (gzipped, after a signature). */
function readFragment(data: Buffer): { url: string; filters: Record<string, string[]> } {
  const text = gunzipSync(data).toString('utf8')
  return JSON.parse(text.slice(text.indexOf('{'))) as {
    url: string
    filters: Record<string, string[]>
  }
}

/** The pages of a written bundle by Pagefind id: their filter values (from their fragments). */
export async function bundlePages(
  bundle: string,
): Promise<Record<string, Record<string, string[]>>> {
  const folder = path.join(bundle, 'fragment')
  if (!existsSync(folder)) return {}
  const pages: Record<string, Record<string, string[]>> = {}
  for (const name of await readdir(folder))
    pages[path.basename(name, '.pf_fragment')] = readFragment(
      await readFile(path.join(folder, name)),
    ).filters
  return pages
}

/**
 * Keeps a bundle that indexes every page as the new stable bundle: its files (not the
 * vocabulary's shards, made anew each build), the words of its pages and, by URL, what each page
 * was indexed from, its Pagefind id and filter values, read from its fragment. The manifest is
 * written last, so a bundle cut short is never taken for a stable one.
 */
export async function saveStable(
  store: StableStore,
  outputPath: string,
  indexed: Map<string, IndexedPage>,
  words: { vocabulary: Vocabulary; words: number },
): Promise<void> {
  await rm(store.dir, { recursive: true, force: true })
  const files = (await filesUnder(outputPath)).filter(
    (file) =>
      !file.startsWith(`${TYPO_FOLDER}${path.sep}`) &&
      !file.startsWith(`${RECENT_FOLDER}${path.sep}`) &&
      file !== RECENT_MANIFEST,
  )
  await linkAll(outputPath, bundleOf(store), files)
  const pages: Record<string, StablePage> = {}
  for (const file of files) {
    if (!file.startsWith(`fragment${path.sep}`)) continue
    const { url, filters } = readFragment(await readFile(path.join(outputPath, file)))
    const page = indexed.get(url)
    if (page) pages[url] = { ...page, id: path.basename(file, '.pf_fragment'), filters }
  }
  const saved: SavedWords = { words: words.words, tokens: [...words.vocabulary] }
  await writeFile(wordsOf(store), JSON.stringify(saved))
  const manifest: StableManifest = { fingerprint: store.fingerprint, pages }
  const temporary = `${manifestOf(store)}.next`
  await writeFile(temporary, JSON.stringify(manifest))
  await rename(temporary, manifestOf(store))
}

export async function writeRecentManifest(
  outputPath: string,
  manifest: RecentManifest,
): Promise<void> {
  await mkdir(outputPath, { recursive: true })
  await writeFile(path.join(outputPath, RECENT_MANIFEST), JSON.stringify(manifest))
}
