import type { Payload } from 'payload'

import type { File, Media } from '../payload-types'

import { placeholderImage, type PlaceholderImageOptions } from './placeholderImage'
import { placeholderPdf } from './placeholderPdf'
import { findExisting, seedContext, type SeedTally } from './store'

type ImageRequest = PlaceholderImageOptions & { filename: string; alt: string; credit?: string }

/** A generated sample image in `media`, reused when a file of that name is already there. */
export async function ensureImage(
  payload: Payload,
  tally: SeedTally,
  request: ImageRequest,
): Promise<Media['id']> {
  const existing = await findExisting(payload, 'media', { filename: { equals: request.filename } })
  tally.add('media', !existing)
  if (existing) return existing.id
  const data = await placeholderImage(request)
  const created = await payload.create({
    collection: 'media',
    data: {
      alt: request.alt,
      credit: request.credit ?? 'Зразок: згенероване зображення',
      isSample: true,
    },
    file: { data, mimetype: 'image/jpeg', name: request.filename, size: data.length },
    overrideAccess: true,
    context: seedContext,
  })
  return created.id
}

/** A generated sample PDF in `files`, reused when a file of that name is already there. */
export async function ensurePdf(
  payload: Payload,
  tally: SeedTally,
  request: { filename: string; title: string; documentTitle: string },
): Promise<File['id']> {
  const existing = await findExisting(payload, 'files', { filename: { equals: request.filename } })
  tally.add('files', !existing)
  if (existing) return existing.id
  const data = await placeholderPdf(request.documentTitle)
  const created = await payload.create({
    collection: 'files',
    data: { title: request.title, isSample: true },
    file: { data, mimetype: 'application/pdf', name: request.filename, size: data.length },
    overrideAccess: true,
    context: seedContext,
  })
  return created.id
}
