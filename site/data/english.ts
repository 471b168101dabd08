import type { z } from 'zod'

import { typesetIn } from '@domain/format/localeFormat'
import { englishUrls, RESERVED_ENGLISH_SEGMENTS } from '@domain/urls/localeUrls'
import { NEWS_CATEGORIES } from '@domain/vocabularies/newsCategories'

import { DEFAULT_ENGLISH_NAV, ENGLISH_UI } from '../lib/english'
import type { BranchData, EnglishSiteData, EventData, Link, NewsData, PageData } from './model'
import type { ContentReader } from './read/reader'
import {
  branchSchema,
  collectionSchema,
  documentSchema,
  eventSchema,
  itemSchema,
  mediaSchema,
  newsSchema,
  pageSchema,
  parse,
  programmeTaskSchema,
  type BranchDoc,
  type CollectionDoc,
  type EventDoc,
  type ItemDoc,
  type NewsDoc,
  type PageDoc,
  type ProgrammeTaskDoc,
} from './read/schemas'
import type { Shaping } from './shape/context'
import { shapeEnglishBranch, type EnglishMedia } from './shape/englishBranches'
import type { EnglishDocumentDoc } from './shape/englishDocuments'
import { shapeEvent } from './shape/events'
import { shapeNewsItem } from './shape/news'
import { shapePage } from './shape/pages'

/*
 * The English site reads the same published documents in English: a document exists in English
 * when its English title does (no fallback, so an untranslated field reads as empty). Nothing
 * Ukrainian is shown as English: a missing English setting gets our own English words instead.
 */

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * A collection's published documents read in English that have an English version: their
 * `field` (the title, a branch's name …) and, unless told otherwise, their slug have text.
 */
async function readTranslated<T extends z.ZodType>(
  reader: ContentReader,
  collection: Parameters<ContentReader['published']>[0],
  schema: T,
  field = 'title',
  needsSlug = true,
): Promise<z.output<T>[]> {
  const raw = (await reader.published(collection, 'en')) as Record<string, unknown>[]
  return raw
    .filter((doc) => hasText(doc[field]) && (!needsSlug || hasText(doc.slug)))
    .map((doc) => parse(schema, collection, doc))
}

/** Published news read in English: those with an English title and slug. */
export function readEnglishNews(reader: ContentReader): Promise<NewsDoc[]> {
  return readTranslated(reader, 'news', newsSchema)
}

/**
 * The branches an English news item concerns: each branch's English page when it has one, else
 * its Ukrainian page, marked as Ukrainian (the name is Ukrainian too).
 */
export function englishBranchLinks(
  ids: string[],
  ukrainian: Map<string, BranchData>,
  english: Map<string, BranchData>,
): Link[] {
  return ids.flatMap((id) => {
    const translated = english.get(id)
    if (translated) return [{ href: translated.url, title: translated.name }]
    const original = ukrainian.get(id)
    return original ? [{ href: original.url, title: original.name, lang: 'uk' as const }] : []
  })
}

/** What shaping an English news item or event needs: the branches in both languages, the images. */
type EnglishShapingContext = {
  branchById: Map<string, BranchData>
  englishBranchById: Map<string, BranchData>
  ogFiles: Map<string, string>
  mediaDir: string
}

/**
 * English news items, shaped like the Ukrainian ones with English words. The cover stays out
 * until its alt text has an English version.
 */
export function shapeEnglishNews(
  docs: NewsDoc[],
  ukrainian: NewsData[],
  shaping: Shaping,
  context: EnglishShapingContext,
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
        branches: englishBranchLinks(doc.branches, context.branchById, context.englishBranchById),
        branchSlugs: [],
        tags: [],
        programmeTasks: [],
        translations: { uk: ukrainianUrl.get(doc.id), en: url },
      }
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
}

/** Published programme tasks read in English: those with an English title and slug. */
export function readEnglishProgrammeTasks(reader: ContentReader): Promise<ProgrammeTaskDoc[]> {
  return readTranslated(reader, 'programme-tasks', programmeTaskSchema)
}

/** Published events read in English: those with an English title and slug. */
export function readEnglishEvents(reader: ContentReader): Promise<EventDoc[]> {
  return readTranslated(reader, 'events', eventSchema)
}

/**
 * English events at /en/events/<slug>/: the event shaped in English (dates, times, categories,
 * audiences and places in English words), with its branches' English pages where they exist.
 * The cover stays out, as on English news; the programme tasks come later (withEnglishTasks).
 */
export function shapeEnglishEvents(
  docs: EventDoc[],
  ukrainian: EventData[],
  shaping: Shaping,
  context: EnglishShapingContext & { now: Date },
): EventData[] {
  const ukrainianUrl = new Map(ukrainian.map((event) => [event.id, event.url]))
  return docs
    .map((doc) => {
      const shaped = shapeEvent({ ...doc, cover: undefined }, shaping, {
        ...context,
        taskLinks: [],
        locale: 'en',
        branchLinks: englishBranchLinks(
          doc.branches,
          context.branchById,
          context.englishBranchById,
        ),
      })
      return {
        ...shaped,
        tags: [],
        translations: { uk: ukrainianUrl.get(doc.id), en: shaped.url },
      }
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
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
export function readEnglishPages(reader: ContentReader): Promise<PageDoc[]> {
  return readTranslated(reader, 'pages', pageSchema)
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
export function readEnglishBranches(reader: ContentReader): Promise<BranchDoc[]> {
  return readTranslated(reader, 'branches', branchSchema, 'name')
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
export function readEnglishCollections(reader: ContentReader): Promise<CollectionDoc[]> {
  return readTranslated(reader, 'digital-collections', collectionSchema)
}

/** Published documents read in English: those with a translated title and an English slug. */
export async function readEnglishDocuments(reader: ContentReader): Promise<EnglishDocumentDoc[]> {
  // Asking the database for the translated ones only: reading every document again in English
  // (10,000 in a large register, nearly none translated) took seconds of each release.
  const raw = (await reader.published('documents', 'en', {
    titleTranslation: { exists: true },
  })) as Record<string, unknown>[]
  return raw
    .filter((doc) => hasText(doc.titleTranslation) && hasText(doc.slug))
    .map((doc) => ({
      ...parse(documentSchema, 'documents', doc),
      titleTranslation: doc.titleTranslation as string,
    }))
}

/** Published items read in English: those with an English description. */
export function readEnglishItems(reader: ContentReader): Promise<ItemDoc[]> {
  return readTranslated(reader, 'items', itemSchema, 'description', false)
}

type NavLink = { label: string; href: string }

/** The English sections that have something in English, for the default menu. */
export function englishSections(counts: {
  events?: number
  branches: number
  documents: number
  collections: number
}): NavLink[] {
  return [
    ...(counts.events ? [{ label: ENGLISH_UI.events, href: englishUrls.events() }] : []),
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
