import { describe, expect, it } from 'vitest'

import { facetUrl, facetValues, timeline } from '@site/components/heritage/facets'
import type { ItemData } from '@site/data/model'

function item(identifier: string, data: Partial<ItemData>): ItemData {
  return {
    identifier,
    title: identifier,
    type: 'photo',
    typeLabel: 'Фотографія',
    subjects: [],
    places: [],
    decades: [],
    ...data,
  } as ItemData
}

const link = (title: string) => ({ href: '#', title })

const items = [
  item('A', {
    subjects: [link('Залізниця'), link('Архітектура')],
    decades: [1900, 1910],
    creator: 'Невідомий автор',
  }),
  item('B', {
    subjects: [link('Залізниця')],
    decades: [1930],
    type: 'map',
    typeLabel: 'Мапа',
    places: [link('Солом’янка')],
  }),
  item('C', {
    subjects: [link('Архітектура'), link('Залізниця')],
    decades: [1930],
    creator: 'Київпроект',
  }),
]

describe('facetValues', () => {
  it('counts subjects, most frequent first, with transliterated addresses', () => {
    expect(facetValues(items, 'subject').map((v) => [v.value, v.label, v.items.length])).toEqual([
      ['zaliznytsia', 'Залізниця', 3],
      ['arkhitektura', 'Архітектура', 2],
    ])
  })

  it('groups by type key and by creator', () => {
    expect(facetValues(items, 'type').map((v) => [v.value, v.items.length])).toEqual([
      ['photo', 2],
      ['map', 1],
    ])
    expect(facetValues(items, 'creator').map((v) => v.label)).toEqual([
      'Київпроект',
      'Невідомий автор',
    ])
  })

  it('orders decades in time', () => {
    expect(facetValues(items, 'decade').map((v) => v.label)).toEqual([
      '1900-ті',
      '1910-ті',
      '1930-ті',
    ])
  })
})

describe('timeline', () => {
  it('has a bar for every decade in the span, empty ones included', () => {
    expect(timeline(items).map((bar) => [bar.decade, bar.count, bar.share])).toEqual([
      [1900, 1, 0.5],
      [1910, 1, 0.5],
      [1920, 0, 0],
      [1930, 2, 1],
    ])
  })

  it('is empty without dates', () => {
    expect(timeline([item('X', {})])).toEqual([])
  })
})

describe('facetUrl', () => {
  it('addresses a facet page and its later pages', () => {
    expect(facetUrl('stari-svitlyny', 'subject', 'zaliznytsia')).toBe(
      '/kolektsii/stari-svitlyny/tema/zaliznytsia/',
    )
    expect(facetUrl('stari-svitlyny', 'decade', '1930', 2)).toBe(
      '/kolektsii/stari-svitlyny/dekada/1930/storinka/2/',
    )
  })
})
