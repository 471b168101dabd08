import {
  closeSync,
  copyFileSync,
  fstatSync,
  linkSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
} from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { withoutBuildStamp } from '@domain/time/buildStamp'

import { releaseFiles } from './releaseFiles'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/**
 * Files worth compressing: text. Images, fonts, PDFs and Pagefind's index (which Pagefind
 * already stores gzipped) gain nothing.
 */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.webmanifest',
])

/** The precompressed variants the servers look for beside each file, best first. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

/** Below this a compressed copy saves less than one TCP packet's worth: not worth a file. */
const MIN_BYTES = 256

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE_EXTENSIONS.has(path.extname(file).toLowerCase())
}

/**
 * Gzip at its best level and Brotli at quality 10: done once per file, served many times. On the
 * sample site's text Brotli 10 is within 0.5 % of quality 11's size in a third of its time, and
 * 10 % smaller than quality 9.
 */
const BROTLI_QUALITY = 10

/**
 * Files from this size on are compressed at Brotli 7. Quality 10's slow search costs them far
 * more than it saves: at 10,000 documents the open data's documents (9.1 MB) took 2.56 s at 10
 * against 46 ms at 7 for 1.3 % more bytes, the sitemap (0.9 MB, new at every release) 220 against
 * 8 ms and 5 % fewer bytes, Pagefind's UI script (184 kB) 97 against 5 ms for 8 % more. Pages
 * stay below it (the biggest listing is 92 kB) and keep quality 10.
 */
const LARGE_FILE_BYTES = 100_000
const LARGE_FILE_QUALITY = 7

/** The Brotli quality a file of `bytes` is compressed at. */
export function brotliQuality(bytes: number): number {
  return bytes >= LARGE_FILE_BYTES ? LARGE_FILE_QUALITY : BROTLI_QUALITY
}

/** One file as the release serves it pre-compressed (bench:publish times open data's files with it). */
export function compress(data: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return encoding === 'gzip'
    ? gzipAsync(data, { level: 9 })
    : brotliAsync(data, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality(data.length),
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      })
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code

/**
 * A new file `to`, a hard link to `from` where the file system allows one (releases never change
 * a file), else a copy. Throws ENOENT when `from` is missing.
 */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw error
    if (errorCode(error) === 'EEXIST') unlinkSync(to)
    try {
      linkSync(from, to)
    } catch {
      copyFileSync(from, to)
    }
  }
}

/**
 * The built file `to` replaced by a hard link to `from` (or a copy). Moved `aside`, then linked:
 * the release is not live yet, so the moment between does not matter. Moved, not removed: the
 * removal frees the built file's blocks, which just after a build cost 48 µs a file against 29 µs
 * for the move (12,000 files of a 10k release, alternating), and in bench:publish's process
 * 1.7 s of the 2.9 s precompress took; the files moved aside are removed after it, beside the
 * release check. A rename over the file would cost more still: ext4 flushes the renamed file's
 * data first (auto_da_alloc).
 */
