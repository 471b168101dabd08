import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { IMAGE_TYPES } from '../collections/Media'
import { formatBytes } from '@domain/format/bytes'
import { inspectUpload } from '../uploads/inspectUpload'

/** Scans larger than this are refused: decoding them would take too much memory. */
export const MAX_IMAGE_PIXELS = 60_000_000

export type CheckedImage = {
  ok: true
  file: string
  /** Short hash of the bytes: names the upload, so a re-import finds it again. */
  hash: string
  mimetype: string
  extension: string
  size: number
  width: number
  height: number
}
export type ImageRefusal = { ok: false; file: string; reason: string }

const TYPE_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

/** Short content hash of image bytes. */
export function hashOf(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 12)
}

const megapixels = (pixels: number) =>
  new Intl.NumberFormat('uk-UA', { maximumFractionDigits: 1 }).format(pixels / 1_000_000)

/**
 * Checks a scan before it is uploaded, the way the upload guard would and more: an image type we
 * accept whose bytes match its name, not larger than the upload limit, not more than
 * MAX_IMAGE_PIXELS (read from the header, before decoding), and decodable to the last byte.
 */
export async function checkImage(
  file: string,
  maxBytes: number,
): Promise<CheckedImage | ImageRefusal> {
  const name = path.basename(file)
  const refuse = (reason: string): ImageRefusal => ({ ok: false, file, reason })
  const mimetype = TYPE_BY_EXTENSION[path.extname(name).toLowerCase()]
  if (!mimetype)
    return refuse(
      `«${name}» — не зображення, яке можна імпортувати (дозволено JPEG, PNG, WebP, AVIF, GIF)`,
    )
  const data = await readFile(file)
  const problem = await inspectUpload(
    { name, mimetype, size: data.length, data },
    { allowed: IMAGE_TYPES, maxBytes },
  )
  if (problem) {
    switch (problem.key) {
      case 'uploadTooLarge':
        return refuse(
          `«${name}» завеликий (${formatBytes(problem.size)}); найбільший дозволений — ${formatBytes(problem.limit)}`,
        )
      case 'uploadScriptable':
        return refuse(`«${name}» — SVG або HTML; такі файли не приймаються з міркувань безпеки`)
      case 'uploadUnrecognized':
        return refuse(`«${name}» — не зображення або файл пошкоджений`)
      case 'uploadTypeMismatch':
        return refuse(`вміст «${name}» не відповідає розширенню: за вмістом це ${problem.detected}`)
      case 'uploadTypeNotAllowed':
        return refuse(`«${name}»: тип ${problem.type} не приймається`)
    }
  }
  let width: number
  let height: number
  try {
    const metadata = await sharp(data, { limitInputPixels: false }).metadata()
    width = metadata.width
    height = metadata.height
  } catch {
    return refuse(`«${name}» пошкоджений: не вдалося прочитати заголовок зображення`)
  }
  if (width * height > MAX_IMAGE_PIXELS)
    return refuse(
      `«${name}» завеликий: ${width}×${height} пікселів (${megapixels(width * height)} Мпікс); найбільше дозволено ${megapixels(MAX_IMAGE_PIXELS)} Мпікс — зменште скан`,
    )
  try {
    // A full decode finds truncated and corrupt files that have a valid header.
    await sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' })
      .resize(64)
      .toBuffer()
  } catch {
    return refuse(`«${name}» пошкоджений: зображення не вдалося розкодувати до кінця`)
  }
  const extension = mimetype === 'image/jpeg' ? 'jpg' : mimetype.split('/')[1]!
  return {
    ok: true,
    file,
    hash: hashOf(data),
    mimetype,
    extension,
    size: data.length,
    width,
    height,
  }
}
