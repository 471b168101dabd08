import type { Label } from '../i18n/label'
import type { Locale } from '../i18n/locales'
import { formatKyivDateTime, formatLongDate, formatNumericDate } from './dates'
import { plural as ukrainianPlural, type PluralForms } from './plural'
import { typeset } from './typography'

/**
 * Dates, numbers and plurals in the reader's language. Dates are always on the Kyiv calendar and
 * clock, whichever language reads them: an English reader abroad sees Kyiv's date of a news item.
 */

const TIME_ZONE = 'Europe/Kyiv'

/** The Intl locale of each content language (British English: day before month, 24-hour clock). */
export const INTL_LOCALE: Record<Locale, string> = { uk: 'uk-UA', en: 'en-GB' }

const english = {
  longDate: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }),
  shortDate: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }),
  dateTime: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }),
  plural: new Intl.PluralRules('en-GB'),
  number: new Intl.NumberFormat('en-GB'),
}

const numbers: Record<Locale, Intl.NumberFormat> = {
  uk: new Intl.NumberFormat('uk-UA'),
  en: english.number,
}

/** "25 листопада 2026 р." / "25 November 2026", on the Kyiv calendar. */
export function longDateIn(locale: Locale, value: string | Date): string {
  return locale === 'uk' ? formatLongDate(value) : english.longDate.format(new Date(value))
}

/**
 * "25.11.2026" / "25 Nov 2026" for registers and tables: English spells the month, since
 * 11/12 means different days to British and American readers.
 */
export function shortDateIn(locale: Locale, value: string | Date): string {
  return locale === 'uk' ? formatNumericDate(value) : english.shortDate.format(new Date(value))
}

/** "29.11.2026, 13:50" / "29 Nov 2026, 13:50 Kyiv time": when a status was computed. */
export function dateTimeIn(locale: Locale, value: string | Date): string {
  return locale === 'uk'
    ? formatKyivDateTime(value)
    : `${english.dateTime.format(new Date(value))} Kyiv time`
}

/** "1 234,5" / "1,234.5". */
export function numberIn(locale: Locale, value: number): string {
  return numbers[locale].format(value)
}

/** English forms of a noun after numbers: 1 library, 2 libraries. */
export type EnglishPluralForms = { one: string; other: string }

/** A noun's forms in both languages. */
export type LocalizedPluralForms = { uk: PluralForms; en: EnglishPluralForms }

/** "3 бібліотеки" / "3 libraries", with the number formatted for the language and a no-break space. */
export function pluralIn(locale: Locale, count: number, forms: LocalizedPluralForms): string {
  if (locale === 'uk') return ukrainianPlural(count, forms.uk)
  const word = english.plural.select(count) === 'one' ? forms.en.one : forms.en.other
  return `${english.number.format(count)}\u00a0${word}`
}

/** A vocabulary label (document status, type, category…) in the reader's language. */
export function labelIn(locale: Locale, label: Label): string {
  return label[locale]
}

const ENGLISH_RULES: Array<[RegExp, string]> = [
  // Straight apostrophe between letters: don't → don’t.
  [/(\p{L})'(\p{L})/gu, '$1’$2'],
  // "Straight quotes" around a phrase become “curly” ones (English keeps its own quotes).
  [/(^|[\s([—-])"([^"\n]+?)"/gu, '$1“$2”'],
  // A spaced hyphen between words is an en dash.
  [/(\S) - /gu, '$1 – '],
]

/** Plain text typeset for its language: Ukrainian rules for Ukrainian, English ones for English. */
export function typesetIn(locale: Locale, text: string): string {
  if (locale === 'uk') return typeset(text)
  return ENGLISH_RULES.reduce((result, [pattern, to]) => result.replace(pattern, to), text)
}
