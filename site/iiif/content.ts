import path from 'node:path'

import { z } from 'zod'

import { knownCreator, rightsOf, typeLabel, type CitableItem } from '@domain/heritage/citableItem'
import { describeItem } from '@domain/heritage/itemRecord'
import { absolute } from '@domain/urls/iiif'
import { urls } from '@domain/urls/urls'
import type { ItemType } from '@domain/vocabularies/itemTypes'
import { rightsCodeFromUri, type RightsCode } from '@domain/vocabularies/rightsStatements'

import { openReader } from '../data/read/reader'
import {
  branchSchema,
  collectionSchema,
  itemSchema,
  mediaSchema,
  parse,
  siteSchema,
} from '../data/read/schemas'
import type { IiifMetadata } from './manifest'

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

/** A collection's default rights, stored as a code (older data: as the statement's URI). */
const rightsCode = (value: string | undefined): RightsCode | undefined =>
  value?.includes('://') ? rightsCodeFromUri(value) : (value as RightsCode | undefined)

const imageSchema = mediaSchema.extend({ mimeType: z.string().nullish() })
const datedItemSchema = itemSchema.extend({ updatedAt: z.string() })

/**
 * Reads what the public may see, through the site's reader (never drafts; in a preview, the
 * previewed draft): published items of published collections with their page images, in the
 * order harvesters see them (oldest change first).
 */
export async function loadItemsWithImages(site: string): Promise<{
  items: ItemWithImages[]
  collections: { slug: string; title: string }[]
}> {
  const reader = await openReader()
  const [rawSite, rawMedia, rawBranches, rawCollections, rawItems] = await Promise.all([
    reader.siteGlobal(),
    reader.published('media'),
    reader.published('branches'),
    reader.published('digital-collections'),
    reader.published('items'),
  ])
  const publisher = parse(siteSchema, 'site', rawSite).name
  const mediaDir = reader.uploadDir('media')
  const images = new Map(
    rawMedia.map((doc) => parse(imageSchema, 'media', doc)).map((image) => [image.id, image]),
  )
  const branchNames = new Map(
    rawBranches.map((doc) => parse(branchSchema, 'branches', doc)).map((b) => [b.id, b.name]),
  )
  const collectionDocs = rawCollections
    .map((doc) => parse(collectionSchema, 'digital-collections', doc))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100))
  const collectionById = new Map(collectionDocs.map((doc) => [doc.id, doc]))
  const items = rawItems
    .map((doc) => parse(datedItemSchema, 'items', doc))
    .filter((doc) => doc.collections.some((ref) => collectionById.has(ref)))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || Number(a.id) - Number(b.id))
    .map((doc): ItemWithImages => {
      const own = doc.collections
        .map((ref) => collectionById.get(ref))
        .filter((collection) => collection !== undefined)
      const primary = own[0]!
      const item: CitableItem = {
        ...describeItem({ ...doc, type: doc.type as ItemType }),
        branch: doc.source?.branch ? branchNames.get(doc.source.branch) : undefined,
        rights: rightsCode(doc.rights ?? primary.defaultRights),
        collections: own.map((collection) => collection.title),
        url: absolute(site, urls.item(primary.slug, doc.identifier)),
        publisher,
      }
      const pages = (doc.images ?? []).flatMap((page) => {
        const image = page.image ? images.get(page.image) : undefined
        if (!image) return []
        return [
          {
            file: path.join(mediaDir, image.filename),
            filename: image.filename,
            format: image.mimeType ?? 'image/jpeg',
            label: page.label,
          },
        ]
      })
      return { item, collection: { slug: primary.slug, title: primary.title }, pages }
    })
  return {
    collections: collectionDocs.map((doc) => ({ slug: doc.slug, title: doc.title })),
    items,
  }
}
