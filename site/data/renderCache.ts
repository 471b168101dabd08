import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises'
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

/**
 * Rendered document bodies kept from the last release build (issue #15): at 10,000 documents,
 * reading every body and rendering it is about half of the content sync, and a release usually
 * changes one document. An entry is used only for the same document at the same `updatedAt`,
 * rendered by the same code, and while everything it looked up (see Lookup) is unchanged.
 *
 * It lives in the publisher's build cache (SITE_CACHE_DIR), which is dropped whenever a build
 * fails or is cut short; previews, which show drafts, never use it. The file is a log, one JSON
 * line per entry (the last line of an id wins) after a first line naming the code: a release
 * appends the few bodies it rendered instead of writing all of them (tens of MB at 10,000).
 */
export class RenderCache {
  private readonly used = new Map<string, CachedRender>()
  private readonly added = new Map<string, CachedRender>()

  private constructor(
    private readonly file: string,
    private readonly code: string,
    private readonly entries: Map<string, CachedRender>,
    /** Entries in the file, superseded ones included. */
    private readonly lines: number,
  ) {}

  /** The cache in `dir` for renders by the given code; empty when missing or of other code. */
  static open(dir: string, code: string = shapingCodeDigest()): RenderCache {
    const file = path.join(dir, 'rendered-bodies.jsonl')
    const entries = new Map<string, CachedRender>()
    let lines = 0
    let text = ''
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      // No cache yet: every body is rendered anew and the file written.
    }
    const [head, ...rest] = text.split('\n')
    if (head && (safeParse(head) as { code?: string } | undefined)?.code === code) {
      for (const line of rest) {
        // A line cut short (a full disk) does not parse: that body is rendered again.
        const entry = safeParse(line) as [string, CachedRender] | undefined
        if (!entry) continue
        entries.set(entry[0], entry[1])
        lines += 1
      }
    }
    return new RenderCache(file, code, entries, lines)
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
    if (this.added.size === 0) return
    await mkdir(path.dirname(this.file), { recursive: true })
    const lines = (entries: Map<string, CachedRender>) =>
      [...entries].map((entry) => `${JSON.stringify(entry)}\n`).join('')
    if (this.lines > 0 && this.lines + this.added.size <= 2 * this.used.size) {
      // After a newline of its own: a line cut short at the end must not swallow the first.
      await appendFile(this.file, `\n${lines(this.added)}`)
      return
    }
    // Write then rename, so a build cut short never leaves half a file for the next one.
    await writeFile(
      `${this.file}.tmp`,
      `${JSON.stringify({ code: this.code })}\n${lines(this.used)}`,
    )
    await rename(`${this.file}.tmp`, this.file)
  }
}

function safeParse(line: string): unknown {
  if (!line) return undefined
  try {
    return JSON.parse(line) as unknown
  } catch {
    return undefined
  }
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
