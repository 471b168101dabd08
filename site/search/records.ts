import type { Locale } from '@domain/i18n/locales'

/**
 * What the search knows about each page besides its text: one record per published page that
 * search may return, made from the same content model the pages render. The build writes them
 * to RECORDS_PATH, the indexing step reads and removes that file.
 */

/** Content types, as the reader sees them in the type filter. */
export const TYPE_LABELS = {
  news: 'Новини',
  event: 'Події',
  document: 'Документи',
  branch: 'Бібліотеки',
  item: 'Об’єкти колекцій',
  page: 'Сторінки',
} as const
export type RecordType = keyof typeof TYPE_LABELS

/** The same types as English readers see them, in the English index's type filter. */
export const ENGLISH_TYPE_LABELS: Record<RecordType, string> = {
  news: 'News',
  event: 'Events',
  document: 'Documents',
  branch: 'Libraries',
  item: 'Collection items',
  page: 'Pages',
}

/** Filter keys, in the order the search page shows them, with their headings. */
export const FILTERS = {
  type: 'Тип',
  branch: 'Бібліотека',
  year: 'Рік',
  docType: 'Вид документа',
  status: 'Статус документа',
  collection: 'Колекція',
  subject: 'Тема',
  place: 'Місце',
} as const
export type FilterKey = keyof typeof FILTERS

/**
 * The English index's filters: what every English page has, whatever its type (English records
 * are read from the built pages, see englishPages.ts, not from each type's content model).
 */
export const ENGLISH_FILTERS: Partial<Record<FilterKey, string>> = { type: 'Type', year: 'Year' }

/** The filters of each language's index, with their headings in that language. */
export const FILTERS_OF: Record<Locale, Partial<Record<FilterKey, string>>> = {
  uk: FILTERS,
  en: ENGLISH_FILTERS,
}

/** The type labels of each language's index. */
export const TYPE_LABELS_OF: Record<Locale, Record<RecordType, string>> = {
  uk: TYPE_LABELS,
  en: ENGLISH_TYPE_LABELS,
}

/**
 * A filter the reader never sees: each page's date (YYYY-MM-DD), from which the search page
 * orders results newest first. Pagefind's own sort would put an array of every page into the
 * metadata that every search loads (22 kB at 10,000 pages); a filter's chunk loads only when a
 * search names it, so the date order costs only those who ask for it.
 */
export const DATE_FILTER = 'date'

/**
 * How much an event whose every date has passed weighs in relevance against other pages: its
 * words count a fifth (site/search/extract.ts), so a current event or page with the same words
 * comes first. No extra search and no filter chunk: the order is in the index itself.
 */
export const ENDED_WEIGHT = 0.2

export type SearchRecord = {
  /** The page's path, e.g. /novyny/slug/. */
  url: string
  type: RecordType
  title: string
  /** ISO date for sorting and display, when the content has one. */
  date?: string
  /** Display form of the date (items: «1950-ті» or a free-text date). */
  dateText?: string
  /** A small image for the result list. */
  image?: string
  imageAlt?: string
  filters: Partial<Record<FilterKey, string[]>>
  /** An event with no date left at build time: listed after current results. */
  ended?: boolean
  /**
   * The page's language; Ukrainian when absent. Pagefind keeps one index per language: English
   * pages are indexed by their words, stemmed by Pagefind's own English stemmer, and searched
   * only from English pages (pagefind.js picks the index by the page's `<html lang>`).
   */
  lang?: Locale
}

/** The records file, relative to the built site; removed once the index is written. */
export const RECORDS_PATH = 'poshuk/records.json'
