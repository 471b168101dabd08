import { describe, expect, it } from 'vitest'

import { buildExcerpt, queryString, readQuery } from '@site/search/client'
import { extractBlocks, indexHtml, NO_KEY } from '@site/search/extract'
import { tokenKey } from '@site/search/normalize'

describe('excerpts', () => {
  it('marks the matched words and escapes everything else', () => {
    const html = buildExcerpt('Книжки <b>для</b> бібліотеки & читачів', [0, 3])
    expect(html).toBe(
      '<mark>Книжки</mark> &lt;b&gt;для&lt;/b&gt; бібліотеки <mark>&amp;</mark> читачів',
    )
  })

  it('centres on the densest group of matches and shows ellipses', () => {
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`).join(' ')
    const html = buildExcerpt(words, [2, 60, 62, 64], 10)
    expect(html.startsWith('… ')).toBe(true)
    expect(html).toContain('<mark>w60</mark>')
    expect(html).toContain('<mark>w64</mark>')
    expect(html.endsWith(' …')).toBe(true)
  })

  it('ignores locations beyond the text', () => {
    expect(buildExcerpt('одне слово', [5, -1])).toBe('одне слово')
  })
})

describe('query URLs', () => {
  it('reads and writes the query, known filters and sort', () => {
    const query = readQuery(
      '?q=%D0%BA%D0%BD%D0%B8%D0%B3%D0%B0&type=%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8&sort=date&evil=1',
    )
    expect(query).toEqual({ q: 'книга', filters: { type: ['Новини'] }, sort: 'date' })
    expect(readQuery(queryString(query))).toEqual(query)
  })

  it('reads several values of one filter, each once, and writes them back in order', () => {
    const query = readQuery('?branch=A&year=2024&branch=B&year=2025&branch=A&branch=+')
    expect(query.filters).toEqual({ branch: ['A', 'B'], year: ['2024', '2025'] })
    expect(queryString(query)).toBe('?branch=A&branch=B&year=2024&year=2025')
    expect(readQuery(queryString(query))).toEqual(query)
  })

  it('reads at most twenty values of one filter', () => {
    const many = Array.from({ length: 50 }, (_, index) => `year=${2000 + index}`).join('&')
    expect(readQuery(`?${many}`).filters.year).toHaveLength(20)
  })

  it('cuts an overlong query and ignores an unknown sort', () => {
    const query = readQuery(`?q=${'а'.repeat(5000)}&sort=random`)
    expect(query.q).toHaveLength(200)
    expect(query.sort).toBe('relevance')
  })
})

describe('what is indexed', () => {
  const page = `<html><body><header><nav>Меню Новини</nav></header>
    <main><h1>Бібліотеці &laquo;Простір&raquo;</h1><p>Текст <em>сторінки</em> — тут.</p>
    <section class="no-print"><h2>Поділитися</h2></section><div data-pagefind-ignore>Зайве</div>
    <script>var x = 1</script></main><footer>Підвал</footer></body></html>`

  it('takes the main content only, without navigation, footer, share or ignored parts', () => {
    expect(extractBlocks(page)).toEqual([
      { heading: 1, text: 'Бібліотеці «Простір»' },
      { heading: 0, text: 'Текст сторінки — тут.' },
    ])
  })

  it('indexes one key per word, and no original text (fragments.ts puts it in the fragment)', () => {
    const html = indexHtml({
      url: '/x/',
      title: 'Заголовок <i>',
      blocks: extractBlocks(page),
      meta: { type: 'page' },
      filters: { type: ['Сторінки'] },
      sort: { date: '2026-01-02' },
    })
    expect(html).toContain(`<h1>${tokenKey('Бібліотеці')} ${tokenKey('«Простір»')} </h1>`)
    expect(html).toContain(
      `<p>${tokenKey('Текст')} ${tokenKey('сторінки')} ${NO_KEY} ${tokenKey('тут.')} </p>`,
    )
    // Pagefind 1.6 indexes metadata: the original words there would all be in the index.
    expect(html).not.toContain('Текст')
    expect(html).not.toContain('text[content]')
    expect(html).toContain('data-pagefind-meta="title[content]" content="Заголовок &lt;i&gt;"')
    expect(html).toContain('<meta data-pagefind-filter="type[content]" content="Сторінки">')
    // The date is a hidden filter, not a Pagefind sort: its order loads only for date sorting.
    expect(html).toContain('<meta data-pagefind-filter="date[content]" content="2026-01-02">')
    expect(html).not.toContain('data-pagefind-sort')
  })
})
