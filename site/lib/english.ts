import { englishUrls } from '@domain/urls/localeUrls'

/**
 * The English site's own words: what the lists say, and what stands in for a setting the editors
 * have not translated yet (never Ukrainian text under an English page). The layout's and each
 * shared page type's words are in domain/i18n/siteWords.ts.
 */
export const ENGLISH_UI = {
  siteName: 'Centralized Library System of Solomianskyi District, Kyiv',
  shortName: 'Solomianka Libraries',
  tagline: 'Public libraries of Solomianskyi district, Kyiv',
  home: 'Home',
  news: 'News',
  events: 'Events',
  libraries: 'Libraries',
  collections: 'Digital collections',
  documents: 'Documents',
  notFound: 'Page not found',
  ukrainianOnly: 'available in Ukrainian only',
} as const

/** The English menu when the editors have not written one: the pages English has. */
export const DEFAULT_ENGLISH_NAV: { label: string; href: string }[] = [
  { label: ENGLISH_UI.home, href: englishUrls.home() },
  { label: ENGLISH_UI.news, href: englishUrls.news() },
]

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** A run of Ukrainian words (with the spaces, apostrophes, dashes and digits between them). */
const CYRILLIC_RUN =
  /\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\d’ʼ'\s\-–—]*\p{Script=Cyrillic})?/gu

/**
 * Plain English text that quotes Ukrainian (a reference naming a catalogued title) as HTML, each
 * Ukrainian run marked `lang="uk"` so that screen readers and search read it as Ukrainian.
 */
export function markUkrainianRuns(text: string): string {
  return escapeHtml(text).replace(CYRILLIC_RUN, (run) => `<span lang="uk">${run}</span>`)
}
