import type { ItemType } from '../vocabularies/itemTypes'

/** An item as the CMS stores it: the descriptive fields every export of an item starts from. */
export type StoredItem = {
  identifier: string
  title: string
  type: ItemType
  creator?: string | null
  dateWritten?: string | null
  startYear?: number | null
  endYear?: number | null
  description?: string | null
  subjects?: string[] | null
  places?: string[] | null
  language?: string | null
  format?: string | null
  extent?: string | null
  source?: { shelfMark?: string | null } | null
}

/** The descriptive (Dublin Core) fields of an item, flat and without empty values. */
export type DescribedItem = {
  identifier: string
  title: string
  type: ItemType
  creator: string | undefined
  dateWritten: string | undefined
  startYear: number | undefined
  endYear: number | undefined
  description: string | undefined
  subjects: string[]
  places: string[]
  language: string | undefined
  format: string | undefined
  extent: string | undefined
  shelfMark: string | undefined
}

/**
 * The one mapping of a stored item to its descriptive fields, shared by the export, OAI-PMH and
 * the site's IIIF manifests; each adds what only it needs (collections, links, images).
 */
export function describeItem(item: StoredItem): DescribedItem {
  return {
    identifier: item.identifier,
    title: item.title,
    type: item.type,
    creator: item.creator ?? undefined,
    dateWritten: item.dateWritten ?? undefined,
    startYear: item.startYear ?? undefined,
    endYear: item.endYear ?? undefined,
    description: item.description ?? undefined,
    subjects: item.subjects ?? [],
    places: item.places ?? [],
    language: item.language ?? undefined,
    format: item.format ?? undefined,
    extent: item.extent ?? undefined,
    shelfMark: item.source?.shelfMark ?? undefined,
  }
}
