/** Every public path of the site, built in one place so links and routes cannot drift apart. */

export const NEWS_CATEGORY_PATHS = {
  news: 'novyny',
  event: 'podii',
  announcement: 'oholoshennia',
  exhibition: 'vystavky',
  course: 'kursy',
  partnership: 'partnerstvo',
} as const

export type NewsCategory = keyof typeof NEWS_CATEGORY_PATHS

/** Plural headings of news categories, for filters and list titles. */
export const NEWS_CATEGORY_TITLES: Record<NewsCategory, string> = {
  news: 'Новини',
  event: 'Події',
  announcement: 'Оголошення',
  exhibition: 'Виставки',
  course: 'Курси й навчання',
  partnership: 'Партнерство',
}

/** Top-level paths the site uses itself; a standalone page may not take one of them. */
export const RESERVED_TOP_LEVEL = [
  'novyny',
  'biblioteky',
  'dokumenty',
  'kolektsii',
  'poshuk',
  'media',
  'faily',
  'rss.xml',
  'robots.txt',
  '404',
  '_astro',
] as const

/** Path segments under /kolektsii/ used for browsing; a collection may not take one. */
export const COLLECTION_BROWSE = { subject: 'temy', place: 'mistsia', decade: 'dekady' } as const

const page = (base: string, number: number) => (number <= 1 ? base : `${base}storinka/${number}/`)

export const urls = {
  home: () => '/',
  news: (pageNumber = 1) => page('/novyny/', pageNumber),
  newsItem: (slug: string) => `/novyny/${slug}/`,
  newsCategory: (category: NewsCategory, pageNumber = 1) =>
    page(`/novyny/katehoriia/${NEWS_CATEGORY_PATHS[category]}/`, pageNumber),
  newsBranch: (branchSlug: string, pageNumber = 1) =>
    page(`/novyny/biblioteka/${branchSlug}/`, pageNumber),
  branches: () => '/biblioteky/',
  branch: (slug: string) => `/biblioteky/${slug}/`,
  documents: (pageNumber = 1) => page('/dokumenty/', pageNumber),
  document: (slug: string) => `/dokumenty/${slug}/`,
  documentsFacet: (facet: 'typ' | 'rik' | 'status', value: string, pageNumber = 1) =>
    page(`/dokumenty/${facet}/${value}/`, pageNumber),
  collections: () => '/kolektsii/',
  collection: (slug: string, pageNumber = 1) => page(`/kolektsii/${slug}/`, pageNumber),
  item: (collectionSlug: string, identifier: string) =>
    `/kolektsii/${collectionSlug}/${identifier}/`,
  browseIndex: (kind: keyof typeof COLLECTION_BROWSE) => `/kolektsii/${COLLECTION_BROWSE[kind]}/`,
  browse: (kind: keyof typeof COLLECTION_BROWSE, value: string, pageNumber = 1) =>
    page(`/kolektsii/${COLLECTION_BROWSE[kind]}/${value}/`, pageNumber),
  search: () => '/poshuk/',
  page: (slug: string) => `/${slug}/`,
  rss: () => '/rss.xml',
  file: (filename: string) => `/faily/${filename}`,
}
