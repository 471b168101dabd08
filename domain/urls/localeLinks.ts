import type { Locale } from '../i18n/locales'
import { localeOfPath } from './localeUrls'

/**
 * Links inside a translated text (issue #16). An English text that links to one of our documents
 * goes to that document's English page when it has one, and otherwise to the Ukrainian page,
 * marked as Ukrainian (`hreflang`), so a reader is never sent to a page that does not exist nor
 * surprised by the language. The same holds for addresses of our own site typed into the text.
 */

/** Where a link goes; `hreflang` when the target is in another language than the text. */
export type LinkTarget = { href: string; hreflang?: Locale }

/** The public paths of published documents, by collection and id ("news" → id → "/novyny/x/"). */
export type DocumentPaths = Record<string, ReadonlyMap<string, string>>

export type LocaleLinks = {
  /** A link to a document by collection and id; undefined when the document is not public. */
  internal: (collection: string, id: string) => LinkTarget | undefined
  /** A typed address: our own site's Ukrainian addresses become English where they can. */
  url: (href: string) => LinkTarget
}

/** "/dokumenty" and "/dokumenty/" are one page; files ("/rss.xml") keep their name. */
function pagePath(pathname: string): string {
  const last = pathname.split('/').pop() ?? ''
  return pathname.endsWith('/') || last.includes('.') ? pathname : `${pathname}/`
}

/** The path of an address on our own site, or undefined for another site or a non-web link. */
function ownPath(href: string, site: URL): URL | undefined {
  const relative = href.startsWith('/') && !href.startsWith('//')
  if (!relative && !/^https?:\/\//i.test(href)) return undefined
  let url: URL
  try {
    url = new URL(href, site)
  } catch {
    return undefined
  }
  return url.origin === site.origin ? url : undefined
}

/**
 * Links for English texts. `ukrainian` and `english` are the published documents' paths in each
 * language (an id in `english` has an English page); `sections` pairs the Ukrainian path of each
 * section page with its English one ("/novyny/" → "/en/news/"); `siteUrl` tells our own absolute
 * addresses from other sites'.
 */
export function englishLinks({
  ukrainian,
  english,
  sections = [],
  siteUrl,
}: {
  ukrainian: DocumentPaths
  english: DocumentPaths
  sections?: ReadonlyArray<readonly [string, string]>
  siteUrl: string
}): LocaleLinks {
  const site = new URL(siteUrl)
  const englishOf = new Map<string, string>(sections)
  for (const [collection, paths] of Object.entries(english))
    for (const [id, path] of paths) {
      const ukrainianPath = ukrainian[collection]?.get(id)
      if (ukrainianPath) englishOf.set(ukrainianPath, path)
    }

  const internal: LocaleLinks['internal'] = (collection, id) => {
    const path = english[collection]?.get(id)
    if (path) return { href: path }
    const ukrainianPath = ukrainian[collection]?.get(id)
    return ukrainianPath ? { href: ukrainianPath, hreflang: 'uk' } : undefined
  }

  const url: LocaleLinks['url'] = (href) => {
    const own = ownPath(href, site)
    if (!own || localeOfPath(own.pathname) === 'en') return { href }
    const path = englishOf.get(pagePath(own.pathname))
    if (!path) return { href, hreflang: 'uk' }
    const relative = href.startsWith('/')
    const target = `${path}${own.search}${own.hash}`
    return { href: relative ? target : `${own.origin}${target}` }
  }

  return { internal, url }
}
