import { typeset } from '@domain/format/typography'
import { slugify } from '@domain/slugs/transliterate'
import { urls } from '@domain/urls/urls'
import { ITEM_TYPES, type ItemType } from '@domain/vocabularies/itemTypes'
import {
  RIGHTS_STATEMENTS,
  rightsCodeFromUri,
  rightsUri,
} from '@domain/vocabularies/rightsStatements'

import type { BranchData, CollectionData, ItemData, Link, Rights } from '../model'
import type { CollectionDoc, ItemDoc } from '../read/schemas'
import { linksTo, type Shaping } from './context'

/** A rights statement with its official URI, whether the CMS stored its code or its URI. */
function rightsFor(value: string | undefined): Rights | undefined {
  if (!value) return undefined
  const code = value.includes('://') ? rightsCodeFromUri(value) : value
  const statement = RIGHTS_STATEMENTS.find((entry) => entry.code === code)
  return statement ? { uri: rightsUri(statement.code), label: statement.uk } : undefined
}

/**
 * Items are public only inside a published collection, and live under the first published
 * collection they belong to.
 */
export class HeritagePlaces {
  private readonly collectionById: Map<string, CollectionDoc>

  constructor(collections: CollectionDoc[]) {
    this.collectionById = new Map(collections.map((doc) => [doc.id, doc]))
  }

  isPublic(item: ItemDoc): boolean {
    return item.collections.some((ref) => this.collectionById.has(ref))
  }

  primaryCollection(item: ItemDoc): CollectionDoc {
    return this.collectionById.get(item.collections.find((ref) => this.collectionById.has(ref))!)!
  }

  itemUrl(item: ItemDoc): string {
    return urls.item(this.primaryCollection(item).slug, item.identifier)
  }
}

/** Digital collections, with the number of published items in each. */
export function shapeCollection(
  doc: CollectionDoc,
  items: ItemDoc[],
  shaping: Shaping,
): CollectionData {
  const description = shaping.render(
    doc.description,
    'digital-collections',
    doc.slug,
    'description',
  )
  return {
    id: doc.id,
    slug: doc.slug,
    url: urls.collection(doc.slug),
    title: typeset(doc.title),
    descriptionHtml: description.html,
    descriptionText: description.text,
    cover: shaping.picture(
      doc.cover,
      [400, 800, 1200],
      `digital-collections «${doc.slug}», поле «cover»`,
    ),
    curator: doc.curator ? typeset(doc.curator) : undefined,
    rights: rightsFor(doc.defaultRights),
    order: doc.order ?? 100,
    programmeTasks: [],
    itemCount: items.filter(
      (item) => item.collections[0] === doc.id || item.collections.includes(doc.id),
    ).length,
  }
}

/** The decades an item's years touch (at most a century of them), for browsing by decade. */
function decadesOf(doc: ItemDoc): number[] {
  const decades: number[] = []
  if (doc.startYear) {
    const end = Math.min(doc.endYear ?? doc.startYear, doc.startYear + 100)
    for (let decade = Math.floor(doc.startYear / 10) * 10; decade <= end; decade += 10)
      decades.push(decade)
  }
  return decades
}

/** An item page's data: Dublin Core fields typeset, page images, links to browse and relate. */
export function shapeItem(
  doc: ItemDoc,
  shaping: Shaping,
  context: {
    places: HeritagePlaces
    collectionLink: Map<string, Link & { slug: string }>
    itemLink: Map<string, Link>
    branchById: Map<string, BranchData>
  },
): ItemData {
  const where = `items «${doc.identifier}»`
  const inCollections = doc.collections
    .map((ref) => context.collectionLink.get(ref))
    .filter((c) => c !== undefined)
  const primary = inCollections[0]!
  const type = ITEM_TYPES[doc.type as ItemType] as (typeof ITEM_TYPES)[ItemType] | undefined
  const pages = (doc.images ?? []).map((entry, index) => {
    const source = entry.image ? shaping.media.get(entry.image) : undefined
    if (!source)
      throw new Error(
        `Сайт не зібрано: ${where}, поле «images.${index}.image» — зображення відсутнє.`,
      )
    return {
      label: entry.label ? typeset(entry.label) : `Сторінка ${index + 1}`,
      thumb: shaping.images.picture(source, [160, 320]),
      full: shaping.images.picture(source, [800, 1600]),
      download: shaping.images.original(source),
    }
  })
  const holder = doc.source?.branch ? context.branchById.get(doc.source.branch) : undefined
  return {
    id: doc.id,
    identifier: doc.identifier,
    url: context.places.itemUrl(doc),
    title: typeset(doc.title),
    collection: primary,
    collections: inCollections.map(({ href, title }) => ({ href, title })),
    type: doc.type,
    typeLabel: type?.label.uk ?? doc.type,
    dcmiType: type?.dcmi ?? 'Image',
    creator: doc.creator ? typeset(doc.creator) : undefined,
    dateWritten: doc.dateWritten,
    startYear: doc.startYear ?? undefined,
    endYear: doc.endYear ?? undefined,
    decades: decadesOf(doc),
    description: doc.description ? typeset(doc.description) : undefined,
    subjects: (doc.subjects ?? []).map((title) => ({
      title,
      href: urls.browse('subject', slugify(title)),
    })),
    places: (doc.places ?? []).map((title) => ({
      title,
      href: urls.browse('place', slugify(title)),
    })),
    language: doc.language,
    format: doc.format,
    extent: doc.extent ? typeset(doc.extent) : undefined,
    source: doc.source
      ? {
          branch: holder ? { href: holder.url, title: holder.name } : undefined,
          shelfMark: doc.source.shelfMark,
        }
      : undefined,
    rights: rightsFor(doc.rights ?? context.places.primaryCollection(doc).defaultRights),
    pages,
    transcription: doc.transcription,
    related: linksTo(doc.related, context.itemLink),
    addedAt: doc.createdAt,
  }
}
