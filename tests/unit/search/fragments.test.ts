import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { indexHtml, NO_KEY, originalText, type IndexPage } from '@site/search/extract'
import { readFragment } from '@site/search/fragments'
import { writeSearchIndex } from '@site/search/indexer'
import { tokenKey, tokens } from '@site/search/normalize'

/**
 * The original text in the fragments (#15, bytes of a search): Pagefind indexes the keys, and
 * each fragment then carries the page's own words in their places, with no copy in metadata.
 */

const library: IndexPage = {
  url: '/novyny/1/',
  title: 'Вечір поезії',
  blocks: [
    { heading: 1, text: 'Вечір поезії' },
    {
      heading: 0,
      text: 'Читачі зустрілися з поетами в бібліотеці. Бібліотека, бібліотеки й бібліотеку — www.example.org/x.',
    },
    { heading: 2, text: 'Про «Простір» і п’ять книжок' },
  ],
  meta: { type: 'news', date: '1 січня 2025' },
  filters: { type: ['Новини'] },
  sort: { date: '2025-01-01' },
}
const english: IndexPage = {
  url: '/en/news/poetry/',
  title: 'Poetry evening',
  lang: 'en',
  blocks: [
    { heading: 1, text: 'Poetry evening' },
    { heading: 0, text: 'Readers met the poets in the library.' },
  ],
  meta: { type: 'news' },
  filters: { type: ['News'] },
  sort: { date: '2025-01-01' },
}

type Fragment = {
  url: string
  content: string
  word_count: number
  meta: Record<string, string>
}

const work = mkdtemp(path.join(os.tmpdir(), 'fragments-'))
afterAll(async () => rm(await work, { recursive: true, force: true }))

/** A real index of the pages, and its fragments by URL. */
async function build(pages: IndexPage[]) {
  const siteDir = path.join(await work, String(Math.random()).slice(2))
  await writeSearchIndex(siteDir, [], { pages })
  const bundle = path.join(siteDir, 'pagefind')
  const fragments = new Map<string, Fragment>()
  for (const name of await readdir(path.join(bundle, 'fragment'))) {
    const data = JSON.parse(await readFragment(path.join(bundle, 'fragment', name))) as Fragment
    fragments.set(data.url, data)
  }
  const chunks = await Promise.all(
    (await readdir(path.join(bundle, 'index'))).map(async (name) =>
      gunzipSync(await readFile(path.join(bundle, 'index', name))).toString('utf8'),
    ),
  )
  return { fragments, index: chunks.join('\n') }
}

/** The words Pagefind was given for a page, in order (the keys, or NO_KEY). */
const indexedWords = (page: IndexPage) =>
  indexHtml(page)
    .replace(/<head>.*<\/head>/s, '')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean)

describe('fragments with the original text', () => {
  it('carry the page’s words in the places of the keys Pagefind indexed', async () => {
    const { fragments } = await build([library])
    const fragment = fragments.get(library.url)!
    const text = library.blocks.map((block) => block.text)
    expect(fragment.content).toBe(originalText(text))
    expect(fragment.content).toContain('зустрілися з поетами в бібліотеці.')
    expect(fragment.meta).toEqual({ title: 'Вечір поезії', type: 'news', date: '1 січня 2025' })
    // Word for word: Pagefind's locations count the indexed words, the excerpt the text's.
    const words = tokens(fragment.content)
    const keys = indexedWords(library)
    expect(words).toHaveLength(keys.length)
    expect(fragment.word_count).toBe(keys.length)
    keys.forEach((key, place) => {
      if (key !== NO_KEY) expect(tokenKey(words[place]!)).toBe(key)
    })
    // Keys left out (a third «бібліотек-» in the body, a web address) still take their place.
    expect(keys.filter((key) => key === NO_KEY).length).toBeGreaterThanOrEqual(3)
  })

  it('keep the original words out of the index, which holds their keys', async () => {
    const { index } = await build([library])
    expect(index).toContain(tokenKey('зустрілися'))
    expect(index).toContain(tokenKey('поетами'))
    expect(index).not.toContain('зустрілися')
    expect(index).not.toContain('поетами')
  })

  it('leave English pages, indexed by their own words, as Pagefind wrote them', async () => {
    const { fragments } = await build([library, english])
    const fragment = fragments.get(english.url)!
    expect(fragment.content).toBe('Poetry evening Readers met the poets in the library.')
    expect(fragment.meta).toEqual({ title: 'Poetry evening', type: 'news' })
    expect(fragments.get(library.url)!.content).toBe(
      originalText(library.blocks.map((block) => block.text)),
    )
  })
})