function replaceByLink(from: string, to: string, aside: string): void {
  renameSync(to, aside)
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

/**
 * Reads files into one buffer, used again for the next file: a release compares some 25,000
 * files of 10-90 kB, and a new buffer for each made the garbage collector of the process (the
 * CMS's, with its big heap) run again and again. `read` returns a view that the next read
 * overwrites; with `optional`, undefined where there is no such file.
 */
class FileReader {
  private buffer = Buffer.allocUnsafe(256 * 1024)

  read(file: string): Buffer
  read(file: string, optional: true): Buffer | undefined
  read(file: string, optional = false): Buffer | undefined {
    let fd: number
    try {
      fd = openSync(file, 'r')
    } catch (error) {
      const missing = errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR'
      if (optional && missing) return undefined
      throw error
    }
    try {
      const size = fstatSync(fd).size
      if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(size)
      let filled = 0
      while (filled < size) {
        const count = readSync(fd, this.buffer, filled, size - filled, null)
        if (count === 0) break
        filled += count
      }
      return this.buffer.subarray(0, filled)
    } finally {
      closeSync(fd)
    }
  }
}

/**
 * Whether two pages differ in their build stamp alone: a page rendered again from the same data
 * (the listings, which Astro's cache does not keep: 1,600 of them at 10,000 documents) is the
 * same page with a newer stamp.
 */
export function sameApartFromBuildStamp(file: string, a: Buffer, b: Buffer): boolean {
  if (path.extname(file).toLowerCase() !== '.html') return false
  const unstamped = (page: Buffer) => withoutBuildStamp(page.toString('utf8'))
  return unstamped(a) === unstamped(b)
}

/**
 * Variants of an unchanged file are taken over from the previous release: most pages of a
 * release are byte for byte those of the last one (Astro's build cache), and Brotli at a high
 * quality is slow. A page that differs from the last one's only in its build stamp is replaced
 * by the last one (its data are as old as that stamp says, as for a page from Astro's cache), so
 * that it and its variants stay one page; the release check has read it already.
 */
function reuse(
  file: string,
  data: Buffer,
  old: Buffer | undefined,
  previous: string,
  target: string,
  aside: () => string,
): boolean {
  if (!old) return false
  if (!old.equals(data) && !sameApartFromBuildStamp(file, old, data)) return false
  // The variants first: the last release has none where it was not worth one, and then the
  // file is compressed anew (its variants written afresh, never through a link into the last
  // release's files).
  const linked: string[] = []
  try {
    for (const { suffix } of ENCODINGS) {
      linkOrCopy(previous + suffix, target + suffix)
      linked.push(target + suffix)
    }
  } catch (error) {
    for (const variant of linked) unlinkSync(variant)
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
  // The last release's file itself (a hard link): the release check knows it by that and does
  // not read it again (checks.ts), and the two releases share its disk space.
  replaceByLink(previous, target, aside())
  return true
}

/**
 * Files read, compared and linked between two turns of the event loop. These small calls are
 * made synchronously: the release's files were just written and the live release's were read
 * at the last release, so they are in memory, and a call through libuv's thread pool costs
 * three times the call itself (on two cores, 0.65 s against 0.2 s to read 13,000 pages). The
 * process (the CMS's too) gets a turn every few milliseconds.
 */
const FILES_PER_TURN = 64

/**
 * Bytes of files waiting for compression, at most, before the walk waits for it. The walk does
 * not wait for a free core at each changed file: the changed files come in runs (the listings of
 * a section, a search bundle), and it would sit idle through each run while its own work (taking
 * over the unchanged files) waits.
 */
const QUEUED_BYTES = 64 * 1024 * 1024

export type PrecompressStats = { files: number; compressed: number; reused: number }

/**
 * Writes `file.br` and `file.gz` beside every text file of a built release, for the static
 * servers to send as they are (nginx's gzip_static and brotli_static, cms/publisher/staticServer)
 * instead of compressing on every request. A variant that would not be smaller is not written.
 * `walked`: the release's files (releaseFiles), when the caller has them already.
 */
export async function precompressRelease(
  dir: string,
  previousDir?: string,
  walked?: string[],
): Promise<PrecompressStats> {
  const files = (walked ?? (await releaseFiles(dir))).filter(isCompressible)
  const stats: PrecompressStats = { files: files.length, compressed: 0, reused: 0 }
  // zlib's async calls run on libuv's thread pool, beside the loop below: one per core.
  const cores = Math.max(1, os.availableParallelism())
  const waiting: Array<{ target: string; data: Buffer }> = []
  let queued = 0
  const compressing = new Set<Promise<void>>()
  const failures: unknown[] = []
  const compressFile = async (target: string, data: Buffer) => {
    for (const { name, suffix } of ENCODINGS) {
      const packed = await compress(data, name)
      if (packed.length < data.length) await writeFile(target + suffix, packed)
    }
  }
  const startCompressing = () => {
    while (compressing.size < cores && waiting.length > 0) {
      const { target, data } = waiting.shift()!
      const job: Promise<void> = compressFile(target, data)
        .catch((error: unknown) => void failures.push(error))
        .finally(() => {
          compressing.delete(job)
          queued -= data.length
          if (failures.length === 0) startCompressing()
        })
      compressing.add(job)
    }
  }
  const built = new FileReader()
  const last = new FileReader()
  // Beside the release, never in it (it is served once live); named like the staging folder, so
  // that a process that dies before removing it has it removed at the next start with the rest.
  const replaced = `${dir}.replaced`
  let moved = 0
  const aside = () => {
    if (moved === 0) mkdirSync(replaced, { recursive: true })
    moved += 1
    return path.join(replaced, String(moved))
  }
  try {
    await precompressFiles()
  } finally {
    if (moved > 0) void rm(replaced, { recursive: true, force: true }).catch(() => undefined)
  }
  return stats

  async function precompressFiles() {
    for (let index = 0; index < files.length; index += 1) {
      if (index % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve))
      if (failures.length) break
      const file = files[index]!
      const target = path.join(dir, file)
      const data = built.read(target)
      if (data.length < MIN_BYTES) continue
      if (previousDir) {
        const previous = path.join(previousDir, file)
        if (reuse(file, data, last.read(previous, true), previous, target, aside)) {
          stats.reused += 1
          continue
        }
      }
      // A copy of its own: the reader's buffer holds the next file by the time Brotli runs.
      waiting.push({ target, data: Buffer.from(data) })
      queued += data.length
      stats.compressed += 1
      startCompressing()
      while (queued > QUEUED_BYTES && failures.length === 0) await Promise.race(compressing)
    }
    while (compressing.size > 0) await Promise.race(compressing)
    if (failures.length) throw failures[0]
  }
}
