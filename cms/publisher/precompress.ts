import { copyFileSync, linkSync, readFileSync, renameSync, unlinkSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
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

/** One file as the release serves it pre-compressed (bench:publish times open data's files with it). */
export function compress(data: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return encoding === 'gzip'
    ? gzipAsync(data, { level: 9 })
    : brotliAsync(data, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
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

/** The built file `to` replaced by a hard link to `from` (or a copy) in one step (a rename). */
function replaceByLink(from: string, to: string): void {
  const temporary = `${to}.link`
  try {
    linkSync(from, temporary)
  } catch {
    copyFileSync(from, to)
    return
  }
  renameSync(temporary, to)
}

/** A file's bytes, or undefined where there is none. */
function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined
    throw error
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
function reuse(file: string, data: Buffer, previous: string, target: string): boolean {
  const old = readIfThere(previous)
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
  replaceByLink(previous, target)
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
  const compressing = new Set<Promise<void>>()
  const failures: unknown[] = []
  const compressFile = async (target: string, data: Buffer) => {
    for (const { name, suffix } of ENCODINGS) {
      const packed = await compress(data, name)
      if (packed.length < data.length) await writeFile(target + suffix, packed)
    }
  }
  for (let index = 0; index < files.length; index += 1) {
    if (index % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve))
    if (failures.length) break
    const file = files[index]!
    const target = path.join(dir, file)
    const data = readFileSync(target)
    if (data.length < MIN_BYTES) continue
    if (previousDir && reuse(file, data, path.join(previousDir, file), target)) {
      stats.reused += 1
      continue
    }
    while (compressing.size >= cores) await Promise.race(compressing)
    const job: Promise<void> = compressFile(target, data)
      .catch((error: unknown) => void failures.push(error))
      .finally(() => compressing.delete(job))
    compressing.add(job)
    stats.compressed += 1
  }
  await Promise.all(compressing)
  if (failures.length) throw failures[0]
  return stats
}
