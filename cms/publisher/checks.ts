import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import type { CollectionSlug, Payload } from 'payload'

import { typeset } from '@domain/format/typography'

/** Collections with drafts whose published documents each get a page on the site. */
const PAGE_COLLECTIONS = [
  'news',
  'documents',
  'branches',
  'pages',
  'items',
  'digital-collections',
] as const
const TITLE_FIELD: Partial<Record<CollectionSlug, string>> = { branches: 'name' }
/** Pages every release must have. */
const REQUIRED_PAGES = ['index.html', '404.html']

export class ReleaseCheckError extends Error {}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

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

/**
 * Titles that exist only in drafts: never published, or a draft edit of a published document
 * whose published title differs. None of them may appear in a release.
 */
export async function draftOnlyTitles(
  payload: Payload,
): Promise<{ title: string; where: string }[]> {
  const found: { title: string; where: string }[] = []
  for (const collection of PAGE_COLLECTIONS) {
    const drafts = await payload.find({
      collection,
      draft: true,
      where: { _status: { equals: 'draft' } },
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
    })
    const candidates = (drafts.docs as unknown as Record<string, unknown>[]).filter(
      (draft) => (titleOf(collection, draft)?.trim().length ?? 0) >= 6,
    )
    if (candidates.length === 0) continue
    // One query for the published versions of all of them: a draft edit that keeps the published
    // title is no leak.
    const published = await payload.find({
      collection,
      where: {
        and: [
          { id: { in: candidates.map((draft) => draft.id) } },
          { _status: { equals: 'published' } },
        ],
      },
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
    })
    const publishedTitles = new Map(
      (published.docs as unknown as Record<string, unknown>[]).map((doc) => [
        String(doc.id),
        titleOf(collection, doc),
      ]),
    )
    for (const draft of candidates) {
      const title = titleOf(collection, draft)!
      if (publishedTitles.get(String(draft.id)) !== title)
        found.push({ title, where: `${collection} ${String(draft.id)}` })
    }
  }
  return found
}

/**
 * Checks a built release before it goes live: required pages, at least one page per published
 * document, and no draft-only title anywhere in its HTML or its search index. Throws a
 * ReleaseCheckError that says what is wrong.
 */
export async function checkRelease(dir: string, payload: Payload): Promise<{ pages: number }> {
  for (const page of REQUIRED_PAGES) {
    if (!existsSync(path.join(dir, page))) throw new ReleaseCheckError(`The build has no ${page}.`)
  }
  const files = await htmlFiles(dir)
  const expected = await countPublishedPages(payload)
  if (files.length < expected) {
    throw new ReleaseCheckError(
      `The build has ${files.length} pages, fewer than the ${expected} published documents.`,
    )
  }
  const drafts = await draftOnlyTitles(payload)
  if (drafts.length > 0) {
    const needles = drafts.flatMap((draft) =>
      leakPatterns(draft.title).map((needle) => ({ needle, draft })),
    )
    const reportLeak = (draft: { title: string; where: string }, file: string) => {
      throw new ReleaseCheckError(
        `Draft content is in the build: «${draft.title}» (${draft.where}) appears in ${path.relative(dir, file)}.`,
      )
    }
    for (const file of files) {
      const html = ownContent(await readFile(file, 'utf8'))
      const leak = needles.find(({ needle }) => html.includes(needle))
      if (leak) reportLeak(leak.draft, file)
    }
    for await (const { file, text } of searchFragments(dir)) {
      const leak = needles.find(({ needle }) => text.includes(needle))
      if (leak) reportLeak(leak.draft, file)
    }
  }
  return { pages: files.length }
}

/** The text of every search-index fragment of a release (Pagefind stores them gzipped). */
async function* searchFragments(dir: string): AsyncGenerator<{ file: string; text: string }> {
  const fragments = path.join(dir, 'pagefind', 'fragment')
  if (!existsSync(fragments)) return
  for (const name of await readdir(fragments)) {
    const file = path.join(fragments, name)
    yield { file, text: gunzipSync(await readFile(file)).toString('utf8') }
  }
}
