import path from 'node:path'

import { getPayload } from 'payload'

import { env } from '../../cms/config/env'
import {
  knownCreator,
  rightsOf,
  typeLabel,
  type CitableItem,
} from '../../cms/lib/citation/citableItem'
import { OaiRepository } from '../../cms/oai/repository'
import config from '../../cms/payload.config'
import type { IiifMetadata } from './manifest'

type Id = number | string

/** A published item with its metadata and the files of its page images, in order. */
export type ItemWithImages = {
  item: CitableItem
  collection: { slug: string; title: string }
  pages: { file: string; filename: string; format: string; label?: string }[]
}

/** Metadata pairs a IIIF viewer shows beside the image. */
export function iiifMetadata(item: CitableItem): IiifMetadata[] {
  const pairs: [string, string, string | undefined][] = [
    ['Ідентифікатор', 'Identifier', item.identifier],
    ['Тип', 'Type', typeLabel(item)],
    ['Автор', 'Creator', knownCreator(item)],
    ['Дата', 'Date', item.dateWritten],
    ['Теми', 'Subjects', item.subjects.join('; ')],
    ['Місця', 'Places', item.places.join('; ')],
    ['Мова', 'Language', item.language],
    ['Формат', 'Format', item.format],
    ['Обсяг', 'Extent', item.extent],
    [
      'Джерело',
      'Source',
      [item.branch, item.shelfMark && `шифр ${item.shelfMark}`].filter(Boolean).join(', '),
    ],
    ['Колекції', 'Collections', item.collections.join('; ')],
    ['Права', 'Rights', rightsOf(item)?.label],
  ]
  return pairs
    .filter((pair): pair is [string, string, string] => Boolean(pair[2]))
    .map(([uk, en, value]) => ({ label: { uk, en }, value }))
}

/**
 * Reads what the public may see (anonymously, never drafts): published items of published
 * collections with their page images.
 */
export async function loadItemsWithImages(): Promise<{
  items: ItemWithImages[]
  collections: { slug: string; title: string }[]
}> {
  const payload = await getPayload({ config })
  const repository = new OaiRepository(payload)
  const collections = (await repository.sets()).map((set) => ({ slug: set.spec, title: set.name }))
  const { records } = await repository.list({}, 0, 1_000_000)
  const { docs } = await payload.find({
    collection: 'items',
    overrideAccess: false,
    draft: false,
    depth: 1,
    limit: 0,
    pagination: false,
    select: { identifier: true, images: true },
  })
  const pagesById = new Map<string, ItemWithImages['pages']>()
  for (const doc of docs) {
    const pages = (doc.images ?? []).flatMap((page) => {
      const media = page.image as
        { id: Id; filename?: string | null; mimeType?: string | null } | Id
      if (typeof media !== 'object' || !media.filename) return []
      return [
        {
          file: path.join(env.dataDir, 'media', media.filename),
          filename: media.filename,
          format: media.mimeType ?? 'image/jpeg',
          label: page.label ?? undefined,
        },
      ]
    })
    pagesById.set(doc.identifier, pages)
  }
  const bySlug = new Map(collections.map((collection) => [collection.slug, collection]))
  return {
    collections,
    items: records.map((record) => ({
      item: record.item,
      collection: bySlug.get(record.sets[0]!)!,
      pages: pagesById.get(record.item.identifier) ?? [],
    })),
  }
}
