import { t as interpolate } from '@payloadcms/translations'

import { capitalise, nominativeOf, nounForLabel, type Noun } from './nouns'

/**
 * Payload's generated phrases with a name in them, declined for Ukrainian: each phrase takes the
 * case it needs from the noun's forms (cms/i18n/nouns.ts), and adjectives agree in gender.
 * Other placeholders ({{title}}, {{count}}) stay for Payload's own interpolation.
 */
const adjective = {
  /** Nominative: «Нова подія», «Новий документ», «Нове зображення». */
  nominative: (stem: string, noun: Noun) =>
    stem + ({ m: 'ий', f: 'а', n: 'е' } as const)[noun.gender],
  /** Accusative: «нову подію», «новий файл», «наявного користувача», «нове зображення». */
  accusative: (stem: string, noun: Noun) =>
    stem + (noun.gender === 'm' ? (noun.animate ? 'ого' : 'ий') : noun.gender === 'f' ? 'у' : 'е'),
}

/** «1 новини», «3 новин», «21 новини»: a number in the genitive case takes these forms. */
function genitiveWithCount(noun: Noun, count: number): string {
  return count % 10 === 1 && count % 100 !== 11 ? noun.gen : noun.many
}

type Builder = (noun: Noun, count: number) => string

const SINGULAR_PHRASES: Record<string, Builder> = {
  'general:createNewLabel': (noun) => `Створити ${noun.acc}`,
  'general:creatingNewLabel': (noun) => `Створення ${noun.gen}`,
  'general:newLabel': (noun) => `${adjective.nominative('Нов', noun)} ${nominativeOf(noun)}`,
  'general:editLabel': (noun) => `Редагувати ${noun.acc}`,
  'general:deleteLabel': (noun) => `Видалити ${noun.acc}`,
  'general:successfullyCreated': (noun) => `${capitalise(noun.acc)} успішно створено.`,
  'general:successfullyDuplicated': (noun) => `${capitalise(noun.acc)} успішно скопійовано.`,
  'general:aboutToDelete': (noun) =>
    `Ви бажаєте видалити ${noun.acc} <1>{{title}}</1>. Ви впевнені?`,
  'fields:addLabel': (noun) => `Додати ${noun.acc}`,
  'fields:addNewLabel': (noun) => `Створити ${noun.acc}`,
  'fields:chooseLabel': (noun) => `Обрати ${noun.acc}`,
  'fields:newLabel': (noun) => `${adjective.nominative('Нов', noun)} ${nominativeOf(noun)}`,
  'fields:selectExistingLabel': (noun) =>
    `Обрати ${adjective.accusative('наявн', noun)} ${noun.acc}`,
  'fields:uploadNewLabel': (noun) => `Завантажити ${adjective.accusative('нов', noun)} ${noun.acc}`,
  'fields:editLabelData': (noun) => `Редагувати дані ${noun.gen}`,
}

/** «видалено 1 новину», «3 новини», «5 новин», «11 новин»: a count as the object of a verb. */
function accusativeWithCount(noun: Noun, count: number): string {
  const lastDigit = count % 10
  const lastTwo = count % 100
  if (lastDigit === 1 && lastTwo !== 11) return noun.acc
  // Animate nouns take the genitive here too: «видалено 3 користувачів».
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14))
    return noun.animate ? noun.many : noun.few
  return noun.many
}

/** «Жодного документа», «Жодної новини»: the pronoun in the genitive, agreeing in gender. */
const noneOf = (noun: Noun): string => (noun.gender === 'f' ? 'Жодної' : 'Жодного')

/** Phrases Payload fills with the plural label and a count. */
const PLURAL_PHRASES: Record<string, Builder> = {
  'general:editingLabel': (noun, count) => `Редагування ${count} ${genitiveWithCount(noun, count)}`,
  // A collection's related documents (join fields) when none match.
  'general:noResults': (noun) =>
    `${noneOf(noun)} ${noun.gen} не знайдено. Або ${noun.many} ще немає, або вони не відповідають фільтрам, заданим вище.`,
}

/**
 * Phrases with a count whose label Payload gives in the singular for one document and in the
 * plural for more (bulk delete, publish and unpublish): the noun agrees with the count.
 */
const COUNTED_PHRASES: Record<string, Builder> = {
  'general:aboutToDeleteCount': (noun, count) =>
    `Ви бажаєте видалити ${count} ${accusativeWithCount(noun, count)}`,
  'general:deletedCountSuccessfully': (noun, count) =>
    `Успішно видалено ${count} ${accusativeWithCount(noun, count)}.`,
  'general:updatedCountSuccessfully': (noun, count) =>
    `Успішно оновлено ${count} ${accusativeWithCount(noun, count)}.`,
}

/** Every phrase key we decline (the label test walks them all). */
export const DECLINED_KEYS = [
  ...Object.keys(SINGULAR_PHRASES),
  ...Object.keys(PLURAL_PHRASES),
  ...Object.keys(COUNTED_PHRASES),
]

/** Keys whose label is the collection's plural (always, or for a count other than one). */
export const PLURAL_LABEL_KEYS = [...Object.keys(PLURAL_PHRASES), ...Object.keys(COUNTED_PHRASES)]

/**
 * The declined Ukrainian phrase for `key` with these variables, or undefined when the phrase or
 * the name is not ours to decline (then Payload's template, cms/i18n/adminLabels.ts, applies).
 */
export function declinedPhrase(
  key: string,
  vars: Record<string, unknown> | undefined,
): string | undefined {
  if (!vars) return undefined
  const counted = COUNTED_PHRASES[key]
  if (counted) {
    if (typeof vars.count !== 'number') return undefined
    const noun = nounForLabel(vars.label, vars.count !== 1)
    return (
      noun &&
      interpolate({ key: 'phrase', translations: { phrase: counted(noun, vars.count) }, vars })
    )
  }
  const plural = PLURAL_PHRASES[key]
  const build = plural ?? SINGULAR_PHRASES[key]
  if (!build) return undefined
  const noun = nounForLabel(vars.label, Boolean(plural))
  if (!noun) return undefined
  const count = typeof vars.count === 'number' ? vars.count : 1
  return interpolate({ key: 'phrase', translations: { phrase: build(noun, count) }, vars })
}

type TFunction = (key: string, vars?: Record<string, unknown>) => string

/** Payload's `t` for a language, declining our names when the language is Ukrainian. */
export function decliningT(baseT: TFunction, language: string): TFunction {
  if (language !== 'uk') return baseT
  return (key, vars) => declinedPhrase(key, vars) ?? baseT(key, vars)
}
