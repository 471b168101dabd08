import { typesetIn } from '@domain/format/localeFormat'
import { englishUrls, RESERVED_ENGLISH_SEGMENTS } from '@domain/urls/localeUrls'
import { NEWS_CATEGORIES } from '@domain/vocabularies/newsCategories'

import { DEFAULT_ENGLISH_NAV, ENGLISH_UI } from '../lib/english'
import type { BranchData, EnglishSiteData, NewsData, PageData } from './model'
import type { ContentReader } from './read/reader'
import {
  branchSchema,
  collectionSchema,
  documentSchema,
  itemSchema,
  mediaSchema,
  newsSchema,
  pageSchema,
  parse,
  type BranchDoc,
  type CollectionDoc,
  type ItemDoc,
  type NewsDoc,
  type PageDoc,
} from './read/schemas'
import type { Shaping } from './shape/context'
import { shapeEnglishBranch, type EnglishMedia } from './shape/englishBranches'
import type { EnglishDocumentDoc } from './shape/englishDocuments'
import { shapeNewsItem } from './shape/news'
import { shapePage } from './shape/pages'

/*
 * The English site reads the same published documents in English: a document exists in English
 * when its English title does (no fallback, so an untranslated field reads as empty). Nothing
 * Ukrainian is shown as English: a missing English setting gets our own English words instead.
 */

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/** Published news read in English: those with an English title and slug. */
export async function readEnglishNews(reader: ContentReader): Promise<NewsDoc[]> {
  const raw = (await reader.published('news', 'en')) as Record<string, unknown>[]
  return raw
    .filter((doc) => hasText(doc.title) && hasText(doc.slug))
    .map((doc) => parse(newsSchema, 'news', doc))
}

/**
 * English news items, shaped like the Ukrainian ones with English words. Links to branches stay
 * out until branch profiles have English pages; the cover stays out until its alt text does.
 */
