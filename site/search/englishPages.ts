import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode } from 'ultrahtml'

import { kyivYear } from '@domain/format/dates'
import { ENGLISH_ROOT, englishUrls } from '@domain/urls/localeUrls'
import { decodeEntities } from './extract'
import { ENGLISH_TYPE_LABELS, type RecordType, type SearchRecord } from './records'

/**
 * The English index's records, read from the built pages rather than from each type's content
 * model, so that every English page type joins the search by itself when it is built. The rule:
 * a page under /en/ is content, and searched, when its `<h1>` stands inside an `<article>` of its
 * `<main>` (a news item, a page, a branch, a document …), and it is not marked noindex. Lists,
 * the home page, the search page and the 404 have no article around their heading: cards in a
 * list are articles with h2/h3 headings, never the page's h1.
 */

/** Sections of the English site and the type their pages are; any other page is a `page`. */
const SECTION_TYPES: Record<string, RecordType> = {
  news: 'news',
  events: 'event',
  libraries: 'branch',
  documents: 'document',
  collections: 'item',
}

/** Pages never searched, whatever their markup. */
const NOT_CONTENT = new Set([englishUrls.search(), englishUrls.notFound()])

/** The type of an English page, from its section: /en/news/<slug>/ is news. */
export function englishType(url: string): RecordType {
  const [root, section] = url.split('/').filter(Boolean)
  if (root !== ENGLISH_ROOT || !section) return 'page'
  return SECTION_TYPES[section] ?? 'page'
}

type Node = { type: number; name?: string; value?: string; children?: Node[] }

const isElement = (node: Node, name?: string): node is ElementNode & Node =>
  node.type === ELEMENT_NODE && (name === undefined || node.name === name)

function find(node: Node, test: (node: ElementNode) => boolean): ElementNode | undefined {
  if (isElement(node) && test(node)) return node
  for (const child of node.children ?? []) {
    const found = find(child, test)
    if (found) return found
  }
  return undefined
}

function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decodeEntities(node.value ?? '')
  return (node.children ?? []).map(textOf).join('')
}

const isH1 = (node: ElementNode) => node.name === 'h1'

const clean = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The record of one built English page, or undefined when it is not content (see above). */
export function englishRecord(url: string, html: string): SearchRecord | undefined {
  if (NOT_CONTENT.has(url) || /\/page\/\d+\/$/.test(url)) return undefined
  const document = parse(html) as Node
  const noindex = find(
    document,
    (node) =>
      node.name === 'meta' &&
      node.attributes?.name === 'robots' &&
      /noindex/.test(String(node.attributes?.content ?? '')),
  )
  if (noindex) return undefined
  const main = find(document, (node) => node.name === 'main')
  const article = main && find(main, (node) => node.name === 'article' && !!find(node, isH1))
  const heading = article && find(article, isH1)
  const title = heading && clean(textOf(heading))
  if (!article || !title) return undefined
  const time = find(article, (node) => node.name === 'time' && !!node.attributes?.datetime)
  const date = time ? String(time.attributes.datetime) : undefined
  const validDate = date && !Number.isNaN(Date.parse(date)) ? date : undefined
  const type = englishType(url)
  return {
    url,
    lang: 'en',
    type,
    title,
    date: validDate,
    dateText: validDate && time ? clean(textOf(time)) : undefined,
    filters: {
      type: [ENGLISH_TYPE_LABELS[type]],
      year: validDate ? [String(kyivYear(validDate))] : [],
    },
  }
}

/** Every English content page of a built site, in path order. */
export async function englishRecords(siteDir: string): Promise<SearchRecord[]> {
  const root = path.join(siteDir, ENGLISH_ROOT)
  let files: string[]
  try {
    files = (await readdir(root, { recursive: true }))
      .filter((name) => name === 'index.html' || name.endsWith(`${path.sep}index.html`))
      .sort()
  } catch {
    return [] // a site without English pages
  }
  const records: SearchRecord[] = []
  for (const file of files) {
    const dir = path.dirname(file)
    const url = `/${ENGLISH_ROOT}/${dir === '.' ? '' : `${dir.split(path.sep).join('/')}/`}`
    const record = englishRecord(url, await readFile(path.join(root, file), 'utf8'))
    if (record) records.push(record)
  }
  return records
}
