import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { DEFAULT_LOCALE } from '@domain/i18n/locales'
import { label } from '@domain/i18n/label'
import { staffField } from '../access/rules'
import { localizedPaths } from './localizedPaths'

/*
 * Which documents have an English version and which are out of date (issue #16), kept on the
 * document itself: each save notes when the Ukrainian and the English texts last changed and the
 * state they make. The admin's list column, /admin/pereklady and /api/translations read these
 * three values from the rows they list, so their cost does not grow with a document's history.
 * Existing documents got them from their versions (cms/migrations/…_translation_times.ts).
 */

export type TranslationState = 'missing' | 'current' | 'outdated'

export const TRANSLATION_STATES: readonly TranslationState[] = ['missing', 'outdated', 'current']

/** What a document keeps about its English version (ISO times; null when never). */
export type TranslationTimes = {
  state: TranslationState
  ukrainianChangedAt: string | null
  englishChangedAt: string | null
}

/** What one save did: which language's texts it changed, and whether English exists after it. */
export type TranslationSave = {
  at: string
  ukrainianChanged: boolean
  englishChanged: boolean
  englishFilled: boolean
}

/** The state two times make: no English, English saved after Ukrainian, or Ukrainian changed since. */
export function stateOf(times: Omit<TranslationTimes, 'state'>): TranslationState {
  if (!times.englishChangedAt) return 'missing'
  if (times.ukrainianChangedAt && times.ukrainianChangedAt > times.englishChangedAt)
    return 'outdated'
  return 'current'
}

/** `at`, or just after `other` when the clock has not moved past it (two saves in one millisecond). */
function after(at: string, other: string | null): string {
  if (!other || at > other) return at
  return new Date(new Date(other).getTime() + 1).toISOString()
}

/**
 * The times after a save. The save comes after every earlier one, so a language it changed is
 * noted as changed after the other language's last change, even within the same millisecond.
 */
export function afterSave(
  previous: Partial<TranslationTimes> | null | undefined,
  save: TranslationSave,
): TranslationTimes {
  let ukrainianChangedAt = previous?.ukrainianChangedAt ?? null
  let englishChangedAt = previous?.englishChangedAt ?? null
  if (save.ukrainianChanged && save.englishChanged) {
    ukrainianChangedAt = save.at
    englishChangedAt = save.at
  } else if (save.ukrainianChanged) {
    ukrainianChangedAt = after(save.at, englishChangedAt)
  } else if (save.englishChanged || (save.englishFilled && !englishChangedAt)) {
    englishChangedAt = after(save.at, ukrainianChangedAt)
  }
  if (!save.englishFilled) englishChangedAt = null
  return {
    state: stateOf({ ukrainianChangedAt, englishChangedAt }),
    ukrainianChangedAt,
    englishChangedAt,
  }
}

type Localized = Record<string, unknown>

function valueAt(document: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Localized | undefined)?.[key], document)
}

const filled = (value: unknown) =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')

/** A text as compared between saves: empty and absent are the same. */
const comparable = (value: unknown) => JSON.stringify(filled(value) ? value : null)

/** A field's value in one language, from a save in that language or in all of them. */
function inLocale(document: unknown, path: string, locale: string, all: boolean): unknown {
  const value = valueAt(document, path)
  return all ? (value as Localized | null | undefined)?.[locale] : value
}

/**
 * What a save changes, from the incoming data (only the fields sent) and the document before it,
 * both in the request's language (or every language when it is 'all').
 */
export function saveOf(
  data: unknown,
  original: unknown,
  { paths, key, locale, at }: { paths: string[]; key: string; locale: string; at: string },
  previous: Partial<TranslationTimes> | null | undefined,
): TranslationSave {
  const all = locale === 'all'
  const changedIn = (language: string) =>
    (all || locale === language) &&
    paths.some(
      (path) =>
        valueAt(data, path) !== undefined &&
        comparable(inLocale(data, path, language, all)) !==
          comparable(inLocale(original, path, language, all)),
    )
  const englishKey =
    all || locale === 'en'
      ? filled(
          valueAt(data, key) !== undefined
            ? inLocale(data, key, 'en', all)
            : inLocale(original, key, 'en', all),
        )
      : Boolean(previous?.englishChangedAt)
  return {
    at,
    ukrainianChanged: changedIn(DEFAULT_LOCALE),
    englishChanged: changedIn('en'),
    englishFilled: englishKey,
  }
}

/** The name of the group that keeps the times on each document. */
export const TRANSLATION_FIELD = 'translation'

/** The stored times: staff only (never the public site), not edited by hand (the hook sets them). */
export const translationTimesField = {
  name: TRANSLATION_FIELD,
  type: 'group',
  label: label('Англійська версія', 'English version'),
  access: { read: staffField },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      options: TRANSLATION_STATES.map((value) => ({ value, label: value })),
      index: true,
    },
    { name: 'ukrainianChangedAt', type: 'date' },
    { name: 'englishChangedAt', type: 'date' },
  ],
} satisfies Field

/** Notes on each save what it changed; whatever a client sent for the times is replaced. */
export function translationTimesHook(
  collection: CollectionConfig,
  key: string,
): CollectionBeforeChangeHook {
  const paths = localizedPaths(collection.fields).filter((path) => path !== 'slug')
  return ({ data, originalDoc, req }) => {
    const previous = (originalDoc as Localized | undefined)?.[TRANSLATION_FIELD] as
      Partial<TranslationTimes> | undefined
    const save = saveOf(
      data,
      originalDoc,
      { paths, key, locale: req.locale ?? DEFAULT_LOCALE, at: new Date().toISOString() },
      previous,
    )
    return { ...data, [TRANSLATION_FIELD]: afterSave(previous, save) }
  }
}

/** One saved version as the history tells it: when, and each language's texts (serialized). */
export type HistoricVersion = { at: string; uk: string; en: string }

/**
 * The times a document's history gives, for documents saved before the times were kept: each
 * language's last change, walking its versions oldest first (the first version counts as a
 * change of any language that has text in it).
 */
export function historicTimes(
  versions: readonly HistoricVersion[],
  englishFilled: boolean,
  emptyTexts: { uk: string; en: string },
): TranslationTimes {
  let ukrainianChangedAt: string | null = null
  let englishChangedAt: string | null = null
  let previous = emptyTexts
  for (const version of versions) {
    if (version.uk !== previous.uk) ukrainianChangedAt = version.at
    if (version.en !== previous.en) englishChangedAt = version.at
    previous = version
  }
  if (!englishFilled) englishChangedAt = null
  else englishChangedAt ??= versions.at(-1)?.at ?? null
  return {
    state: stateOf({ ukrainianChangedAt, englishChangedAt }),
    ukrainianChangedAt,
    englishChangedAt,
  }
}
