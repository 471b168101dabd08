import { describe, expect, it } from 'vitest'

import { indexHtml, type IndexPage } from '@site/search/extract'
import { ENDED_WEIGHT } from '@site/search/records'

const page = (weight?: number): IndexPage => ({
  url: '/podii/litnii-kinovechir/',
  title: 'Літній кіновечір просто неба',
  blocks: [
    { heading: 1, text: 'Літній кіновечір просто неба' },
    { heading: 0, text: 'Український фільм на подвір’ї бібліотеки.' },
  ],
  meta: {},
  filters: {},
  sort: {},
  ...(weight === undefined ? {} : { weight }),
})

describe('the weight of an ended event in the index', () => {
  it('scales Pagefind’s own heading and body weights on every block', () => {
    const html = indexHtml(page(ENDED_WEIGHT))
    expect(html).toContain(`<h1 data-pagefind-weight="${(7 * ENDED_WEIGHT).toFixed(2)}">`)
    expect(html).toContain(`<p data-pagefind-weight="${ENDED_WEIGHT.toFixed(2)}">`)
  })

  it('leaves other pages as they were', () => {
    expect(indexHtml(page())).not.toContain('data-pagefind-weight')
    expect(indexHtml(page(1))).toBe(indexHtml(page()))
  })
})
