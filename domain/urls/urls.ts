import { NEWS_CATEGORIES, type NewsCategory } from '../vocabularies/newsCategories'

/** Every public path of the site, built in one place so links and routes cannot drift apart. */

/** Top-level paths the site uses itself; a standalone page may not take one of them. */
export const RESERVED_TOP_LEVEL = [
  'novyny',
  'podii',
  'biblioteky',
  'dokumenty',
  'kolektsii',
  'poshuk',
  'prohrama',
  'vidkryti-dani',
  'reiestratsiia',
  'media',
  'faily',
  'rss.xml',
  'robots.txt',
  '404',
  '_astro',
  'zvernennia',
  // The English site (domain/urls/localeUrls.ts).
  'en',
  'stan',
  'bez-merezhi',
  'sw.js',
] as const

/** Paths under /biblioteky/ the site uses itself; a branch may not take one as its slug. */
export const RESERVED_BRANCH_SLUGS = ['zaraz'] as const

/** Path segments under /kolektsii/ used for browsing; a collection may not take one. */
export const COLLECTION_BROWSE = { subject: 'temy', place: 'mistsia', decade: 'dekady' } as const

/** URL segments of the filters of /podii/ (each a static page). */
export const EVENT_FACETS = {
  branch: 'biblioteka',
  audience: 'dlia',
  category: 'typ',
  task: 'zavdannia',
  range: 'koly',
  free: 'bezkoshtovno',
} as const
export type EventFacet = Exclude<keyof typeof EVENT_FACETS, 'free'>

/** Paths under /podii/ the site uses itself; an event may not take one as its slug. */
export const RESERVED_EVENT_SLUGS = ['arkhiv', 'kalendar', ...Object.values(EVENT_FACETS)] as const

/** An event slug that would shadow a listing (a reserved word or a year of the month view). */
export function isReservedEventSlug(slug: string): boolean {
  return (RESERVED_EVENT_SLUGS as readonly string[]).includes(slug) || /^\d{4}$/.test(slug)
}

/** An occurrence key (`2026-12-01T16:00:00.000Z`) as a short UTC stamp for file names. */
export function occurrenceStamp(key: string): string {
  return key.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
}

const page = (base: string, number: number) => (number <= 1 ? base : `${base}storinka/${number}/`)

export const urls = {
  home: () => '/',
  news: (pageNumber = 1) => page('/novyny/', pageNumber),
  newsItem: (slug: string) => `/novyny/${slug}/`,
  newsCategory: (category: NewsCategory, pageNumber = 1) =>
    page(`/novyny/katehoriia/${NEWS_CATEGORIES[category].path}/`, pageNumber),
  newsBranch: (branchSlug: string, pageNumber = 1) =>
    page(`/novyny/biblioteka/${branchSlug}/`, pageNumber),
  /** Events: the upcoming list, its filters, the month view, the archive, an event's page. */
  events: () => '/podii/',
  eventsFilter: (facet: EventFacet, value: string) => `/podii/${EVENT_FACETS[facet]}/${value}/`,
  eventsFree: () => `/podii/${EVENT_FACETS.free}/`,
  eventsMonth: (year: number, month: number) => `/podii/${year}/${String(month).padStart(2, '0')}/`,
  eventsArchive: (pageNumber = 1) => page(`/podii/${RESERVED_EVENT_SLUGS[0]}/`, pageNumber),
  event: (slug: string) => `/podii/${slug}/`,
  /** iCal: the whole series, one occurrence (by its key as a UTC stamp), the feeds. */
  eventIcs: (slug: string) => `/podii/${RESERVED_EVENT_SLUGS[1]}/${slug}.ics`,
  occurrenceIcs: (slug: string, key: string) =>
    `/podii/${RESERVED_EVENT_SLUGS[1]}/${slug}.${occurrenceStamp(key)}.ics`,
  eventsFeed: () => `/podii/${RESERVED_EVENT_SLUGS[1]}.ics`,
  eventsFeedFor: (facet: 'branch' | 'audience', value: string) =>
    `/podii/${RESERVED_EVENT_SLUGS[1]}/${EVENT_FACETS[facet]}/${value}.ics`,
  /** What a reader can still open without a connection (the service worker's fallback). */
  offline: () => '/bez-merezhi/',
  /** The service worker, at the root so that it controls every page. */
  serviceWorker: () => '/sw.js',
  branches: () => '/biblioteky/',
  branch: (slug: string) => `/biblioteky/${slug}/`,
  /** «Де зараз відчинено»: every branch with its state, power and internet. */
  whereOpen: () => `/biblioteky/${RESERVED_BRANCH_SLUGS[0]}/`,
  /** Open data: the status of every branch (a slug has no dot, so these cannot collide). */
  statusJson: () => '/biblioteky/status.json',
  statusCsv: () => '/biblioteky/status.csv',
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
  programme: () => '/prohrama/',
  programmeTask: (slug: string) => `/prohrama/${slug}/`,
  openData: () => '/vidkryti-dani/',
  /** The page that explains a data set's fields. */
  openDataSet: (name: string) => `/vidkryti-dani/${name}/`,
  /** A published data file: `biblioteky.csv`, `datapackage.json`… */
  openDataFile: (file: string) => `/vidkryti-dani/${file}`,
  /** Where a public form sent without JavaScript lands: its confirmation, or why it was refused. */
  formSent: (form: string) => `/zvernennia/nadislano/${form}/`,
  /** «Зверніться до нас»: the forms, and each of them. */
  contactUs: () => '/zvernennia/',
  askLibrarian: () => '/zvernennia/zapytaty/',
  informationRequest: () => '/zvernennia/publichna-informatsiia/',
  partnership: () => '/zvernennia/partnerstvo/',
  formsPrivacy: () => '/zvernennia/personalni-dani/',
  /** Requests received and answered on time per month (counts only). */
  inboxStatistics: () => '/zvernennia/statystyka/',
  /** Public answers to good questions, by topic. */
  faq: () => '/zvernennia/chasti-zapytannia/',
  formError: (code: string) => `/zvernennia/pomylka/${code}/`,
}
