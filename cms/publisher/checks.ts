import { existsSync, statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import type { CollectionSlug, Payload } from 'payload'

import { typeset } from '@domain/format/typography'
import { COLLECTION_BROWSE, RESERVED_TOP_LEVEL } from '@domain/urls/urls'

import { env } from '../config/env'
import { publishedCollectionSlugs, sitePathOf, type PagedDoc } from '../preview/pagePath'
import { loadAhead, releaseFiles } from './releaseFiles'

/** Collections with drafts whose published documents each get a page on the site. */
const PAGE_COLLECTIONS = [
  'news',
  'documents',
  'branches',
  'pages',
  'items',
  'digital-collections',
] as const
type PageCollection = (typeof PAGE_COLLECTIONS)[number]
const TITLE_FIELD: Partial<Record<CollectionSlug, string>> = { branches: 'name' }
/** Pages every release must have. */
const REQUIRED_PAGES = ['index.html', '404.html']

export class ReleaseCheckError extends Error {}

function titleOf(collection: CollectionSlug, doc: Record<string, unknown>): string | undefined {
  const value = doc[TITLE_FIELD[collection] ?? 'title']
  return typeof value === 'string' ? value : undefined
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/**
 * How a draft's title would show in a release that leaked it: as the whole text of an element
 * (the page's <h1>, a link in a list), at the start of a <title> before the site's name, or as a
 * whole quoted value (an attribute, JSON-LD, the search index's metadata); each as typed and as
 * the site typesets it (’ for ', a dash for a spaced hyphen, № glued to its number…). The same words
 * inside running text are no leak: a published page may well mention what a draft is about.
 */
export function leakPatterns(title: string): string[] {
  const forms = new Set([title, typeset(title)])
  return [...forms].flatMap((form) => {
    const json = JSON.stringify(form).slice(1, -1)
    return [...new Set([form, escapeHtml(form)])].flatMap((html) => [
      `>${html}<`,
      `>${html} — `,
      `"${html}"`,
      `"${json}"`,
    ])
  })
}

/** The part of a page that is its own: navigation and footer are the same on every page. */
function ownContent(html: string): string {
  const start = html.indexOf('<main')
  const end = html.lastIndexOf('</main>')
  if (start < 0 || end < start) return html
  // The head too: a leaked page's <title> and metadata name it.
  const body = html.indexOf('<body')
  return `${body >= 0 ? html.slice(0, body) : ''}${html.slice(start, end)}`
}

/** How many published documents have a page: a release with fewer pages lost some. */
export async function countPublishedPages(payload: Payload): Promise<number> {
  let total = 0
  for (const collection of PAGE_COLLECTIONS) {
    const { totalDocs } = await payload.count({
      collection,
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    total += totalDocs
  }
  return total
}

/** A draft as a leak would show it. */
export type DraftMark = {
  /** Collection and id, and the draft's title, for the error message. */
  where: string
  name: string
  /** A title only the draft has, if it has one (a draft edit may keep the published title). */
  title?: string
  /** The page the draft would get, where nothing published has one. */
  path?: string
}

type Doc = Record<string, unknown> & PagedDoc & { id: number | string }

/** The fields that name a document and place its page. */
const fieldsOf = (collection: PageCollection): Record<string, true> => ({
  [TITLE_FIELD[collection] ?? 'title']: true,
  _status: true,
  ...(collection === 'items'
    ? { identifier: true as const, collections: true as const }
    : { slug: true as const }),
})

/**
 * Every latest version of a collection that is a draft (not every document's latest version: at
 * 10,000 documents, reading all of them took seconds of each release): only the fields that name
 * it and place its page, since at 10,000 documents their bodies would cost.
 */
async function draftDocs(payload: Payload, collection: PageCollection) {
  const result = await payload.find({
    collection,
    where: { _status: { equals: 'draft' } },
    draft: true,
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: fieldsOf(collection),
  })
  return (result.docs as unknown as Doc[]).filter((doc) => doc._status === 'draft')
}

/**
 * Every published document of a collection, its naming fields in the default locale, read from
 * the database adapter: Payload's find makes its afterRead pass over each document, which at
 * 10,000 documents cost 1.5 s of the process against 0.55 s for the read alone. These fields
 * need none of it: no hooks are on them, the check reads everything (no access control), and
 * the site has no locale fallback (cms/localization/config.ts), so a localized field's value is
 * its default locale's, as find would give it.
 */
async function publishedDocs(payload: Payload, collection: PageCollection): Promise<Doc[]> {
  const locale = payload.config.localization ? payload.config.localization.defaultLocale : undefined
  const fields = fieldsOf(collection)
  const { docs } = await payload.db.find<Record<string, unknown>>({
    collection,
    where: { _status: { equals: 'published' } },
    limit: 0,
    pagination: false,
    select: fields,
    locale,
  })
  return docs.map((doc) => {
    const named: Record<string, unknown> = { id: doc.id }
    for (const field of Object.keys(fields)) {
      const value = doc[field]
      // A localized field comes as { uk: …, en: … }; its relationships come as arrays.
      named[field] =
        locale && value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)[locale]
          : value
    }
    return named as Doc
  })
}

/** Compares titles the way a reader would: typeset, spaces collapsed, any case. */
export const titleKey = (title: string) => typeset(title).replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * What identifies each draft in a release that leaked it: the page it would get (a path no
 * published document has) and its title when no published document has that title. A draft
 * that shares its title with another, published document (this year's event with last year's
 * name) or a section of the site is identified by its path alone.
 */
export async function draftMarks(payload: Payload): Promise<{
  marks: DraftMark[]
  /** Title keys of published documents. */
  publishedTitles: Set<string>
}> {
  const collectionSlugs = await publishedCollectionSlugs(payload)
  const pathOf = (collection: PageCollection, doc: Doc) =>
    sitePathOf(collection, doc, (id) => collectionSlugs.get(id))
  const publishedTitles = new Set<string>()
  const marks: DraftMark[] = []
  for (const collection of PAGE_COLLECTIONS) {
    const published = await publishedDocs(payload, collection)
    const publishedById = new Map(published.map((doc) => [String(doc.id), doc]))
    const publishedPaths = new Set<string>()
    for (const doc of published) {
      const title = titleOf(collection, doc)
      if (title) publishedTitles.add(titleKey(title))
      const pagePath = pathOf(collection, doc)
      if (pagePath) publishedPaths.add(pagePath)
    }
    const drafts = await draftDocs(payload, collection)
    for (const draft of drafts) {
      const before = publishedById.get(String(draft.id))
      const title = titleOf(collection, draft)?.trim()
      const pagePath = pathOf(collection, draft)
      const mark: DraftMark = { where: `${collection} ${String(draft.id)}`, name: title ?? '' }
      if (title && title.length >= 6 && (!before || titleOf(collection, before) !== title))
        mark.title = title
      // A path the site keeps for itself (a page called «Бібліотеки» gets /biblioteky/) is never
      // a draft's page: the build refuses such a document.
      if (pagePath && !publishedPaths.has(pagePath) && isDocumentShaped(pagePath))
        mark.path = pagePath
      if (mark.title || mark.path) marks.push(mark)
    }
  }
  return { marks, publishedTitles }
}

/** The text of a page's first <h1>, tags removed and entities read. */
function headingOf(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)
  if (!match) return undefined
  return match[1]!
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The URL path a built HTML file is served at. */
function urlPathOf(dir: string, file: string): string {
  const relative = path.relative(dir, file).split(path.sep).join('/')
  if (relative === 'index.html') return '/'
  return relative.endsWith('/index.html')
    ? `/${relative.slice(0, -'index.html'.length)}`
    : `/${relative}`
}

/**
 * Whether a path has the shape of a document's page (news item, document, branch, standalone
 * page, collection, item) rather than of a section the site makes itself (lists, categories,
 * facets, browsing). A section's heading is no draft's, whatever a draft is called; a page of a
 * document's shape that no published document explains may be a leaked draft.
 */
export function isDocumentShaped(urlPath: string): boolean {
  const segments = urlPath.split('/').filter(Boolean)
  const browse = Object.values(COLLECTION_BROWSE) as string[]
  const [first, second] = segments
  if (segments.length === 1)
    return !(RESERVED_TOP_LEVEL as readonly string[]).includes(first!) && !first!.includes('.')
  if (segments.length === 2)
    return (
      ['novyny', 'dokumenty', 'biblioteky'].includes(first!) ||
      (first === 'kolektsii' && !browse.includes(second!))
    )
  if (segments.length === 3) return first === 'kolektsii' && !browse.includes(second!)
  return false
}

/** Labels the site shows from its settings: menus, name and tagline. */
async function siteLabels(payload: Payload): Promise<string[]> {
  const site = (await payload.findGlobal({ slug: 'site', overrideAccess: true, depth: 0 })) as {
    name?: string | null
    shortName?: string | null
    tagline?: string | null
    headerNav?: { label?: string | null }[] | null
    footerNav?: { label?: string | null }[] | null
  }
  return [
    site.name,
    site.shortName,
    site.tagline,
    ...(site.headerNav ?? []).map((link) => link.label),
    ...(site.footerNav ?? []).map((link) => link.label),
  ].filter((label): label is string => Boolean(label))
}

/** What a release is checked against, from the database. */
export type ReleaseFacts = {
  /** How many published documents have a page. */
  expected: number
  marks: DraftMark[]
  publishedTitles: Set<string>
  /** The site's own labels (siteLabels). */
  labels: string[]
}

/**
 * Reads what checkRelease compares a release with. Read once the release is built (a document
 * unpublished meanwhile is a draft to look for), and may be started before the check, beside the
 * file work that comes first (precompress): the database reads block the process, the file
 * work waits on the disk.
 */
export async function readReleaseFacts(payload: Payload): Promise<ReleaseFacts> {
  const expected = await countPublishedPages(payload)
  const { marks, publishedTitles } = await draftMarks(payload)
  return { expected, marks, publishedTitles, labels: await siteLabels(payload) }
}

/** Links and URLs in HTML, the search index and sitemaps: where a leaked draft's path shows. */
const LINK_PATTERN = /(?:href="|"url":"|<loc>)([^"<]+)/g

type TitleNeedle = { needle: string; mark: DraftMark }

/** What a release that passed the check was checked against, for the next release's check. */
export type CheckedRelease = {
  /** The draft marks it was checked for (markId). */
  marks: string[]
  /** Title keys allowed then: published titles and the site's labels. */
  allowed: string[]
  /** The headings of its pages that are not shaped like a document's, by file. */
  headings: Record<string, string>
}

const markId = (mark: DraftMark) => [mark.where, mark.title ?? '', mark.path ?? ''].join('\0')

/** A file's identity, or undefined where there is none. */
function statIfThere(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false })
  } catch {
    return undefined
  }
}

/**
 * Whether two paths are one file (a hard link): a release's file taken over from the last one.
 * Synchronous, as precompress's reads are: 22,000 pairs of small calls cost a third of their
 * time through libuv's thread pool (loadAhead gives the process a turn between them).
 */
function sameFile(a: string, b: string): boolean {
  const one = statIfThere(a)
  const other = one && statIfThere(b)
  return Boolean(one && other && one.ino === other.ino && one.dev === other.dev)
}

/**
 * Checks a built release before it goes live: required pages, at least one page per published
 * document, and nothing of a draft: no page at a draft's path, no link to it (HTML, search index,
 * sitemap, feed), and no title only a draft has where a leak would put it. Throws a
 * ReleaseCheckError that says what is wrong.
 *
 * With `previous` (the live release and what it was checked against), a file of this release
 * that is the live release's own file (a hard link: precompress and the search's stable bundle
 * take unchanged files over that way) is not read again, as long as no draft is new since and no
 * title a draft has lost the published document or label that allowed it: that file passed this
 * same check then. At 10,000 documents a publish changes a few files of 12,000 pages and 10,000
 * search fragments. `options`: the release's files (releaseFiles) and its facts
 * (readReleaseFacts), when the caller has them already or has started reading them.
 */
export async function checkRelease(
  dir: string,
  payload: Payload,
  siteUrl: string = env.SITE_URL,
  previous?: { dir: string; checked: CheckedRelease },
  options: { files?: string[]; facts?: Promise<ReleaseFacts> } = {},
): Promise<{ pages: number; checked: CheckedRelease; reused: number }> {
  for (const page of REQUIRED_PAGES) {
    if (!existsSync(path.join(dir, page))) throw new ReleaseCheckError(`The build has no ${page}.`)
  }
  const all = options.files ?? (await releaseFiles(dir))
  const files = all.filter((file) => file.endsWith('.html')).map((file) => path.join(dir, file))
  const { expected, marks, publishedTitles, labels } = await (options.facts ??
    readReleaseFacts(payload))
  if (files.length < expected) {
    throw new ReleaseCheckError(
      `The build has ${files.length} pages, fewer than the ${expected} published documents.`,
    )
  }
  // A title that a published document or a menu also has identifies nothing (the drafts that
  // share one are found by their path); section headings join below, as the pages are read.
  const allowed = new Set(publishedTitles)
  for (const label of labels) allowed.add(titleKey(label))
  const checked: CheckedRelease = { marks: marks.map(markId), allowed: [...allowed], headings: {} }
  if (marks.length === 0) return { pages: files.length, checked, reused: 0 }
  const reportLeak = (mark: DraftMark, file: string, what: string): never => {
    throw new ReleaseCheckError(
      `Draft content is in the build: «${mark.name}» (${mark.where}) appears in ${path.relative(dir, file)} (${what}).`,
    )
  }
  const before = previous && {
    ...previous,
    marks: new Set(previous.checked.marks),
    allowed: new Set(previous.checked.allowed),
  }
  const trusted =
    before !== undefined &&
    marks.every((mark) => before.marks.has(markId(mark))) &&
    !marks.some(
      (mark) =>
        mark.title &&
        before.allowed.has(titleKey(mark.title)) &&
        !allowed.has(titleKey(mark.title)),
    )
  let reused = 0
  const unchanged = (file: string) => {
    if (!trusted || !sameFile(file, path.join(before.dir, path.relative(dir, file)))) return false
    reused += 1
    return true
  }

  // A page at a draft's path, or a link to it, is the draft itself.
  const byPath = new Map<string, DraftMark>()
  for (const mark of marks) {
    if (!mark.path) continue
    byPath.set(mark.path, mark)
    byPath.set(new URL(mark.path, siteUrl).href, mark)
  }
  const checkLinks = (text: string, file: string) => {
    for (const [, url] of text.matchAll(LINK_PATTERN)) {
      const mark = byPath.get(url!)
      if (mark) reportLeak(mark, file, `a link to its page ${mark.path}`)
    }
  }
  for (const file of files) {
    const mark = byPath.get(urlPathOf(dir, file))
    if (mark) reportLeak(mark, file, `its page ${mark.path}`)
  }

  // Titles are judged once every section heading is known.
  const titleNeedles: TitleNeedle[] = marks.flatMap((mark) =>
    mark.title ? leakPatterns(mark.title).map((needle) => ({ needle, mark })) : [],
  )
  const suspects: { file: string; mark: DraftMark }[] = []
  const checkTitles = (text: string, file: string) => {
    for (const { needle, mark } of titleNeedles)
      if (text.includes(needle)) suspects.push({ file, mark })
  }
  // Read ahead, judged in order: the same leak is reported first whatever read finished first.
  const pageOf = async (file: string) => (unchanged(file) ? undefined : readFile(file, 'utf8'))
  for await (const [file, html] of loadAhead(files, pageOf)) {
    const relative = path.relative(dir, file)
    const section = !isDocumentShaped(urlPathOf(dir, file))
    if (html === undefined) {
      const heading = before!.checked.headings[relative]
      if (section && heading) checked.headings[relative] = heading
      continue
    }
    const own = ownContent(html)
    checkLinks(own, file)
    checkTitles(own, file)
    if (section) {
      const heading = headingOf(html)
      if (heading) checked.headings[relative] = titleKey(heading)
    }
  }
  for (const heading of Object.values(checked.headings)) allowed.add(heading)
  for await (const { file, text } of searchFragments(dir, all, unchanged)) {
    checkLinks(text, file)
    checkTitles(text, file)
  }
  for (const file of await sitemapFiles(dir)) checkLinks(await readFile(file, 'utf8'), file)
  const leak = suspects.find(({ mark }) => !allowed.has(titleKey(mark.title!)))
  if (leak) reportLeak(leak.mark, leak.file, 'its title')
  return { pages: files.length, checked, reused }
}

/** The sitemaps and the news feed: a leaked page would be listed there. */
async function sitemapFiles(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((name) => /^(sitemap.*|rss)\.xml$/.test(name))
    .map((name) => path.join(dir, name))
}

/**
 * The text of every search-index fragment of a release (Pagefind stores them gzipped), in every
 * bundle it serves: the stable one and the recent one of pages published since (site/search/recent.ts).
 */
async function* searchFragments(
  dir: string,
  files: string[],
  skip: (file: string) => boolean,
): AsyncGenerator<{ file: string; text: string }> {
  const fragments = files
    .filter((file) => file.startsWith(`pagefind${path.sep}`) && file.endsWith('.pf_fragment'))
    .map((file) => path.join(dir, file))
  const fragmentOf = async (file: string) => (skip(file) ? undefined : readFile(file))
  for await (const [file, packed] of loadAhead(fragments, fragmentOf))
    if (packed) yield { file, text: gunzipSync(packed).toString('utf8') }
}
