import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode } from 'ultrahtml'

import type { Locale } from '@domain/i18n/locales'
import { tokenKey, tokens, tuning } from './normalize'
import { DATE_FILTER } from './records'

/**
 * The main content of a built page as blocks of text: what search indexes. Only <main> counts
 * (header, navigation, breadcrumbs and footer are outside it); inside it, whatever is not the
 * page's own content is left out: navigation, forms, scripts, hidden parts, elements marked
 * data-pagefind-ignore and the .no-print parts (share buttons, «Читайте також»).
 */

export type Block = { heading: number; text: string }

const SKIP = new Set([
  'script',
  'style',
  'template',
  'nav',
  'form',
  'button',
  'noscript',
  'svg',
  'iframe',
  'select',
  'textarea',
])
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'header',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
  'hr',
  'caption',
])

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

function ignored(node: ElementNode): boolean {
  const attributes = node.attributes ?? {}
  const classes = String(attributes.class ?? '').split(/\s+/)
  return (
    SKIP.has(node.name) ||
    'data-pagefind-ignore' in attributes ||
    'hidden' in attributes ||
    attributes['aria-hidden'] === 'true' ||
    classes.includes('no-print') ||
    classes.includes('visually-hidden')
  )
}

function findMain(node: {
  type: number
  name?: string
  children?: unknown[]
}): ElementNode | undefined {
  if (
    node.type === ELEMENT_NODE &&
    (node.name === 'main' || (node as ElementNode).attributes?.['data-pagefind-body'] !== undefined)
  ) {
    return node as ElementNode
  }
  for (const child of (node.children ?? []) as ElementNode[]) {
    const found = findMain(child)
    if (found) return found
  }
  return undefined
}

/**
 * A run marked in another language than its page's, on a page that is not Ukrainian: an English
 * page's catalogued Ukrainian title or address (`lang="uk"`). Left out of that page's index, so
 * that its Ukrainian words never find the page in the English index (issue #16). Ukrainian pages
 * index all their text, as before.
 */
function foreignRun(node: ElementNode, pageLang: Locale): boolean {
  const lang = node.attributes?.lang
  return pageLang !== 'uk' && typeof lang === 'string' && lang !== '' && lang !== pageLang
}

/** The text blocks of a page's main content, in reading order; `lang`: the page's language. */
export function extractBlocks(html: string, lang: Locale = 'uk'): Block[] {
  const main = findMain(parse(html) as ElementNode)
  if (!main) return []
  const blocks: Block[] = []
  let current: Block = { heading: 0, text: '' }
  const flush = () => {
    const text = current.text.replace(/\s+/g, ' ').trim()
    if (text) blocks.push({ heading: current.heading, text })
    current = { heading: 0, text: '' }
  }
  const visit = (node: ElementNode) => {
    for (const child of node.children ?? []) {
      if (child.type === TEXT_NODE) {
        current.text += decodeEntities(child.value)
      } else if (child.type === ELEMENT_NODE) {
        const element = child
        if (ignored(element) || foreignRun(element, lang)) continue
        const heading = HEADINGS[element.name]
        if (heading || BLOCKS.has(element.name)) {
          flush()
          if (heading) current.heading = heading
          visit(element)
          flush()
        } else {
          visit(element)
        }
      }
    }
  }
  visit(main)
  flush()
  return blocks
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Addresses are not searched: their Latin parts would read as Ukrainian words. */
const URL_LIKE = /:\/\/|^www\.|@\S+\.\S/

/** Stands for a token with no letters or digits: it keeps Pagefind's word positions aligned. */
export const NO_KEY = '·'

export type IndexPage = {
  url: string
  title: string
  blocks: Block[]
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
  /** Only `date` (YYYY-MM-DD) is used: it becomes the hidden DATE_FILTER, not a Pagefind sort. */
  sort: Record<string, string | undefined>
  /** Below 1, the page's words count less than other pages' in relevance (ended events). */
  weight?: number
  /** The page's language (Ukrainian when absent): Pagefind keeps an index per language. */
  lang?: Locale
}

/** Pagefind's own weights of headings h1–h6; body text weighs 1. */
const HEADING_WEIGHTS = [7, 6, 5, 4, 3, 2] as const

/** A block's weight attribute for a down-weighted page, or nothing for a page of full weight. */
function weightAttribute(heading: number | undefined, weight: number | undefined): string {
  if (weight === undefined || weight === 1) return ''
  const base = heading ? (HEADING_WEIGHTS[heading - 1] ?? 1) : 1
  return ` data-pagefind-weight="${(base * weight).toFixed(2)}"`
}

/**
 * The keys of a block, each word's key in its place. In body text, a key the page has already
 * used `tuning.occurrences` times stands as NO_KEY: Pagefind stores a position for every
 * occurrence, and a stem that merges many forms (бібліотека, -и, -і, -ою …) is on nearly every
 * page several times, which made its index chunk the largest download of a search (100 kB of
 * positions at 10,000 pages). Ranking loses little: BM25's term frequency saturates, and such a
 * key is in so many pages that it weighs almost nothing; headings keep every occurrence.
 */
function blockKeys(words: string[], heading: number, seen: Map<string, number>): string[] {
  return words.map((word) => {
    const key = URL_LIKE.test(word) ? '' : tokenKey(word)
    if (!key) return NO_KEY
    if (heading || !tuning.occurrences) return key
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count > tuning.occurrences ? NO_KEY : key
  })
}

/**
 * A page's original text as its fragment carries it (fragments.ts): the words of its blocks, one
 * per key of indexHtml, in the same order.
 */
export function originalText(blockTexts: string[]): string {
  return blockTexts.flatMap(tokens).join(' ')
}

/**
 * The page Pagefind indexes: every word replaced by its key (site/search/normalize.ts), one key
 * per whitespace-separated word so that word positions match the original text, which replaces
 * the keys in the page's fragment once the bundle is written (fragments.ts; see blockKeys for
 * the occurrences left out). Not as metadata: Pagefind 1.6 indexes metadata too. Headings stay
 * headings, so Pagefind weighs them higher. With `plain`, the original words are indexed instead
 * (plain Pagefind, for the bench; English pages, which Pagefind stems itself).
 */
export function indexHtml(page: IndexPage, plain = false): string {
  const seen = new Map<string, number>()
  const body = page.blocks
    .map((block) => {
      const blockWords = tokens(block.text)
      const keys = plain ? blockWords : blockKeys(blockWords, block.heading, seen)
      const tag = block.heading ? `h${block.heading}` : 'p'
      return `<${tag}${weightAttribute(block.heading, page.weight)}>${escapeHtml(keys.join(' '))} </${tag}>`
    })
    .join('\n')
  const meta = { ...page.meta, title: page.title }
  const filters = { ...page.filters, [DATE_FILTER]: page.sort.date ? [page.sort.date] : undefined }
  const head = [
    ...Object.entries(meta)
      .filter(([, value]) => value)
      .map(
        ([key, value]) =>
          `<meta data-pagefind-meta="${key}[content]" content="${escapeHtml(value ?? '')}">`,
      ),
    ...Object.entries(filters).flatMap(([key, values]) =>
      (values ?? []).map(
        (value) => `<meta data-pagefind-filter="${key}[content]" content="${escapeHtml(value)}">`,
      ),
    ),
  ]
  return `<!doctype html><html lang="${page.lang ?? 'uk'}"><head><meta charset="utf-8">${head.join('')}</head><body><main data-pagefind-body>\n${body}\n</main></body></html>`
}
