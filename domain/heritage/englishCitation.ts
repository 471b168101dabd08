import { ITEM_TYPES } from '../vocabularies/itemTypes'
import { knownCreator, type CitableItem } from './citableItem'

const endWithPeriod = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`)

/** "25 November 2026": the access date of a reference, on the Kyiv calendar. */
function accessDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Kyiv',
  }).format(date)
}

/**
 * A reference for English readers, in the usual humanities form (author, title in its original
 * language, type and date, collection and holder, identifier, URL, access date):
 *
 *   Creator. Title [Photograph, 1965]. Collection, Publisher. Identifier. URL (accessed 25 November 2026).
 *
 * The title, creator and collection stay as catalogued: a citation names the work as it is.
 */
export function englishReference(item: CitableItem, accessed: Date): string {
  const creator = knownCreator(item)
  const type = ITEM_TYPES[item.type]?.label.en ?? item.type
  const heading = [type, item.dateWritten].filter(Boolean).join(', ')
  const holder = [item.collections[0], item.publisher].filter(Boolean).join(', ')
  return [
    creator ? endWithPeriod(creator) : '',
    `${item.title} [${heading}].`,
    endWithPeriod(holder),
    endWithPeriod(item.identifier),
    `${item.url} (accessed ${accessDate(accessed)}).`,
  ]
    .filter(Boolean)
    .join(' ')
}
