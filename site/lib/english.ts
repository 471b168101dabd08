import { englishUrls } from '@domain/urls/localeUrls'

/**
 * The English site's own words: what the layout and the lists say, and what stands in for a
 * setting the editors have not translated yet (never Ukrainian text under an English page).
 */
export const ENGLISH_UI = {
  siteName: 'Centralized Library System of Solomianskyi District, Kyiv',
  shortName: 'Solomianka Libraries',
  tagline: 'Public libraries of Solomianskyi district, Kyiv',
  skipLink: 'Skip to content',
  home: 'Home',
  news: 'News',
  mainMenu: 'Main menu',
  youAreHere: 'You are here',
  newsInRss: 'News in RSS',
  readMore: 'Read also',
  ukrainianOnly: 'available in Ukrainian only',
  inUkrainian: 'Українською',
  inUkrainianHome: 'Українською: головна сторінка',
} as const

/** The English menu when the editors have not written one: the pages English has. */
export const DEFAULT_ENGLISH_NAV: { label: string; href: string }[] = [
  { label: ENGLISH_UI.home, href: englishUrls.home() },
  { label: ENGLISH_UI.news, href: englishUrls.news() },
]
