import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { constants, gunzip, gzip } from 'node:zlib'

/**
 * The original text in the fragments (#15, bytes of a search). Pagefind stores in each page's
 * fragment, the file a shown result loads, the text it indexed: for Ukrainian pages our keys, one
 * per word (extract.ts). The excerpt needs the original words, which used to travel beside the
 * keys as `text` metadata; but the keys are Latin and the text Cyrillic, so gzip shared nothing
 * between them (a fragment was ≈7.5 kB at 10,000 documents against plain Pagefind's ≈4.6 kB), and
 * Pagefind 1.6 indexes metadata as well, so every original word was in the index too, where no
 * query (they are keys) ever looks for it.
 *
 * So the page Pagefind indexes has no text metadata, and once Pagefind has written the bundle,
 * each fragment's content, the keys, is replaced by the original text. Nothing is lost: the text
 * has one word per key, in the same places, so Pagefind's word locations point at the matched
 * original words, and the search page works out a word's key itself when it needs it
 * (normalize.ts runs there already; client.ts).
 *
 * The format is Pagefind 1.6's: gzip of the signature `pagefind_dcd` and the fragment's JSON. The
 * file keeps its name, Pagefind's hash of the fragment as indexed (keys, metadata and URL), and
 * the bundle is served with `no-cache`, so a name whose text changed is fetched again.
 */

const SIGNATURE = 'pagefind_dcd'
const FRAGMENT_FOLDER = 'fragment'

const unzip = promisify(gunzip)
const zip = promisify(gzip)

/** The original text of pages by URL, kept compact (UTF-8, outside the JS heap) until written. */
export type PageTexts = Map<string, Buffer>

type FragmentData = { url: string; content: string }

/** A fragment file's JSON (Pagefind's gzip with its signature). */
export async function readFragment(file: string): Promise<string> {
  const raw = (await unzip(await readFile(file))).toString('utf8')
  if (!raw.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment`)
  return raw.slice(SIGNATURE.length)
}

/** How many fragments are rewritten at once (zlib works on libuv's thread pool). */
const PARALLEL = 16

/**
 * Puts each page's original text into its fragment, in place of the keys Pagefind indexed.
 * Fragments of pages without a text (English pages, indexed by their own words) stay as they are.
 * Returns how many were rewritten.
 */
export async function writeOriginalText(bundleDir: string, texts: PageTexts): Promise<number> {
  if (texts.size === 0) return 0
  const dir = path.join(bundleDir, FRAGMENT_FOLDER)
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'))
  let written = 0
  const one = async (name: string) => {
    const file = path.join(dir, name)
    const data = JSON.parse(await readFragment(file)) as FragmentData
    const text = texts.get(data.url)
    if (text === undefined) return
    const json = JSON.stringify({ ...data, content: text.toString('utf8') })
    // Pagefind's own level: the fragments are served as they are, never compressed again.
    await writeFile(
      file,
      await zip(Buffer.from(SIGNATURE + json), { level: constants.Z_BEST_COMPRESSION }),
    )
    written += 1
  }
  for (let start = 0; start < names.length; start += PARALLEL)
    await Promise.all(names.slice(start, start + PARALLEL).map(one))
  return written
}
