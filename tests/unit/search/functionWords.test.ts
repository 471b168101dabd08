import { describe, expect, it } from 'vitest'

import { isFunctionWord, queryKeys, searchedWords, tokenKey } from '@site/search/normalize'

/**
 * A query's prepositions, conjunctions and particles are not searched (#15, bytes): each would
 * cost an index chunk and keep nearly every page its other words find.
 */

describe('function words in a query', () => {
  it('are left out beside other words, whatever their case, script or spelling', () => {
    expect(queryKeys('положенням про порядок')).toEqual(queryKeys('положенням порядок'))
    expect(queryKeys('Книги ПРО війну та мир')).toEqual(queryKeys('книги війну мир'))
    expect(queryKeys('knyhy pro biblioteku')).toEqual(queryKeys('книги бібліотеку'))
    expect(searchedWords('Вечір у бібліотеці і в парку')).toEqual(['вечір', 'бібліотеці', 'парку'])
  })

  it('are searched when the query has nothing else', () => {
    expect(queryKeys('про')).toEqual([tokenKey('про')])
    expect(queryKeys('Що і як')).toEqual(['що', 'і', 'як'].map(tokenKey))
  })

  it('are only the listed words, not words that begin or end like them', () => {
    for (const word of ['проза', 'прозорість', 'пре', 'колом', 'Наді', 'відділ', 'Зали'])
      expect(isFunctionWord(word)).toBe(false)
    for (const word of ['ПРО', 'pro', 'Щодо', 'й']) expect(isFunctionWord(word)).toBe(true)
    expect(queryKeys('проза про море')).toEqual(queryKeys('проза море'))
    expect(queryKeys('проза про море')).toHaveLength(2)
  })
})
