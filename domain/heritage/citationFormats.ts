import { parseDateWritten } from './parseDateWritten'
import { knownCreator, rightsOf, typeLabel, yearsOf, type CitableItem } from './citableItem'

/** «25.11.2026», the date form of ДСТУ 8302:2015 references. */
export function numericDate(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat('uk-UA', {
      timeZone: 'Europe/Kyiv',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    })
      .formatToParts(date)
      .find((entry) => entry.type === type)?.value ?? ''
  return `${part('day')}.${part('month')}.${part('year')}`
}

const endWithPeriod = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`)

/**
 * A reference in the Ukrainian standard ДСТУ 8302:2015 for an item of a digital collection:
 *
 *   Автор. Назва : тип, дата // Колекція / Утримувач. Ідентифікатор. URL: … (дата звернення: …).
 *
 * An unknown creator («Невідомий автор») is left out, as the standard does with anonymous works.
 */
export function dstu8302(item: CitableItem, accessed: Date): string {
  const creator = knownCreator(item)
  const heading = [typeLabel(item).toLowerCase(), item.dateWritten].filter(Boolean).join(', ')
  const collection = item.collections[0]
  const parts = [
    creator ? endWithPeriod(creator) : '',
    `${item.title} : ${heading}`,
    collection
      ? ` // ${collection} : цифрова колекція / ${item.publisher}.`
      : ` / ${item.publisher}.`,
    ` ${item.identifier}.`,
    ` URL: ${item.url} (дата звернення: ${numericDate(accessed)}).`,
  ]
  return `${parts[0] ? `${parts[0]} ` : ''}${parts.slice(1).join('')}`
}

const CSL_TYPES: Record<CitableItem['type'], string> = {
  photo: 'graphic',
  postcard: 'graphic',
  map: 'map',
  newspaper: 'article-newspaper',
  book: 'book',
  document: 'document',
}

type CslDate = { 'date-parts': number[][]; circa?: boolean; literal?: string }

function cslIssued(item: CitableItem): CslDate | undefined {
  const parsed = parseDateWritten(item.dateWritten)
  if (parsed.ok && parsed.date.isoDate && !parsed.date.approximate) {
    return { 'date-parts': [parsed.date.isoDate.split('-').map(Number)] }
  }
  const years = yearsOf(item)
  if (!years) return item.dateWritten ? { 'date-parts': [], literal: item.dateWritten } : undefined
  const circa = parsed.ok && (parsed.date.approximate || parsed.date.uncertain)
  return {
    'date-parts': years.start === years.end ? [[years.start]] : [[years.start], [years.end]],
    ...(circa ? { circa: true } : {}),
  }
}

/** CSL-JSON (Citation Style Language), what Zotero and reference managers read. */
export function cslJson(item: CitableItem, accessed: Date): Record<string, unknown> {
  const creator = knownCreator(item)
  const issued = cslIssued(item)
  const rights = rightsOf(item)
  return {
    id: item.identifier,
    type: CSL_TYPES[item.type] ?? 'document',
    title: item.title,
    ...(creator ? { author: [{ literal: creator }] } : {}),
    ...(issued ? { issued } : {}),
    genre: typeLabel(item),
    ...(item.collections[0] ? { 'container-title': item.collections[0] } : {}),
    archive: item.publisher,
    ...(item.shelfMark ? { archive_location: item.shelfMark } : {}),
    ...(item.description ? { abstract: item.description } : {}),
    ...(item.format ? { medium: item.format } : {}),
    ...(item.extent ? { dimensions: item.extent } : {}),
    ...(item.language && item.language !== 'zxx' ? { language: item.language } : {}),
    ...(item.subjects.length ? { keyword: item.subjects.join(', ') } : {}),
    ...(rights ? { license: rights.uri } : {}),
    number: item.identifier,
    URL: item.url,
    accessed: {
      'date-parts': [
        [accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()],
      ],
    },
  }
}

/** Braces, backslashes and TeX's special characters escaped inside a BibTeX value. */
function tex(value: string): string {
  return value
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/\^/g, '\\^{}')
    .replace(/~/g, '\\~{}')
}

/** A BibLaTeX/BibTeX `@misc` entry (UTF-8; url and urldate as biblatex reads them). */
export function bibtex(item: CitableItem, accessed: Date): string {
  const creator = knownCreator(item)
  const years = yearsOf(item)
  const rights = rightsOf(item)
  const fields: [string, string | undefined][] = [
    // Double braces: a creator is often an institution, not a "Last, First" name.
    ['author', creator ? `{${tex(creator)}}` : undefined],
    ['title', tex(item.title)],
    ['year', years ? String(years.start) : undefined],
    ['date', years && years.end !== years.start ? `${years.start}/${years.end}` : undefined],
    ['note', tex([typeLabel(item), item.dateWritten].filter(Boolean).join(', '))],
    [
      'howpublished',
      item.collections[0] ? tex(`${item.collections[0]}: цифрова колекція`) : undefined,
    ],
    ['organization', tex(item.publisher)],
    ['number', tex(item.identifier)],
    ['keywords', item.subjects.length ? tex(item.subjects.join(', ')) : undefined],
    ['langid', item.language === 'uk' ? 'ukrainian' : undefined],
    ['rights', rights ? rights.uri : undefined],
    ['url', item.url],
    ['urldate', accessed.toISOString().slice(0, 10)],
  ]
  const key = item.identifier.replace(/[^A-Za-z0-9_-]/g, '-')
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n')
  return `@misc{${key},\n${body}\n}\n`
}
