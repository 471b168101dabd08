import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import {
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

/** Tile edge in pixels. */
const TILE_SIZE = 512
/** Placeholder service base written by sharp; the real address is set when copying. */
const PLACEHOLDER = 'https://iiif.invalid/images'

export type TileSet = {
  hash: string
  width: number
  height: number
  /** The thumbnail size sharp wrote under `full/`. */
  thumbnail?: { width: number; height: number }
  dir: string
}

/** First 16 hex digits of the SHA-256 of a file, read as a stream. */
export async function fileHash(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex').slice(0, 16)
}

type Info = { width: number; height: number }

async function describe(dir: string, hash: string): Promise<TileSet> {
  const info = JSON.parse(await readFile(path.join(dir, 'info.json'), 'utf8')) as Info
  const full = existsSync(path.join(dir, 'full')) ? await readdir(path.join(dir, 'full')) : []
  const size = full.map((name) => /^(\d+),(\d+)$/.exec(name)).find(Boolean)
  return {
    hash,
    width: info.width,
    height: info.height,
    thumbnail: size ? { width: Number(size[1]), height: Number(size[2]) } : undefined,
    dir,
  }
}

/**
 * Static IIIF Image API 3 level-0 tiles of `source`, made with sharp into `cacheDir/<hash>`
 * once: an image whose bytes did not change is never tiled again. Written to a temporary
 * folder and renamed, so an interrupted build leaves no half-made tile set.
 */
export async function ensureTiles(
  source: string,
  cacheDir: string,
): Promise<TileSet & { made: boolean }> {
  const hash = await fileHash(source)
  const dir = path.join(cacheDir, hash)
  if (existsSync(path.join(dir, 'info.json')))
    return { ...(await describe(dir, hash)), made: false }
  await mkdir(cacheDir, { recursive: true })
  const work = await mkdtemp(path.join(cacheDir, '.tmp-'))
  try {
    await sharp(source, { limitInputPixels: 100_000_000 })
      .rotate()
      .jpeg({ quality: 82 })
      .tile({ layout: 'iiif3', size: TILE_SIZE, id: PLACEHOLDER })
      .toFile(path.join(work, hash))
    await rename(path.join(work, hash), dir).catch((error: NodeJS.ErrnoException) => {
      // Another build made the same tiles meanwhile: theirs are as good as ours.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
    })
  } catch (cause) {
    throw new Error(`Could not make IIIF tiles of ${source}.`, { cause })
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return { ...(await describe(dir, hash)), made: true }
}

/** Links (or copies, across file systems) every file of `from` into `to`. */
async function linkTree(from: string, to: string): Promise<number> {
  let count = 0
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) count += await linkTree(source, target)
    else if (entry.name !== 'info.json') {
      await link(source, target).catch(() => copyFile(source, target))
      count += 1
    }
  }
  return count
}

/**
 * Puts a tile set into the site output at `serviceId`'s path, with its info.json naming the
 * public service address.
 */
export async function publishTiles(
  tiles: TileSet,
  outDir: string,
  servicePath: string,
  serviceId: string,
): Promise<number> {
  const target = path.join(outDir, ...servicePath.split('/').filter(Boolean))
  const count = await linkTree(tiles.dir, target)
  const info = JSON.parse(await readFile(path.join(tiles.dir, 'info.json'), 'utf8')) as Record<
    string,
    unknown
  >
  await writeFile(path.join(target, 'info.json'), JSON.stringify({ ...info, id: serviceId }))
  return count + 1
}

const DAY = 86_400_000

/**
 * Keeps the tile cache from growing without end: marks the tile sets this build used as fresh
 * and removes those no build has used for `maxAgeDays` (images replaced or unpublished long
 * ago), and temporary folders left by interrupted builds. Sets another build may still use are
 * younger than that, so concurrent builds are safe.
 */
export async function pruneTileCache(
  cacheDir: string,
  used: Iterable<string>,
  maxAgeDays = 30,
  now = new Date(),
): Promise<number> {
  for (const hash of used) await utimes(path.join(cacheDir, hash), now, now).catch(() => undefined)
  if (!existsSync(cacheDir)) return 0
  let removed = 0
  for (const entry of await readdir(cacheDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const dir = path.join(cacheDir, entry.name)
    const age = now.getTime() - (await stat(dir)).mtimeMs
    const limit = entry.name.startsWith('.tmp-') ? DAY : maxAgeDays * DAY
    if (age > limit) {
      await rm(dir, { recursive: true, force: true })
      removed += 1
    }
  }
  return removed
}