export function shapeEnglishNews(
  docs: NewsDoc[],
  ukrainian: NewsData[],
  shaping: Shaping,
  context: { branchById: Map<string, BranchData>; ogFiles: Map<string, string>; mediaDir: string },
): NewsData[] {
  const ukrainianUrl = new Map(ukrainian.map((item) => [item.id, item.url]))
  return docs
    .map((doc) => {
      const shaped = shapeNewsItem(doc, shaping, context)
      const url = englishUrls.newsItem(doc.slug)
      return {
        ...shaped,
        url,
        title: typesetIn('en', doc.title),
        excerpt: doc.excerpt ? typesetIn('en', doc.excerpt) : undefined,
        categoryLabel: NEWS_CATEGORIES[doc.category].label.en,
        cover: undefined,
        ogImage: undefined,
        branches: [],
        branchSlugs: [],
        tags: [],
        programmeTasks: [],
        translations: { uk: ukrainianUrl.get(doc.id), en: url },
      }
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
}

/** Each Ukrainian document with its English path when it has one. */
export function withTranslations<T extends { id: string; url: string }>(
  ukrainian: T[],
  english: { id: string; url: string }[],
): T[] {
  const englishUrl = new Map(english.map((item) => [item.id, item.url]))
  return ukrainian.map((item) => ({
    ...item,
    translations: { uk: item.url, en: englishUrl.get(item.id) },
  }))
}

/** Published standalone pages read in English: those with an English title and slug. */
export async function readEnglishPages(reader: ContentReader): Promise<PageDoc[]> {
  const raw = (await reader.published('pages', 'en')) as Record<string, unknown>[]
  return raw
    .filter((doc) => hasText(doc.title) && hasText(doc.slug))
    .map((doc) => parse(pageSchema, 'pages', doc))
}

/** English standalone pages at /en/<slug>/; a slug the English site uses itself stops the build. */
export function shapeEnglishPages(
  docs: PageDoc[],
  ukrainian: PageData[],
  shaping: Shaping,
): PageData[] {
  const ukrainianUrl = new Map(ukrainian.map((page) => [page.id, page.url]))
  return docs.map((doc) => {
    if ((RESERVED_ENGLISH_SEGMENTS as readonly string[]).includes(doc.slug))
      throw new Error(
        `Сайт не зібрано: pages «${doc.slug}» (англійська версія) — адреса зайнята розділом англійського сайту.`,
      )
    const url = englishUrls.page(doc.slug)
    return {
      ...shapePage(doc, shaping),
      url,
      title: typesetIn('en', doc.title),
      summary: doc.summary ? typesetIn('en', doc.summary) : undefined,
      translations: { uk: ukrainianUrl.get(doc.id), en: url },
    }
  })
}

/** Images an editor described in English: their English alt text (and caption), by id. */
export async function readEnglishMedia(reader: ContentReader): Promise<EnglishMedia> {
  const raw = (await reader.published('media', 'en')) as Record<string, unknown>[]
  const media: EnglishMedia = new Map()
  for (const doc of raw.filter((entry) => hasText(entry.alt))) {
    const item = parse(mediaSchema, 'media', doc)
    media.set(item.id, {
      alt: typesetIn('en', item.alt),
      caption: hasText(doc.caption) ? typesetIn('en', doc.caption as string) : undefined,
    })
  }
  return media
}

/** Published branches read in English: those with an English name and slug. */
export async function readEnglishBranches(reader: ContentReader): Promise<BranchDoc[]> {
  const raw = (await reader.published('branches', 'en')) as Record<string, unknown>[]
  return raw
    .filter((doc) => hasText(doc.name) && hasText(doc.slug))
    .map((doc) => parse(branchSchema, 'branches', doc))
}

/** English branch profiles at /en/libraries/<slug>/, in the Ukrainian list's order. */
export function shapeEnglishBranches(
  docs: BranchDoc[],
  ukrainian: BranchData[],
  shaping: Shaping,
  media: EnglishMedia,
): BranchData[] {
  const englishById = new Map(docs.map((doc) => [doc.id, doc]))
  return ukrainian.flatMap((branch) => {
    const doc = englishById.get(branch.id)
    return doc ? [shapeEnglishBranch(branch, doc, shaping, media)] : []
  })
}

/** Published collections read in English: those with an English title and slug. */
export async function readEnglishCollections(reader: ContentReader): Promise<CollectionDoc[]> {
  const raw = (await reader.published('digital-collections', 'en')) as Record<string, unknown>[]
  return raw
    .filter((doc) => hasText(doc.title) && hasText(doc.slug))
    .map((doc) => parse(collectionSchema, 'digital-collections', doc))
}

/** Published documents read in English: those with a translated title and an English slug. */
export async function readEnglishDocuments(reader: ContentReader): Promise<EnglishDocumentDoc[]> {
  const raw = (await reader.published('documents', 'en')) as Record<string, unknown>[]
  return raw
    .filter((doc) => hasText(doc.titleTranslation) && hasText(doc.slug))
    .map((doc) => ({
      ...parse(documentSchema, 'documents', doc),
      titleTranslation: doc.titleTranslation as string,
    }))
}

/** Published items read in English: those with an English description. */
export async function readEnglishItems(reader: ContentReader): Promise<ItemDoc[]> {
  const raw = (await reader.published('items', 'en')) as Record<string, unknown>[]
  return raw.filter((doc) => hasText(doc.description)).map((doc) => parse(itemSchema, 'items', doc))
}

type NavLink = { label: string; href: string }

/** The English sections that have something in English, for the default menu. */
export function englishSections(counts: {
  branches: number
  documents: number
  collections: number
}): NavLink[] {
  return [
    ...(counts.branches > 0 ? [{ label: ENGLISH_UI.libraries, href: englishUrls.branches() }] : []),
    ...(counts.documents > 0
      ? [{ label: ENGLISH_UI.documents, href: englishUrls.documents() }]
      : []),
    ...(counts.collections > 0
      ? [{ label: ENGLISH_UI.collections, href: englishUrls.collections() }]
      : []),
  ]
}

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/** A menu's links that have both a label and an address; an untranslated menu reads as empty. */
function linksOf(value: unknown): NavLink[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry: Record<string, unknown> | null) => {
    const label = textOf(entry?.label)
    const href = textOf(entry?.href)
    return label && href ? [{ label, href }] : []
  })
}

/** The `site` global in English, with our own English words where it has none yet. */
export async function readEnglishSite(
  reader: ContentReader,
  ukrainianOnlyNews: number,
  pages: PageData[] = [],
  sections: NavLink[] = [],
): Promise<EnglishSiteData> {
  const site = ((await reader.siteGlobal('en')) ?? {}) as Record<string, unknown>
  const headerNav = linksOf(site.headerNav)
  // Without an English menu: the sections English has, then its standalone pages.
  const defaultNav = [
    ...DEFAULT_ENGLISH_NAV,
    ...sections,
    ...pages.map((page) => ({ label: page.title, href: page.url })),
  ]
  return {
    name: textOf(site.name) ?? ENGLISH_UI.siteName,
    shortName: textOf(site.shortName) ?? ENGLISH_UI.shortName,
    tagline: textOf(site.tagline) ?? ENGLISH_UI.tagline,
    headerNav: headerNav.length > 0 ? headerNav : defaultNav,
    footerNav: linksOf(site.footerNav),
    footerText: textOf(site.footerText),
    ukrainianOnlyNews,
  }
}
