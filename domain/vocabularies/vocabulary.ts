import type { Label } from '../i18n/label'

/**
 * A controlled list: stable keys (stored in the database, used in URLs and data) with a label for
 * people and whatever else each value needs. Adding a key here adds it to the admin's select,
 * the site, exports and harvesting alike.
 */
export type Vocabulary = Record<string, { label: Label }>

/** The keys of a vocabulary in their order, typed, for schemas (`z.enum`). */
export function keysOf<V extends Vocabulary>(
  vocabulary: V,
): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]]
}

/** Options of a Payload select field, in the vocabulary's order. */
export function selectOptions(vocabulary: Vocabulary): { value: string; label: Label }[] {
  return Object.entries(vocabulary).map(([value, entry]) => ({ value, label: entry.label }))
}

/** The Ukrainian label of a key, or the key itself when it is unknown (older data). */
export function ukLabel(vocabulary: Vocabulary, key: string): string {
  return vocabulary[key]?.label.uk ?? key
}

/** The label of a key in the reader's language, or the key itself when it is unknown. */
export function labelOf(vocabulary: Vocabulary, key: string, locale: 'uk' | 'en'): string {
  return vocabulary[key]?.label[locale] ?? key
}
