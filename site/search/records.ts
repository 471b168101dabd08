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
}

/** The records file, relative to the built site; removed once the index is written. */
export const RECORDS_PATH = 'poshuk/records.json'
