import { copyFile, link, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { withoutBuildStamp } from '@domain/time/buildStamp'

import { FILES_IN_FLIGHT, releaseFiles } from './releaseFiles'

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
 * a file), else a copy. Rejects with ENOENT when `from` is missing.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw error
    if (errorCode(error) === 'EEXIST') await unlink(to)
    await link(from, to).catch(() => copyFile(from, to))
  }
}

/** The built file `to` replaced by a hard link to `from` (or a copy) in one step (a rename). */
async function replaceByLink(from: string, to: string): Promise<void> {
  const temporary = `${to}.link`
  try {
    await link(from, temporary)
  } catch {
    await copyFile(from, to)
    return
  }
  await rename(temporary, to)
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
async function reuse(
  file: string,
  data: Buffer,
  old: Buffer | undefined,
  previous: string,
  target: string,
) {
  if (!old) return false
  if (!old.equals(data) && !sameApartFromBuildStamp(file, old, data)) return false
  // The variants first: the last release has none where it was not worth one, and then the
  // file is compressed anew (its variants written afresh, never through a link into the last
  // release's files).
  const linked: string[] = []
  try {
    for (const { suffix } of ENCODINGS) {
      await linkOrCopy(previous + suffix, target + suffix)
      linked.push(target + suffix)
    }
  } catch (error) {
    await Promise.all(linked.map((variant) => unlink(variant)))
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
  // The last release's file itself (a hard link): the release check knows it by that and does
  // not read it again (checks.ts), and the two releases share its disk space.
  await replaceByLink(previous, target)
  return true
}

/** A counter of free slots: at most `size` holders at a time, the rest wait in turn. */
function slots(size: number) {
  let free = size
  const waiting: Array<() => void> = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (free > 0) free -= 1
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else free += 1
    }
  }
}

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
  // zlib's async calls run on libuv's thread pool: one file per core compressed at a time.
  const compressing = slots(Math.max(1, os.availableParallelism()))
  const one = async (file: string) => {
    const target = path.join(dir, file)
    const previous = previousDir && path.join(previousDir, file)
    const [data, old] = await Promise.all([
      readFile(target),
      previous ? readFile(previous).catch(() => undefined) : undefined,
    ])
    if (data.length < MIN_BYTES) return
    if (previous && (await reuse(file, data, old, previous, target))) {
      stats.reused += 1
      return
    }
    await compressing(async () => {
      for (const { name, suffix } of ENCODINGS) {
        const packed = await compress(data, name)
        if (packed.length < data.length) await writeFile(target + suffix, packed)
      }
    })
    stats.compressed += 1
  }
  let next = 0
  const worker = async () => {
    while (next < files.length) await one(files[next++]!)
  }
  await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, worker))
  return stats
}
