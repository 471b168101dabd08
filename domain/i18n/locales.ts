/**
 * The languages of the site's content. Ukrainian is the default and always complete (the state
 * language law, art. 27); English exists for a document only when an editor wrote it.
 */
export const LOCALES = ['uk', 'en'] as const

export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'uk'

/** The languages a translation may be written in: every locale but the default. */
export const TRANSLATION_LOCALES = LOCALES.filter(
  (locale): locale is Exclude<Locale, 'uk'> => locale !== DEFAULT_LOCALE,
)

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}
