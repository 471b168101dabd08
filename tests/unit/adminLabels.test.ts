import { readFileSync } from 'node:fs'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { uk } from '@payloadcms/translations/languages/uk'
import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@cms/collections'
import { adminLabelTranslations, ukAdminPhrases } from '@cms/i18n/adminLabels'
import {
  DECLINED_KEYS,
  PLURAL_LABEL_KEYS,
  declinedPhrase,
  decliningT,
} from '@cms/i18n/declinedPhrases'
import { COLLECTION_NOUNS, pluralLabelOf } from '@cms/i18n/nouns'

type T = (key: string, vars?: Record<string, unknown>) => string

async function translator(language: 'uk' | 'en'): Promise<T> {
  const i18n = await initI18n({
    config: {
      fallbackLanguage: 'uk',
      supportedLanguages: { uk, en },
      translations: adminLabelTranslations,
    },
    context: 'client',
    language,
  })
  return decliningT(i18n.t as T, language)
}

/** A collection's label as Payload resolves it for the admin's language (a label function). */
function labelIn(
  language: 'uk' | 'en',
  collection: CollectionConfig,
  which: 'singular' | 'plural',
): unknown {
  const value = collection.labels?.[which]
  if (typeof value !== 'function') return value
  return value({ i18n: { language } as never, t: ((key: string) => key) as never })
}

/** Every phrase of every collection, through Payload's i18n with our config and declension. */
async function generatedPhrases(): Promise<string[]> {
  const t = await translator('uk')
  return COLLECTIONS.flatMap((collection) =>
    DECLINED_KEYS.map((key) => {
      const plural = PLURAL_LABEL_KEYS.includes(key)
      const label = labelIn('uk', collection, plural ? 'plural' : 'singular')
      const phrase = t(key, plural ? { count: 3, label } : { label, title: '«Назва»' })
      return `${collection.slug}\t${key}\t${phrase}`
    }),
  )
}

const reviewed = readFileSync(path.join(import.meta.dirname, 'adminLabels.reviewed.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))

describe('generated admin labels in Ukrainian', () => {
  it('are exactly the reviewed list, for every collection', async () => {
    expect(await generatedPhrases()).toEqual(reviewed)
  })

  it('never put a gendered adjective or pronoun before a capitalised name, nor leave a placeholder', async () => {
    for (const line of await generatedPhrases()) {
      const phrase = line.split('\t')[2]!
      expect(phrase).not.toMatch(/(нов(ий|ого|а|е)|існуючий|цей) \p{Lu}/u)
      expect(phrase).not.toContain('{{')
      expect(phrase).not.toContain(':')
    }
  })

  it('know the case forms of every collection, by its singular and plural labels', () => {
    for (const collection of COLLECTIONS) {
      const noun = COLLECTION_NOUNS.find((n) => n.one === labelIn('uk', collection, 'singular'))
      expect(noun, collection.slug).toBeDefined()
      expect(pluralLabelOf(noun!)).toBe(labelIn('uk', collection, 'plural'))
    }
  })

  it('agree the count in the genitive case', async () => {
    const t = await translator('uk')
    const phrases = [1, 3, 5, 11, 21].map((count) =>
      t('general:editingLabel', { count, label: 'Новини' }),
    )
    expect(phrases).toEqual([
      'Редагування 1 новини',
      'Редагування 3 новин',
      'Редагування 5 новин',
      'Редагування 11 новин',
      'Редагування 21 новини',
    ])
  })

  it('agree a counted object with its number, from the singular or the plural label', async () => {
    const t = await translator('uk')
    const phrases = [1, 3, 5, 11, 22].map((count) =>
      t('general:deletedCountSuccessfully', { count, label: count === 1 ? 'Подія' : 'Події' }),
    )
    expect(phrases).toEqual([
      'Успішно видалено 1 подію.',
      'Успішно видалено 3 події.',
      'Успішно видалено 5 подій.',
      'Успішно видалено 11 подій.',
      'Успішно видалено 22 події.',
    ])
    expect(t('general:noResults', { label: 'Документи' })).toMatch(/^Жодного документа не знайдено/)
  })

  it('keep the other placeholders for Payload', () => {
    expect(declinedPhrase('general:aboutToDelete', { label: 'Користувач', title: 'Ольга' })).toBe(
      'Ви бажаєте видалити користувача <1>Ольга</1>. Ви впевнені?',
    )
  })

  it('fall back to the grammatical template for a name without case forms', async () => {
    const t = await translator('uk')
    expect(t('fields:addLabel', { label: 'Рядок' })).toBe('Додати: Рядок')
    expect(t('general:creatingNewLabel', { label: 'Рядок' })).toBe('Створення: Рядок')
  })

  it('leave English to Payload', async () => {
    const t = await translator('en')
    const news = COLLECTIONS.find((collection) => collection.slug === 'news')!
    expect(t('general:creatingNewLabel', { label: labelIn('en', news, 'singular') })).toBe(
      'Creating new News item',
    )
  })

  it('reach the admin as text in both languages, never as an object («Створити: [object Object]»)', () => {
    for (const collection of COLLECTIONS)
      for (const language of ['uk', 'en'] as const)
        for (const which of ['singular', 'plural'] as const)
          expect(typeof labelIn(language, collection, which), `${collection.slug} ${which}`).toBe(
            'string',
          )
  })

  it('cover the phrases that named a collection after a gendered word', () => {
    const gendered = Object.entries({ ...uk.translations.general, ...uk.translations.fields })
      .filter(([, text]) => /(нов(ий|ого)|існуючий) \{\{label\}\}/.test(text))
      .map(([key]) => key)
    const ours = [...Object.keys(ukAdminPhrases.general), ...Object.keys(ukAdminPhrases.fields)]
    expect(gendered.length).toBeGreaterThan(0)
    expect(gendered.filter((key) => !ours.includes(key))).toEqual([])
    const declined = DECLINED_KEYS.map((key) => key.split(':')[1])
    expect(
      gendered.filter((key) => !declined.includes(key.replace(/_(one|few|many|other)$/, ''))),
    ).toEqual([])
  })
})
