import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises'
import { deserialize, serialize } from 'node:v8'
import path from 'node:path'

import { siteBuildCacheDir, siteDir, siteOutDir } from './paths'
import type { TocEntry } from './richText'

/**
 * One value a render looked up outside its own text, as [kind, key, the value's JSON]: an image
 * or file by id, a link target's public URL, a picture of an image (which names its variants by
 * the hash of the image's bytes). A cached render is reused only while every one is unchanged.
 */
export type Lookup = [kind: 'media' | 'file' | 'href' | 'picture', key: string, value: string]

/** A rendered rich text as the pages use it, with what it was rendered from. */
export type CachedRender = {
  /** The document's `updatedAt` when its text was read: any save through the CMS changes it. */
  version: string
  html: string
  toc: TocEntry[]
  lookups: Lookup[]
}

/** The cache's file in the build cache folder. */
export const RENDER_CACHE_FILE = 'rendered-bodies.v8'

/**
 * Rendered document bodies kept from the last release build (issue #15): at 10,000 documents,
 * reading every body and rendering it is about half of the content sync, and a release usually
 * changes one document. An entry is used only for the same document at the same `updatedAt`,
 * rendered by the same code, and while everything it looked up (see Lookup) is unchanged.
 *
 * It lives in the publisher's build cache (SITE_CACHE_DIR), which is dropped whenever a build
 * fails or is cut short; previews, which show drafts, never use it. The file is a log of records
 * (a first one naming the code, then one per entry; the last of an id wins): a release appends
 * the few bodies it rendered instead of writing all of them (tens of MB at 10,000). Records are
 * V8's serialisation, not JSON: reading 78 MB of JSON lines took 0.5 s, these 0.2 s.
 */
export class RenderCache {
  private readonly used = new Map<string, CachedRender>()
  private readonly added = new Map<string, CachedRender>()

  private constructor(
    private readonly file: string,
    private readonly code: string,
    private readonly entries: Map<string, CachedRender>,
    /** Entries in the file, superseded ones included; undefined when it must be written anew. */
    private readonly records: number | undefined,
  ) {}

  /** The cache in `dir` for renders by the given code; empty when missing or of other code. */
  static open(dir: string, code: string = shapingCodeDigest()): RenderCache {
    const file = path.join(dir, RENDER_CACHE_FILE)
    const entries = new Map<string, CachedRender>()
    let buffer: Buffer
    try {
      buffer = readFileSync(file)
    } catch {
      // No cache yet: every body is rendered anew and the file written.
      return new RenderCache(file, code, entries, undefined)
    }
    const { values, whole } = readRecords(buffer)
    const [head, ...rest] = values
    if ((head as { code?: string } | undefined)?.code !== code)
      return new RenderCache(file, code, entries, undefined)
    for (const [id, entry] of rest as [string, CachedRender][]) entries.set(id, entry)
    // A record cut short (a full disk) ends the log: the bodies after it are rendered again,
    // and the file is written anew rather than appended to.
    return new RenderCache(file, code, entries, whole ? rest.length : undefined)
  }

  /** The entry of document `id` if it was rendered from the text of this `version`. */
  get(id: string, version: string): CachedRender | undefined {
    const entry = this.entries.get(id)
    return entry?.version === version ? entry : undefined
  }

  /** Keeps this build's render of a document (a reused one or a new one) for the next build. */
  keep(id: string, entry: CachedRender, isNew: boolean): void {
    this.used.set(id, entry)
    if (isNew) this.added.set(id, entry)
  }

  /**
   * Appends this build's new renders; rewrites the file with just what this build used once
   * superseded or unused entries are as many as the used ones (or the file is of other code).
   */
  async save(): Promise<void> {
    if (this.added.size === 0 && this.records !== undefined) return
    await mkdir(path.dirname(this.file), { recursive: true })
    if (this.records !== undefined && this.records + this.added.size <= 2 * this.used.size) {
      await appendFile(this.file, Buffer.concat([...this.added].map(record)))
      return
    }
    // Write then rename, so a build cut short never leaves half a file for the next one.
    const all = [record({ code: this.code }), ...[...this.used].map(record)]
    await writeFile(`${this.file}.tmp`, Buffer.concat(all))
    await rename(`${this.file}.tmp`, this.file)
  }
}

/** One record of the log: its length (4 bytes, little-endian), then the value serialised. */
function record(value: unknown): Buffer {
  const body = serialize(value)
  const length = Buffer.alloc(4)
  length.writeUInt32LE(body.length)
  return Buffer.concat([length, body])
}

/** The records of a log, up to the first that is cut short or unreadable. */
function readRecords(buffer: Buffer): { values: unknown[]; whole: boolean } {
  const values: unknown[] = []
  let at = 0
  while (at + 4 <= buffer.length) {
    const end = at + 4 + buffer.readUInt32LE(at)
    if (end > buffer.length) return { values, whole: false }
    try {
      values.push(deserialize(buffer.subarray(at + 4, end)))
    } catch {
      return { values, whole: false }
    }
    at = end
  }
  return { values, whole: at === buffer.length }
}

/**
 * The cache of a release build: only with the publisher's SITE_CACHE_DIR (dropped whenever a
 * build fails), never in a preview, whose draft must not be kept for a live release.
 */
export function openReleaseRenderCache(): RenderCache | undefined {
  if (process.env.SITE_PREVIEW || !process.env.SITE_CACHE_DIR) return undefined
  return RenderCache.open(siteBuildCacheDir(siteOutDir()))
}

/** Sources whose change may change a render: the site's data code, the domain, the lockfile. */
const CODE_FOLDERS = ['site/data', 'site/lib', 'domain']

/** A digest of the code that shapes and renders content (and of the installed packages). */
export function shapingCodeDigest(root: string = path.resolve(siteDir, '..')): string {
  const hash = createHash('sha256')
  const files = CODE_FOLDERS.flatMap((folder) => codeFiles(path.join(root, folder)))
  const lockfile = path.join(root, 'package-lock.json')
  if (existsSync(lockfile)) files.push(lockfile)
  for (const file of files.sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}
