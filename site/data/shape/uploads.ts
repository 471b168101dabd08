import path from 'node:path'

import { formatBytes } from '@domain/format/bytes'
import { typeset } from '@domain/format/typography'
import { urls } from '@domain/urls/urls'

import type { ImagePipeline, SourceImage } from '../images'
import { fileSchema, mediaSchema, parse } from '../read/schemas'
import type { Attachment } from '../richText'

/** Published images by id, with their alt text typeset, and the file of each one's sharing size. */
export function shapeMedia(rawMedia: unknown[]): {
  media: Map<string, SourceImage>
  ogFiles: Map<string, string>
} {
  const media = new Map<string, SourceImage>()
  const ogFiles = new Map<string, string>()
  for (const doc of rawMedia) {
    const item = parse(mediaSchema, 'media', doc)
    media.set(item.id, { ...item, alt: typeset(item.alt) })
    if (item.sizes?.og?.filename) ogFiles.set(item.id, item.sizes.og.filename)
  }
  return { media, ogFiles }
}

/** Published attachments by id, copied into the site under /faily/. */
export function shapeFiles(
  rawFiles: unknown[],
  images: ImagePipeline,
  filesDir: string,
): Map<string, Attachment> {
  const files = new Map<string, Attachment>()
  for (const doc of rawFiles) {
    const file = parse(fileSchema, 'files', doc)
    files.set(file.id, {
      title: file.title,
      description: file.description,
      href: images.copy(path.join(filesDir, file.filename), urls.file(file.filename)),
      format: file.format ?? file.filename.split('.').pop()?.toUpperCase() ?? 'файл',
      size: formatBytes(file.filesize),
    })
  }
  return files
}
