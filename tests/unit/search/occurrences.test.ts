import { afterEach, describe, expect, it } from 'vitest'

import { indexHtml, NO_KEY, type IndexPage } from '@site/search/extract'
import { tokenKey, tuning } from '@site/search/normalize'

/** How many body occurrences of one key per page reach the index (#15: index bytes). */

const page: IndexPage = {
  url: '/novyny/biblioteka/',
  title: 'Бібліотека і бібліотеки',
  blocks: [
    { heading: 1, text: 'Бібліотека і бібліотеки' },
    {
      heading: 0,
      text: 'Бібліотека відкрита. У бібліотеці нові книги; бібліотекою опікуються бібліотекарі, а бібліотеку люблять.',
    },
    { heading: 2, text: 'Про бібліотеки району' },
  ],
  meta: {},
  filters: {},
  sort: {},
}

/** The words of each block as Pagefind is given them. */
function blocksOf(html: string): string[][] {
  return [...html.matchAll(/<(h\d|p)>([^<]*) <\/\1>/g)].map((match) => match[2]!.split(' '))
}

const initial = tuning.occurrences
afterEach(() => {
  tuning.occurrences = initial
})

describe('occurrences of a key in the index', () => {
  const key = tokenKey('бібліотека')

  it('keeps the first ones of the body, and every one in headings, in their places', () => {
    tuning.occurrences = 2
    const [title, body, subheading] = blocksOf(indexHtml(page))
    // бібліотека, бібліотеці, бібліотекою, бібліотеку share one key; бібліотекарі has its own.
    expect(body!.filter((word) => word === key)).toHaveLength(2)
    expect(body!.filter((word) => word === NO_KEY).length).toBeGreaterThanOrEqual(2)
    expect(body).toContain(tokenKey('бібліотекарі'))
    expect(title!.filter((word) => word === key)).toHaveLength(2)
    expect(subheading).toContain(key)
    // One word, one position: the excerpt's text still lines up with Pagefind's locations.
    const all = blocksOf(indexHtml(page)).flat()
    tuning.occurrences = 0
    expect(all).toHaveLength(blocksOf(indexHtml(page)).flat().length)
  })

  it('keeps all of them when the limit is off', () => {
    tuning.occurrences = 0
    const [, body] = blocksOf(indexHtml(page))
    expect(body!.filter((word) => word === key)).toHaveLength(4)
  })
})
