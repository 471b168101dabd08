import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales'
import { homeIn } from '../urls/localeUrls'

/** A page's paths in the languages it exists in (at least the current one). */
export type Translations = Partial<Record<Locale, string>>

export type AlternateLink = { hreflang: Locale | 'x-default'; href: string }

/**
 * `<link rel="alternate" hreflang>` for a page: only when it exists in more than one language, one
 * link per existing version (itself included) and x-default to the Ukrainian one, the default.
 * A page with a single version gets none: a pair must point both ways to count.
 */
export function alternateLinks(translations: Translations, origin: string): AlternateLink[] {
  const existing = LOCALES.filter((locale) => translations[locale])
  if (existing.length < 2) return []
  const absolute = (path: string) => new URL(path, origin).href
  const links: AlternateLink[] = existing.map((locale) => ({
    hreflang: locale,
    href: absolute(translations[locale]!),
  }))
  const fallback = translations[DEFAULT_LOCALE]
  if (fallback) links.push({ hreflang: 'x-default', href: absolute(fallback) })
  return links
}

/** Where the language switcher leads, and whether it is the same page or the other home. */
export type SwitchTarget = { locale: Locale; href: string; samePage: boolean }

/** The other language's version of this page, or the other language's home when there is none. */
export function switchTarget(current: Locale, translations: Translations): SwitchTarget {
  const other = LOCALES.find((locale) => locale !== current) ?? DEFAULT_LOCALE
  const href = translations[other]
  return href
    ? { locale: other, href, samePage: true }
    : { locale: other, href: homeIn(other), samePage: false }
}
