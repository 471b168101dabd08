import { typesetIn } from '@domain/format/localeFormat'
import { englishUrls } from '@domain/urls/localeUrls'
import { ITEM_TYPES, type ItemType } from '@domain/vocabularies/itemTypes'
import { RIGHTS_STATEMENTS, rightsCodeFromUri } from '@domain/vocabularies/rightsStatements'

import type { CollectionData, ItemData, Rights } from '../model'
import type { CollectionDoc, ItemDoc } from '../read/schemas'
import type { Shaping } from './context'
import type { EnglishMedia } from './englishBranches'

/**
 * Digital collections and their items in English (issue #16). A collection exists in English
 * when its English title and slug do; an item when its collection does and its description has
 * an English version. The catalogue's own values (an item's title, creator, subjects, places,
 * the curator's line) stay as catalogued, in Ukrainian, and the pages mark them so.
 */

const rightsInEnglish = (rights: Rights | undefined): Rights | undefined => {
  if (!rights) return undefined
  const code = rightsCodeFromUri(rights.uri)
  const statement = RIGHTS_STATEMENTS.find((entry) => entry.code === code)
  return { uri: rights.uri, label: statement?.en ?? rights.label }
}

/** English collections, in the Ukrainian order; a cover only with an English alt text. */
export function shapeEnglishCollections(
  docs: CollectionDoc[],
  ukrainian: CollectionData[],
  shaping: Shaping,
  media: EnglishMedia,
): CollectionData[] {
  const englishById = new Map(docs.map((doc) => [doc.id, doc]))
  return ukrainian.flatMap((collection) => {
    const doc = englishById.get(collection.id)
    if (!doc) return []
    const description = shaping.render(
      doc.description,
      'digital-collections',
      doc.slug,
      'description (en)',
    )
    const alt = doc.cover ? media.get(doc.cover) : undefined
    const url = englishUrls.collection(doc.slug)
    return [
      {
        ...collection,
        slug: doc.slug,
        url,
        title: typesetIn('en', doc.title),
        descriptionHtml: description.html,
        descriptionText: description.text,
        cover: collection.cover && alt ? { ...collection.cover, alt: alt.alt } : undefined,
        rights: rightsInEnglish(collection.rights),
        programmeTasks: [],
        translations: { uk: collection.url, en: url },
      },
    ]
  })
}

/**
 * English item pages: the Ukrainian item with its English description, under its first English
 * collection. Scans appear only when their images have an English alt text.
 */
export function shapeEnglishItems(
  docs: ItemDoc[],
  ukrainian: ItemData[],
  collections: CollectionData[],
  media: EnglishMedia,
): ItemData[] {
  const englishByUkrainianUrl = new Map(
    collections.map((collection) => [collection.translations?.uk, collection]),
  )
  const described = new Map(
    docs.filter((doc) => doc.description?.trim()).map((doc) => [doc.id, doc]),
  )
  return ukrainian.flatMap((item) => {
    const doc = described.get(item.id)
    const inEnglish = item.collections
      .map((link) => englishByUkrainianUrl.get(link.href))
      .filter((collection) => collection !== undefined)
    const primary = englishByUkrainianUrl.get(item.collection.href)
    if (!doc || !primary) return []
    const url = englishUrls.item(primary.slug, item.identifier)
    const type = ITEM_TYPES[item.type as ItemType] as (typeof ITEM_TYPES)[ItemType] | undefined
    return [
      {
        ...item,
        url,
        collection: { href: primary.url, title: primary.title, slug: primary.slug },
        collections: inEnglish.map(({ url: href, title }) => ({ href, title })),
        typeLabel: type?.label.en ?? item.type,
        description: typesetIn('en', doc.description!),
        rights: rightsInEnglish(item.rights),
        source: item.source && { shelfMark: item.source.shelfMark },
        pages: item.pages.flatMap((page, index) => {
          const ref = doc.images?.[index]?.image
          const english = ref ? media.get(ref) : undefined
          return english
            ? [
                {
                  ...page,
                  label: `Page ${index + 1}`,
                  thumb: { ...page.thumb, alt: english.alt },
                  full: { ...page.full, alt: english.alt },
                },
              ]
            : []
        }),
        transcription: undefined,
        related: [],
        translations: { uk: item.url, en: url },
      },
    ]
  })
}
