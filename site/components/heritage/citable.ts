import type { ItemType } from '@domain/vocabularies/itemTypes'
import type { CitableItem } from '@domain/heritage/citableItem'
import { rightsCodeFromUri } from '@domain/vocabularies/rightsStatements'
import type { ItemData } from '@site/data/model'

/** The site's item, as the citation and Dublin Core modules of the CMS take it. */
export function citableItem(item: ItemData, pageUrl: string, publisher: string): CitableItem {
  return {
    identifier: item.identifier,
    title: item.title,
    type: item.type as ItemType,
    creator: item.creator,
    dateWritten: item.dateWritten,
    startYear: item.startYear,
    endYear: item.endYear,
    description: item.description,
    subjects: item.subjects.map((subject) => subject.title),
    places: item.places.map((place) => place.title),
    language: item.language,
    format: item.format,
    extent: item.extent,
    branch: item.source?.branch?.title,
    shelfMark: item.source?.shelfMark,
    rights: item.rights ? rightsCodeFromUri(item.rights.uri) : undefined,
    collections: [item.collection.title, ...item.collections.map((c) => c.title)].filter(
      (title, index, all) => all.indexOf(title) === index,
    ),
    url: pageUrl,
    publisher,
  }
}
