import { ITEM_TYPES, type ItemType } from '../vocabularies/itemTypes'
import { parseDateWritten } from './parseDateWritten'
import { RIGHTS_STATEMENTS, rightsUri, type RightsCode } from '../vocabularies/rightsStatements'

/** What citations and Dublin Core need to know about an item: plain data, no CMS types. */
export type CitableItem = {
  identifier: string
  title: string
  /** Our type key: photo, postcard, map, newspaper, book, document. */
  type: ItemType
  creator?: string
  dateWritten?: string
  startYear?: number
  endYear?: number
  description?: string
  subjects: string[]
  places: string[]
  language?: string
  format?: string
  extent?: string
  /** The holding branch's name and the shelf mark. */
  branch?: string
  shelfMark?: string
  /** The item's own rights statement or, failing that, its collection's. */
  rights?: RightsCode
  /** Titles of the collections it belongs to, the main one first. */
  collections: string[]
  /** The item's public page. */
  url: string
  /** The library system that publishes it. */
  publisher: string
  /** The item's IIIF Presentation 3 manifest, when it has images. */
  iiifManifest?: string
}

/** Creators that mean «nobody known»: never cited as an author. */
const UNKNOWN_CREATORS = /^(невідом(ий|а|і)( автор| фотограф)?|автор невідомий|н\/а|—|-)$/i

export function knownCreator(item: Pick<CitableItem, 'creator'>): string | undefined {
  const creator = item.creator?.trim()
  return creator && !UNKNOWN_CREATORS.test(creator) ? creator : undefined
}

export function typeLabel(item: Pick<CitableItem, 'type'>): string {
  return ITEM_TYPES[item.type]?.label.uk ?? item.type
}

export function dcmiType(item: Pick<CitableItem, 'type'>): string {
  return ITEM_TYPES[item.type]?.dcmi ?? 'Text'
}

export function rightsOf(item: Pick<CitableItem, 'rights'>) {
  if (!item.rights) return undefined
  const statement = RIGHTS_STATEMENTS.find((entry) => entry.code === item.rights)
  return statement
    ? { uri: rightsUri(statement.code), label: statement.uk, en: statement.en }
    : undefined
}

/** Start and end year: stored ones first, else read from the written date. */
export function yearsOf(item: Pick<CitableItem, 'dateWritten' | 'startYear' | 'endYear'>) {
  if (item.startYear) return { start: item.startYear, end: item.endYear ?? item.startYear }
  const parsed = parseDateWritten(item.dateWritten)
  return parsed.ok ? { start: parsed.date.startYear, end: parsed.date.endYear } : undefined
}
