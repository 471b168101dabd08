import { machineDate, parseDateWritten } from './parseDateWritten'
import { dcmiType, rightsOf, typeLabel, yearsOf, type CitableItem } from './citableItem'

/** The fifteen Dublin Core elements. */
export type DcElement =
  | 'title'
  | 'creator'
  | 'subject'
  | 'description'
  | 'publisher'
  | 'contributor'
  | 'date'
  | 'type'
  | 'format'
  | 'identifier'
  | 'source'
  | 'language'
  | 'relation'
  | 'coverage'
  | 'rights'

/** One element with its value, in the order harvesters and meta tags show them. */
export type DcStatement = { element: DcElement; value: string }

/**
 * The item in simple Dublin Core, as OAI-PMH (oai_dc) and the page's meta tags give it: the date
 * as written and in W3CDTF form, the DCMI type and our Ukrainian label, the rights statement's
 * URI and name, places as coverage.
 */
export function dublinCore(item: CitableItem): DcStatement[] {
  const out: DcStatement[] = []
  const add = (element: DcElement, value: string | undefined) => {
    if (value?.trim()) out.push({ element, value: value.trim() })
  }
  add('title', item.title)
  add('creator', item.creator)
  for (const subject of item.subjects) add('subject', subject)
  add('description', item.description)
  add('publisher', item.publisher)
  add('date', item.dateWritten)
  const parsed = parseDateWritten(item.dateWritten)
  const years = yearsOf(item)
  const normalised = parsed.ok
    ? machineDate(parsed.date)
    : years
      ? years.start === years.end
        ? String(years.start)
        : `${years.start}/${years.end}`
      : undefined
  if (normalised !== item.dateWritten) add('date', normalised)
  add('type', dcmiType(item))
  add('type', typeLabel(item))
  add('format', item.format)
  add('format', item.extent)
  add('identifier', item.url)
  add('identifier', item.identifier)
  add(
    'source',
    [item.branch, item.shelfMark ? `шифр ${item.shelfMark}` : undefined].filter(Boolean).join(', '),
  )
  add('language', item.language)
  for (const collection of item.collections) add('relation', collection)
  add('relation', item.iiifManifest)
  for (const place of item.places) add('coverage', place)
  const rights = rightsOf(item)
  if (rights) {
    add('rights', rights.uri)
    add('rights', rights.label)
  }
  return out
}
