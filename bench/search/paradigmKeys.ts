import { readFileSync } from 'node:fs'

import { queryKeys } from '@site/search/normalize'
import { paradigms } from './hunspell'
import { fnv1a, halfOf, type Half } from './split'

/**
 * Recall and false merges of the keys alone, on a large deterministic sample of hunspell-uk's
 * lemmas (not the bench's own list): for every form of a lemma, the share of the lemma's other
 * forms that get the same key, i.e. the share of its paradigm a search for that form finds on
 * pages that each use one form. False merges: forms whose key is also the key of some other
 * lemma's form in the same sample (a search for them finds unrelated words too).
 */

const DIC = '/usr/share/hunspell/uk_UA.dic'

/** One lemma in `every` of the dictionary's lowercase Cyrillic lemmas, chosen by hash. */
export function sampleLemmas(every: number): string[] {
  const lemmas = new Set<string>()
  for (const line of readFileSync(DIC, 'utf8').split('\n').slice(1)) {
    const lemma = line.split('/')[0]!.trim()
    if (/^[а-щьюяіїєґ'][а-щьюяіїєґ'-]{3,}$/.test(lemma) && fnv1a(`s:${lemma}`) % every === 0)
      lemmas.add(lemma)
  }
  return [...lemmas]
}

export type KeyScore = { lemmas: number; forms: number; recall: number; falseMerges: number }

export const ourKey = (form: string) => queryKeys(form).join(' ')

/** Keys of every form of every lemma, scored per half. */
export function scoreKeys(
  forms: Map<string, string[]>,
  keyOf: (form: string) => string = ourKey,
): Record<Half, KeyScore> & {
  misses: Array<{ half: Half; lemma: string; groups: string[][] }>
} {
  const owners = new Map<string, Set<string>>()
  const keyed = new Map<string, Array<{ form: string; key: string }>>()
  for (const [lemma, list] of forms) {
    const entries = list
      .filter((form) => !form.includes('-'))
      .map((form) => ({ form, key: keyOf(form) }))
    keyed.set(lemma, entries)
    for (const { key } of entries) {
      const set = owners.get(key) ?? new Set<string>()
      set.add(lemma)
      owners.set(key, set)
    }
  }
  const empty = (): KeyScore => ({ lemmas: 0, forms: 0, recall: 0, falseMerges: 0 })
  const result = { tuning: empty(), test: empty() }
  const misses: Array<{ half: Half; lemma: string; groups: string[][] }> = []
  for (const [lemma, entries] of keyed) {
    if (entries.length < 2) continue
    const half = halfOf(lemma)
    const score = result[half]
    const byKey = new Map<string, string[]>()
    for (const { form, key } of entries) byKey.set(key, [...(byKey.get(key) ?? []), form])
    score.lemmas += 1
    for (const { key } of entries) {
      score.forms += 1
      score.recall += byKey.get(key)!.length / entries.length
      if ((owners.get(key)?.size ?? 0) > 1) score.falseMerges += 1
    }
    if (byKey.size > 1) misses.push({ half, lemma, groups: [...byKey.values()] })
  }
  for (const score of Object.values(result)) {
    score.recall = score.forms ? score.recall / score.forms : 0
    score.falseMerges = score.forms ? score.falseMerges / score.forms : 0
  }
  return { ...result, misses }
}

/** The sample's paradigms (hunspell-uk expanded by unmunch). */
export function sampleParadigms(every = 40): Map<string, string[]> {
  return paradigms(sampleLemmas(every))
}

// Run alone for quick tuning: npx tsx bench/search/paradigmKeys.ts [every] [--misses test|tuning]
if (process.argv[1]?.endsWith('paradigmKeys.ts')) {
  const every = Number(process.argv[2] ?? 40)
  const show = process.argv.includes('--misses')
    ? process.argv[process.argv.indexOf('--misses') + 1]
    : undefined
  const forms = sampleParadigms(every)
  const { misses, ...halves } = scoreKeys(forms)
  console.table(
    Object.fromEntries(
      Object.entries(halves).map(([half, score]) => [
        half,
        {
          лем: score.lemmas,
          форм: score.forms,
          'повнота, %': (score.recall * 100).toFixed(2),
          'хибні злиття, %': (score.falseMerges * 100).toFixed(2),
        },
      ]),
    ),
  )
  if (show)
    for (const miss of misses.filter((entry) => entry.half === show))
      console.log(
        `${miss.lemma}: ${miss.groups.map((group) => `${ourKey(group[0]!)}[${group.join(' ')}]`).join(' | ')}`,
      )
}
