/**
 * The columns a metadata sheet may have: our own field names, Dublin Core names (`dc:title`,
 * `dcterms:extent`…) and the Ukrainian headers librarians write. Matching ignores case, spaces
 * and the `dc.`/`dc:` spelling.
 */
export const COLUMNS = {
  identifier: ['identifier', 'dc:identifier', 'ідентифікатор', 'шифр об’єкта'],
  title: ['title', 'dc:title', 'назва'],
  collections: ['collection', 'collections', 'dcterms:ispartof', 'колекція', 'колекції'],
  type: ['type', 'dc:type', 'тип'],
  creator: ['creator', 'dc:creator', 'автор', 'творець'],
  dateWritten: ['date', 'datewritten', 'dc:date', 'дата'],
  startYear: ['startyear', 'рік від'],
  endYear: ['endyear', 'рік до'],
  description: ['description', 'dc:description', 'опис'],
  subjects: ['subject', 'subjects', 'dc:subject', 'теми', 'тема'],
  places: ['place', 'places', 'dc:coverage', 'dcterms:spatial', 'місця', 'місце'],
  language: ['language', 'dc:language', 'мова'],
  format: ['format', 'dc:format', 'формат'],
  extent: ['extent', 'dcterms:extent', 'обсяг', 'розміри'],
  branch: ['branch', 'source', 'dc:source', 'бібліотека', 'джерело'],
  shelfMark: ['shelfmark', 'shelf mark', 'шифр зберігання', 'шифр'],
  rights: ['rights', 'dc:rights', 'dcterms:rights', 'права'],
  images: ['images', 'files', 'file', 'image', 'зображення', 'файли', 'файл'],
  imageLabels: ['image labels', 'imagelabels', 'підписи сторінок'],
  transcription: ['transcription', 'транскрипція', 'текст'],
} as const

export type ColumnKey = keyof typeof COLUMNS

/** Columns without which no row can be imported. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['identifier', 'title', 'type']

/** The header names our own exports write (Dublin Core where there is one). */
export const EXPORT_HEADERS: Record<ColumnKey, string> = {
  identifier: 'dc:identifier',
  title: 'dc:title',
  collections: 'dcterms:isPartOf',
  type: 'dc:type',
  creator: 'dc:creator',
  dateWritten: 'dc:date',
  startYear: 'startYear',
  endYear: 'endYear',
  description: 'dc:description',
  subjects: 'dc:subject',
  places: 'dcterms:spatial',
  language: 'dc:language',
  format: 'dc:format',
  extent: 'dcterms:extent',
  branch: 'dc:source',
  shelfMark: 'shelfMark',
  rights: 'dc:rights',
  images: 'images',
  imageLabels: 'imageLabels',
  transcription: 'transcription',
}

/** Separator of several values in one cell: subjects, places, collections, image files. */
export const MULTI_SEPARATOR = /\s*[;|]\s*/

function normalise(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/'/g, '’')
    .replace(/^(dc|dcterms)\./, '$1:')
}

const lookup = new Map<string, ColumnKey>()
for (const [key, names] of Object.entries(COLUMNS) as [ColumnKey, readonly string[]][]) {
  for (const name of [...names, key.toLowerCase(), EXPORT_HEADERS[key].toLowerCase()])
    lookup.set(normalise(name), key)
}

export type HeaderMap = {
  /** The field each column position feeds, or undefined for a column we do not know. */
  fields: (ColumnKey | undefined)[]
  unknown: string[]
  duplicated: string[]
  missing: ColumnKey[]
}

/** Maps a header row to fields; reports unknown, repeated and missing columns. */
export function mapHeader(header: readonly string[]): HeaderMap {
  const seen = new Set<ColumnKey>()
  const unknown: string[] = []
  const duplicated: string[] = []
  const fields = header.map((name) => {
    const key = lookup.get(normalise(name))
    if (!key) {
      if (name.trim()) unknown.push(name.trim())
      return undefined
    }
    if (seen.has(key)) {
      duplicated.push(name.trim())
      return undefined
    }
    seen.add(key)
    return key
  })
  const missing = REQUIRED_COLUMNS.filter((key) => !seen.has(key))
  return { fields, unknown, duplicated, missing }
}
