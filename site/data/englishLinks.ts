import { englishLinks, type DocumentPaths, type LocaleLinks } from '@domain/urls/localeLinks'
import { englishUrls, pathIn, type SharedRoute } from '@domain/urls/localeUrls'

import type { CollectionData, ItemData } from './model'

/** What a link to a page that exists in Ukrainian only says after its words. */
export const IN_UKRAINIAN = '(in Ukrainian)'

type Slugged = { id: string; slug: string }

/** The English documents read so far, before they are shaped (their texts link to each other). */
export type EnglishDocs = {
  news: Slugged[]
  pages: Slugged[]
  events?: Slugged[]
  branches: Slugged[]
  documents: Slugged[]
  collections: Slugged[]
  items: { id: string }[]
  programmeTasks?: Slugged[]
}

const pathsOf = (
  docs: Slugged[],
  path: (slug: string) => string,
  published: ReadonlyMap<string, string> | undefined,
) => new Map(docs.filter((doc) => published?.has(doc.id)).map((doc) => [doc.id, path(doc.slug)]))

/**
 * Each English document's path by collection and id, as the English pages will have them: an
 * item's under its primary collection's English page (as `shapeEnglishItems` places it).
 */
export function englishPaths(
  docs: EnglishDocs,
  ukrainian: DocumentPaths,
  heritage: { collections: CollectionData[]; items: ItemData[] },
): DocumentPaths {
  const englishSlug = new Map(docs.collections.map((doc) => [doc.id, doc.slug]))
  const collectionSlugByUrl = new Map(
    heritage.collections.flatMap((collection) => {
      const slug = englishSlug.get(collection.id)
      return slug ? [[collection.url, slug] as const] : []
    }),
  )
  const described = new Set(docs.items.map((doc) => doc.id))
  const items = new Map(
    heritage.items.flatMap((item) => {
      const slug = collectionSlugByUrl.get(item.collection.href)
      return slug && described.has(item.id)
        ? [[item.id, englishUrls.item(slug, item.identifier)] as const]
        : []
    }),
  )
  return {
    news: pathsOf(docs.news, englishUrls.newsItem, ukrainian.news),
    pages: pathsOf(docs.pages, englishUrls.page, ukrainian.pages),
    events: pathsOf(docs.events ?? [], englishUrls.event, ukrainian.events),
    branches: pathsOf(docs.branches, englishUrls.branch, ukrainian.branches),
    documents: pathsOf(docs.documents, englishUrls.document, ukrainian.documents),
    'digital-collections': pathsOf(
      docs.collections,
      (slug) => englishUrls.collection(slug),
      ukrainian['digital-collections'],
    ),
    items,
    'programme-tasks': pathsOf(
      docs.programmeTasks ?? [],
      englishUrls.programmeTask,
      ukrainian['programme-tasks'],
    ),
  }
}

/** The section pages both languages have: always home, news and search, the others when filled. */
export function sharedSections(english: DocumentPaths): [string, string][] {
  const routes: SharedRoute['type'][] = ['home', 'news', 'search']
  if ((english.events?.size ?? 0) > 0) routes.push('events')
  if ((english.branches?.size ?? 0) > 0) routes.push('branches')
  if ((english.documents?.size ?? 0) > 0) routes.push('documents')
  if ((english['digital-collections']?.size ?? 0) > 0) routes.push('collections')
  if ((english['programme-tasks']?.size ?? 0) > 0) routes.push('programme')
  return routes.map((type) => {
    const route = { type } as SharedRoute
    return [pathIn('uk', route), pathIn('en', route)]
  })
}

/** The links of English texts: to English pages where they exist, else marked Ukrainian. */
export function englishTextLinks(
  docs: EnglishDocs,
  ukrainian: DocumentPaths,
  heritage: { collections: CollectionData[]; items: ItemData[] },
  siteUrl: string,
): LocaleLinks & { otherLanguage: string } {
  const english = englishPaths(docs, ukrainian, heritage)
  return {
    ...englishLinks({ ukrainian, english, sections: sharedSections(english), siteUrl }),
    otherLanguage: IN_UKRAINIAN,
  }
}
