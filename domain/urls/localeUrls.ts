import type { Locale } from '../i18n/locales'
import { RESERVED_TOP_LEVEL, urls } from './urls'

/**
 * The English site's paths, under /en/ beside the Ukrainian ones (which never change). Only the
 * page types that have English versions are here; a page without an English version has no
 * English URL at all.
 */

/** The top-level segment of every English path; a Ukrainian page may not take it. */
export const ENGLISH_ROOT = 'en'

/** Segments under /en/ the English site uses itself; an English page slug may not take one. */
export const RESERVED_ENGLISH_SEGMENTS = [
  'news',
  'events',
  'libraries',
  'documents',
  'collections',
  'search',
  'programme',
  'rss.xml',
  '404',
  'page',
] as const

const page = (base: string, number: number) => (number <= 1 ? base : `${base}page/${number}/`)

export const englishUrls = {
  home: () => '/en/',
  news: (pageNumber = 1) => page('/en/news/', pageNumber),
  newsItem: (slug: string) => `/en/news/${slug}/`,
  events: () => '/en/events/',
  event: (slug: string) => `/en/events/${slug}/`,
  branches: () => '/en/libraries/',
  branch: (slug: string) => `/en/libraries/${slug}/`,
  documents: (pageNumber = 1) => page('/en/documents/', pageNumber),
  document: (slug: string) => `/en/documents/${slug}/`,
  collections: () => '/en/collections/',
  collection: (slug: string, pageNumber = 1) => page(`/en/collections/${slug}/`, pageNumber),
  item: (collectionSlug: string, identifier: string) =>
    `/en/collections/${collectionSlug}/${identifier}/`,
  search: () => '/en/search/',
  programme: () => '/en/programme/',
  programmeTask: (slug: string) => `/en/programme/${slug}/`,
  page: (slug: string) => `/en/${slug}/`,
  rss: () => '/en/rss.xml',
  notFound: () => '/en/404/',
}

/** The page types both languages have, each with its path in either language. */
export type SharedRoute =
  | { type: 'home' }
  | { type: 'news' }
  | { type: 'newsItem'; slug: string }
  | { type: 'events' }
  | { type: 'event'; slug: string }
  | { type: 'branches' }
  | { type: 'branch'; slug: string }
  | { type: 'documents' }
  | { type: 'document'; slug: string }
  | { type: 'collections' }
  | { type: 'collection'; slug: string; page?: number }
  | { type: 'item'; collection: string; identifier: string }
  | { type: 'search' }
  | { type: 'programme' }
  | { type: 'page'; slug: string }

type Builders = {
  [K in SharedRoute['type']]: (route: Extract<SharedRoute, { type: K }>) => string
}

const BUILDERS: Record<Locale, Builders> = {
  uk: {
    home: () => urls.home(),
    news: () => urls.news(),
    newsItem: ({ slug }) => urls.newsItem(slug),
    events: () => urls.events(),
    event: ({ slug }) => urls.event(slug),
    branches: () => urls.branches(),
    branch: ({ slug }) => urls.branch(slug),
    documents: () => urls.documents(),
    document: ({ slug }) => urls.document(slug),
    collections: () => urls.collections(),
    collection: ({ slug, page }) => urls.collection(slug, page),
    item: ({ collection, identifier }) => urls.item(collection, identifier),
    search: () => urls.search(),
    programme: () => urls.programme(),
    page: ({ slug }) => urls.page(slug),
  },
  en: {
    home: () => englishUrls.home(),
    news: () => englishUrls.news(),
    newsItem: ({ slug }) => englishUrls.newsItem(slug),
    events: () => englishUrls.events(),
    event: ({ slug }) => englishUrls.event(slug),
    branches: () => englishUrls.branches(),
    branch: ({ slug }) => englishUrls.branch(slug),
    documents: () => englishUrls.documents(),
    document: ({ slug }) => englishUrls.document(slug),
    collections: () => englishUrls.collections(),
    collection: ({ slug, page }) => englishUrls.collection(slug, page),
    item: ({ collection, identifier }) => englishUrls.item(collection, identifier),
    search: () => englishUrls.search(),
    programme: () => englishUrls.programme(),
    page: ({ slug }) => englishUrls.page(slug),
  },
}

/** The path of a page type in a language. */
export function pathIn(locale: Locale, route: SharedRoute): string {
  const build = BUILDERS[locale][route.type] as (route: SharedRoute) => string
  return build(route)
}

/** The home page of a language. */
export function homeIn(locale: Locale): string {
  return pathIn(locale, { type: 'home' })
}

/** Which language a site path belongs to: /en/… is English, everything else Ukrainian. */
export function localeOfPath(path: string): Locale {
  return path === `/${ENGLISH_ROOT}` || path.startsWith(`/${ENGLISH_ROOT}/`) ? 'en' : 'uk'
}

/**
 * The slugs a standalone page may not take in a language: the site's own top-level paths in
 * Ukrainian (/novyny/…), the English site's sections under /en/ in English (/en/news/…).
 */
export function reservedPageSlugs(locale: Locale): readonly string[] {
  return locale === 'en' ? RESERVED_ENGLISH_SEGMENTS : RESERVED_TOP_LEVEL
}
