import { readFileSync } from 'node:fs'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { uk } from '@payloadcms/translations/languages/uk'
import { describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@cms/collections'
import { adminLabelTranslations, ukAdminPhrases } from '@cms/i18n/adminLabels'

/** The label text Payload interpolates: the Ukrainian side of our two-language labels. */
function ukLabel(value: unknown): string {
  if (value && typeof value === 'object' && 'uk' in value) return String(value.uk)
  throw new Error(`A collection label without Ukrainian: ${JSON.stringify(value)}`)
}

/** Every phrase key we set, as Payload's `t` is called with it (plural phrases take a count). */
const PHRASE_KEYS = [
  ...Object.keys(ukAdminPhrases.general)
    .filter((key) => !/_(one|few|many)$/.test(key))
    .map((key) => `general:${key.replace(/_other$/, '')}`),
  ...Object.keys(ukAdminPhrases.fields).map((key) => `fields:${key}`),
]

/** Every generated phrase of every collection, through Payload's own i18n with our config. */
async function generatedPhrases(): Promise<string[]> {
  const i18n = await initI18n({
    config: {
      fallbackLanguage: 'uk',
      supportedLanguages: { uk },
      translations: adminLabelTranslations,
    },
    context: 'client',
    language: 'uk',
  })
  const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
  return COLLECTIONS.flatMap((collection) =>
    PHRASE_KEYS.map((key) => {
      const plural = key === 'general:editingLabel'
      const label = ukLabel(plural ? collection.labels?.plural : collection.labels?.singular)
      const phrase = t(key, plural ? { count: 3, label } : { label })
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

  it('never put a gendered adjective or pronoun right before a collection name', async () => {
    for (const line of await generatedPhrases()) {
      const phrase = line.split('\t')[2]!
      expect(phrase).not.toMatch(/(нов(ий|ого|а|е)|існуючий|цей) \p{Lu}/u)
      expect(phrase).not.toContain('{{')
    }
  })

  it('cover the phrases that named a collection after a gendered word', () => {
    const gendered = Object.entries({ ...uk.translations.general, ...uk.translations.fields })
      .filter(([, text]) => /(нов(ий|ого)|існуючий) \{\{label\}\}/.test(text))
      .map(([key]) => key)
    const ours = [...Object.keys(ukAdminPhrases.general), ...Object.keys(ukAdminPhrases.fields)]
    expect(gendered.length).toBeGreaterThan(0)
    expect(gendered.filter((key) => !ours.includes(key))).toEqual([])
  })
})
