import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { writeSearchIndex } from '@site/search/indexer'

import {
  bestCandidate,
  comparable,
  countWords,
  oneEditApart,
  shardsFor,
  suggestionWords,
  vocabularyShards,
  TYPO_FOLDER,
  type Shard,
  type Vocabulary,
} from '@site/search/typos'

/** Every word one wrong, missing, extra or swapped letter away from `word`. */
function neighbours(word: string): string[] {
  const letters = 'абвгдеєжзиіїйклмнопрстуфхцчшщьюя'
  const out = new Set<string>()
  for (let index = 0; index <= word.length; index += 1) {
    for (const letter of letters) {
      out.add(word.slice(0, index) + letter + word.slice(index)) // extra
      if (index < word.length) out.add(word.slice(0, index) + letter + word.slice(index + 1)) // wrong
    }
    if (index < word.length) out.add(word.slice(0, index) + word.slice(index + 1)) // missing
    if (index + 1 < word.length)
      out.add(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2)) // swapped
  }
  out.delete(word)
  return [...out]
}

describe('one letter apart', () => {
  it('accepts one wrong, missing, extra or swapped letter anywhere', () => {
    expect(oneEditApart('бібліотака', 'бібліотека')).toBe(true)
    expect(oneEditApart('бібліотка', 'бібліотека')).toBe(true)
    expect(oneEditApart('бібліотеека', 'бібліотека')).toBe(true)
    expect(oneEditApart('бібліоетка', 'бібліотека')).toBe(true)
    expect(oneEditApart('ібліотека', 'бібліотека')).toBe(true)
    expect(oneEditApart('ббіліотека', 'бібліотека')).toBe(true)
    for (const typo of neighbours('читальня')) expect(oneEditApart(typo, 'читальня')).toBe(true)
  })

  it('refuses the same word and two changes', () => {
    expect(oneEditApart('бібліотека', 'бібліотека')).toBe(false)
    expect(oneEditApart('бібліатака', 'бібліотека')).toBe(false)
    expect(oneEditApart('бібліотекаря', 'бібліотека')).toBe(false)
    expect(oneEditApart('біблотеа', 'бібліотека')).toBe(false)
  })
})

describe('vocabulary shards', () => {
  it('puts every neighbour of a word in a shard the word looks in', () => {
    const vocabulary: Vocabulary = new Map()
    const word = 'краєзнавство'
    countWords(vocabulary, word)
    const holding = new Set(vocabularyShards(vocabulary).keys())
    for (const typo of neighbours(word))
      expect(
        shardsFor(typo).some((name) => holding.has(name)),
        typo,
      ).toBe(true)
  })

  it('counts Cyrillic words of four letters or more, as pages write them most often', () => {
    const vocabulary: Vocabulary = new Map()
    countWords(
      vocabulary,
      "Солом’янська бібліотека, Бібліотека й сад; https://example.com Wi-Fi Солом'янська солом’янська",
    )
    const words = suggestionWords(vocabulary)
    expect(words.get(comparable('бібліотека'))).toEqual({ word: 'бібліотека', count: 2 })
    expect(words.get(comparable("солом'янська"))).toEqual({ word: 'солом’янська', count: 3 })
    expect(words.has('сад')).toBe(false)
    expect([...words.keys()].some((word) => /[a-z]/.test(word))).toBe(false)
    expect(words.has(comparable('example'))).toBe(false)
  })

  it('suggests the most frequent word one letter away', () => {
    const vocabulary: Vocabulary = new Map()
    countWords(vocabulary, 'читання читання читання читачка читанка')
    const all = [...vocabularyShards(vocabulary).values()]
    expect(bestCandidate(comparable('читаня'), all)).toBe('читання')
    expect(bestCandidate(comparable('читанко'), all)).toBe('читанка')
    expect(bestCandidate(comparable('зовсімінше'), all)).toBeUndefined()
  })
})

describe('the shards as the index writes them', () => {
  it('hold, under the names a typo looks for, the word it meant', async () => {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'typo-shards-'))
    try {
      const text = 'Читацький марафон у бібліотеці: марафон читання, краєзнавство і лекторій.'
      await writeSearchIndex(siteDir, [], {
        pages: [
          {
            url: '/novyny/marafon/',
            title: 'Марафон',
            blocks: [{ heading: 0, text }],
            meta: {},
            filters: {},
            sort: {},
          },
        ],
      })
      // What the search page does (client.ts): fetch the shards a word names, none if absent.
      const load = (name: string) =>
        readFile(path.join(siteDir, 'pagefind', TYPO_FOLDER, name), 'utf8').then(
          (json) => JSON.parse(json) as Shard,
          () => [] as Shard,
        )
      for (const word of ['марафон', 'краєзнавство', 'лекторій']) {
        for (const typo of neighbours(word).filter((typo) => typo.length >= 5)) {
          const shards = await Promise.all(shardsFor(comparable(typo)).map(load))
          expect(bestCandidate(comparable(typo), shards), typo).toBe(word)
        }
      }
    } finally {
      await rm(siteDir, { recursive: true, force: true })
    }
  })
})
