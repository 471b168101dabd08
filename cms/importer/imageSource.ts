import { createWriteStream } from 'node:fs'
import { lstat, mkdir, mkdtemp, open, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import iconv from 'iconv-lite'
import yauzl from 'yauzl'

/** An entry of the image folder or ZIP that was not taken, with the reason in Ukrainian. */
export type RefusedEntry = { name: string; reason: string }

/** The scans that come with a sheet: a folder, or a ZIP unpacked safely into a temporary one. */
export type ImageSource = {
  /** The file a sheet names: by its path inside the folder, or by its bare name. */
  find(name: string): string | undefined
  /** How many files there are. */
  count: number
  refused: RefusedEntry[]
  close(): Promise<void>
}

export type ZipLimits = {
  /** Largest single file to unpack. */
  maxFileBytes: number
  /** Largest total to unpack (a guard against ZIP bombs). */
  maxTotalBytes: number
}

async function listFiles(root: string): Promise<string[]> {
  const files: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === '__MACOSX') continue
      const full = path.join(dir, entry.name)
      // Symbolic links are not followed: a scan folder holds files.
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) files.push(full)
    }
  }
  await walk(root)
  return files
}

function indexFiles(root: string, files: string[]) {
  const byPath = new Map<string, string>()
  const byName = new Map<string, string>()
  for (const file of files) {
    byPath.set(path.relative(root, file).split(path.sep).join('/').toLowerCase(), file)
    const name = path.basename(file).toLowerCase()
    if (!byName.has(name)) byName.set(name, file)
  }
  return (name: string) => {
    const wanted = name.trim().replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase()
    return byPath.get(wanted) ?? byName.get(path.posix.basename(wanted))
  }
}

/** Uncompressed to compressed size beyond which an entry is taken for a ZIP bomb. */
const MAX_COMPRESSION_RATIO = 100

/** A folder of scans as it is. */
export async function openImageFolder(folder: string): Promise<ImageSource> {
  const root = path.resolve(folder)
  const files = await listFiles(root)
  return { find: indexFiles(root, files), count: files.length, refused: [], close: async () => {} }
}

/** The entry's name: UTF-8 when the ZIP says so, else the DOS Cyrillic code page Windows uses. */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer
  const hasUnicodePath = entry.extraFields.some((field) => field.id === 0x7075)
  if (entry.generalPurposeBitFlag & 0x800 || hasUnicodePath)
    return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false)
  return iconv.decode(raw, 'cp866')
}

/**
 * Why an entry's path may not be unpacked: absolute paths, drive letters and `..` would write
 * outside the target folder (zip-slip); links could point anywhere.
 */
export function unsafeEntryReason(name: string, target: string, mode: number): string | undefined {
  const normalised = name.replace(/\\/g, '/')
  if (normalised.startsWith('/') || /^[a-z]:/i.test(normalised))
    return 'абсолютний шлях у ZIP-архіві — файл пропущено, щоб не записати його поза тимчасовою текою'
  if (normalised.split('/').includes('..'))
    return 'шлях із «..» у ZIP-архіві намагається вийти за межі теки — файл пропущено'
  const resolved = path.resolve(target, normalised)
  if (!resolved.startsWith(target + path.sep))
    return 'шлях у ZIP-архіві виходить за межі теки — файл пропущено'
  if ((mode & 0o170000) === 0o120000) return 'символьне посилання в ZIP-архіві — пропущено'
  return undefined
}

/** Unpacks the image files of a ZIP into a temporary folder, refusing unsafe entries one by one. */
export async function openImageZip(zipFile: string, limits: ZipLimits): Promise<ImageSource> {
  const target = await mkdtemp(path.join(os.tmpdir(), 'cbs-import-'))
  const refused: RefusedEntry[] = []
  let total = 0
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(zipFile, {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
    })
  } catch (cause) {
    await rm(target, { recursive: true, force: true })
    throw new Error(`ZIP-архів «${path.basename(zipFile)}» пошкоджений або це не ZIP.`, { cause })
  }
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry)
      if (name.endsWith('/')) continue
      const base = path.posix.basename(name.replace(/\\/g, '/'))
      if (base.startsWith('.') || name.startsWith('__MACOSX/')) continue
      const reason = unsafeEntryReason(name, target, entry.externalFileAttributes >>> 16)
      if (reason) {
        refused.push({ name, reason })
        continue
      }
      // Scans barely compress; a file that shrank a hundredfold is a ZIP bomb, not a scan.
      if (
        entry.uncompressedSize > 1024 * 1024 &&
        entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO
      ) {
        refused.push({
          name,
          reason: 'файл у ZIP-архіві стиснуто підозріло сильно (можливо, ZIP-бомба) — пропущено',
        })
        continue
      }
      if (entry.uncompressedSize > limits.maxFileBytes) {
        refused.push({ name, reason: 'файл завеликий для імпорту — пропущено' })
        continue
      }
      total += entry.uncompressedSize
      if (total > limits.maxTotalBytes) {
        refused.push({
          name,
          reason: 'архів розпаковується в надто великий обсяг — решту пропущено',
        })
        break
      }
      const destination = path.resolve(target, name.replace(/\\/g, '/'))
      await mkdir(path.dirname(destination), { recursive: true })
      const stream = await zip.openReadStreamPromise(entry)
      await pipeline(stream, createWriteStream(destination, { flags: 'wx' }))
    }
  } catch (cause) {
    zip.close()
    await rm(target, { recursive: true, force: true })
    throw new Error(`Не вдалося розпакувати ZIP-архів «${path.basename(zipFile)}».`, { cause })
  }
  zip.close()
  const files = await listFiles(target)
  return {
    find: indexFiles(target, files),
    count: files.length,
    refused,
    close: () => rm(target, { recursive: true, force: true }),
  }
}

/** A folder or a ZIP, whichever `location` is. */
export async function openImages(location: string, limits: ZipLimits): Promise<ImageSource> {
  const stats = await lstat(location).catch(() => undefined)
  if (!stats) throw new Error(`Теку або архів зображень «${location}» не знайдено.`)
  if (stats.isDirectory()) return openImageFolder(location)
  const handle = await open(location, 'r')
  const head = Buffer.alloc(4)
  await handle.read(head, 0, 4, 0).finally(() => handle.close())
  if (head[0] === 0x50 && head[1] === 0x4b) return openImageZip(location, limits)
  throw new Error(`«${location}» — не тека й не ZIP-архів.`)
}
