import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { crc32 } from 'node:zlib'

import sharp from 'sharp'
import yazl from 'yazl'

import { contentDir } from '@cms/config/paths'

/** The sample sheet and scans shipped in content/import-samples. */
export const SAMPLE_DIR = path.join(contentDir, 'import-samples')

/** A temporary folder holding a copy of the sample scans, for tests to add files to. */
export async function scanFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cbs-scans-'))
  await cp(path.join(SAMPLE_DIR, 'scans'), dir, { recursive: true })
  return dir
}

export async function jpegBytes(width = 64, height = 48, hue = 90): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: { r: hue, g: 120, b: 200 - hue / 2 } },
  })
    .jpeg()
    .toBuffer()
}

/**
 * A PNG whose header says it is width×height pixels while its data is tiny: what a real
 * 100-megapixel scan looks like to a reader of the header, without making one.
 */
export async function hugePngBytes(width = 10_000, height = 10_000): Promise<Buffer> {
  const png = await sharp({
    create: { width: 1, height: 1, channels: 3, background: '#808080' },
  })
    .png()
    .toBuffer()
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type + data.
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

/** A JPEG cut off in the middle. */
export async function truncatedJpegBytes(): Promise<Buffer> {
  const full = await sharp({
    create: { width: 400, height: 300, channels: 3, background: '#336699' },
  })
    .jpeg()
    .toBuffer()
  return full.subarray(0, Math.floor(full.length / 2))
}

/**
 * A ZIP with `entries`. Names containing `..` or starting with `/` cannot be written by zip
 * libraries, so they are written under a placeholder of the same length and patched in the bytes,
 * as a hostile archive would have them.
 */
export async function zipBytes(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const patches: [string, string][] = []
  for (const [index, entry] of entries.entries()) {
    let name = entry.name
    if (name.includes('..') || name.startsWith('/')) {
      const placeholder = `${String(index).padStart(2, '0')}${'x'.repeat(name.length - 2)}`
      patches.push([placeholder, name])
      name = placeholder
    }
    zip.addBuffer(entry.data, name)
  }
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  let bytes = Buffer.concat(chunks)
  for (const [placeholder, name] of patches) {
    const from = Buffer.from(placeholder)
    const to = Buffer.from(name)
    let at = bytes.indexOf(from)
    while (at !== -1) {
      to.copy(bytes, at)
      at = bytes.indexOf(from, at + 1)
    }
    bytes = Buffer.from(bytes)
  }
  return bytes
}

export async function writeTemp(name: string, data: string | Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cbs-fixture-'))
  const file = path.join(dir, name)
  await writeFile(file, data)
  return file
}
