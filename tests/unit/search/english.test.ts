import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { queryTerms, readQuery, sharesBeginning } from '@site/search/client'
import { englishRecord, englishRecords, englishType } from '@site/search/englishPages'
import { extractBlocks, type IndexPage } from '@site/search/extract'
import { writeSearchIndex } from '@site/search/indexer'
import { queryKeys } from '@site/search/normalize'

/** English search (#16): English pages in an index of their own, found by a rule on the pages. */

const page = (main: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body><header><h1>Not this</h1></header><main id="content">${main}</main></body></html>`

const newsItem = page(
  `<article class="wrap"><p class="tag">Events</p><h1>Poetry evening at Library&nbsp;No.&nbsp;5</h1>
   <p class="meta"><time datetime="2025-12-31T22:30:00.000Z">1 January 2026</time></p>
   <div class="prose"><p>Readers met the poets.</p></div></article>
   <section class="no-print"><h2>Read also</h2><ul><li><article><h3>Other</h3></article></li></ul></section>`,
)
const list = page(
  `<div class="wrap"><h1>News</h1><ul class="grid"><li><article><h3><a href="/en/news/a/">A</a></h3><time datetime="2025-01-01">1 Jan</time></article></li></ul></div>`,
)

describe('English records from the built pages', () => {
  it('takes a page whose h1 is in an article, with its title, type and Kyiv date', () => {
    expect(englishRecord('/en/news/poetry/', newsItem)).toEqual({
      url: '/en/news/poetry/',
      lang: 'en',
      type: 'news',
      title: 'Poetry evening at Library No. 5',
      // 22:30 UTC on 31 December is already 1 January in Kyiv.
      date: '2025-12-31T22:30:00.000Z',
      dateText: '1 January 2026',
      filters: { type: ['News'], year: ['2026'] },
    })
  })

  it('leaves out lists, the home page, noindex pages, the search page and the 404', () => {
    expect(englishRecord('/en/news/', list)).toBeUndefined()
    expect(
      englishRecord('/en/', page('<div><h1>Libraries</h1><p>Welcome</p></div>')),
    ).toBeUndefined()
    const article = '<article><h1>Search</h1></article>'
    expect(
      englishRecord('/en/about/', page(article, '<meta name="robots" content="noindex">')),
    ).toBeUndefined()
    expect(englishRecord('/en/search/', page(article))).toBeUndefined()
    expect(englishRecord('/en/404/', page(article))).toBeUndefined()
    expect(englishRecord('/en/news/page/2/', page(article))).toBeUndefined()
  })

  it('gives every section its type, so new English page types join by themselves', () => {
    expect(englishType('/en/libraries/library-5/')).toBe('branch')
    expect(englishType('/en/documents/statute/')).toBe('document')
    expect(englishType('/en/collections/postcards/item-1/')).toBe('item')
    expect(englishType('/en/events/club/')).toBe('event')
    expect(englishType('/en/about/')).toBe('page')
    expect(englishType('/en/programme/')).toBe('page')
    const branch = englishRecord(
      '/en/libraries/library-5/',
      page('<article><h1>Library No. 5</h1><p>Opening hours</p></article>'),
    )
    expect(branch).toMatchObject({ type: 'branch', filters: { type: ['Libraries'], year: [] } })
  })

  it('indexes an English page by its English words only: runs marked Ukrainian stay out', () => {
    const item = page(
      `<article><p class="tag">Photograph</p><h1 lang="uk">Весілля на Чоколівці</h1>
       <p class="lead">A wedding party in Chokolivka, 1965.</p>
       <dl><dt>Places</dt><dd lang="uk">Чоколівка</dd><dt>Shelf mark</dt><dd>shelf mark <span lang="uk">КР-12</span></dd></dl>
       <p lang="en">Digitised in 2024.</p></article>`,
    )
    const words = extractBlocks(item, 'en')
      .map((block) => block.text)
      .join(' ')
    expect(words).toBe(
      'Photograph A wedding party in Chokolivka, 1965. Places Shelf mark shelf mark Digitised in 2024.',
    )
    // A Ukrainian page indexes all of its text, as before.
    expect(
      extractBlocks(item.replace('lang="en"', 'lang="uk"')).map((block) => block.text),
    ).toContain('Весілля на Чоколівці')
  })

  it('walks a built site: every English content page, in path order', async () => {
    const site = await mkdtemp(path.join(os.tmpdir(), 'english-records-'))
    try {
      const write = async (url: string, html: string) => {
        await mkdir(path.join(site, url), { recursive: true })
        await writeFile(path.join(site, url, 'index.html'), html)
      }
      await write('en', page('<div><h1>Home</h1></div>'))
      await write('en/news', list)
      await write('en/news/poetry', newsItem)
      await write('en/about', page('<article><h1>About us</h1><p>We are libraries.</p></article>'))
      await write('novyny/poeziia', newsItem.replace('lang="en"', 'lang="uk"'))
      const records = await englishRecords(site)
      expect(records.map((record) => record.url)).toEqual(['/en/about/', '/en/news/poetry/'])
      expect(await englishRecords(path.join(site, 'missing'))).toEqual([])
    } finally {
      await rm(site, { recursive: true, force: true })
    }
  })
})

describe('an index of both languages', () => {
  const ukrainian: IndexPage = {
    url: '/novyny/1/',
    title: 'Вечір поезії',
    blocks: [
      { heading: 1, text: 'Вечір поезії' },
      { heading: 0, text: 'Читачі зустрілися з поетами в бібліотеці.' },
    ],
    meta: { type: 'news' },
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
  const work = mkdtemp(path.join(os.tmpdir(), 'english-index-'))
  afterAll(async () => rm(await work, { recursive: true, force: true }))

  const build = async (name: string, pages: IndexPage[]) => {
    const siteDir = path.join(await work, name)
    await writeSearchIndex(siteDir, [], { pages })
    const bundle = path.join(siteDir, 'pagefind')
    const files = (await readdir(bundle, { recursive: true })).sort()
    const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number; wasm: string | null }>
    }
    return { bundle, files, entry }
  }

  it('keeps the Ukrainian index as it was, and adds an English one with English stemming', async () => {
    const alone = await build('uk', [ukrainian])
    const both = await build('both', [ukrainian, english])
    expect(Object.keys(alone.entry.languages)).toEqual(['uk'])
    expect(both.entry.languages.uk?.page_count).toBe(1)
    expect(both.entry.languages.en).toMatchObject({ page_count: 1, wasm: 'en' })
    // Ukrainian files (their names are content hashes) are the same with English beside them.
    const ukrainianFiles = (files: string[]) => files.filter((file) => /(^|\/)uk_/.test(file))
    expect(ukrainianFiles(both.files)).toEqual(ukrainianFiles(alone.files))
    expect(ukrainianFiles(both.files).length).toBeGreaterThan(2)
    expect(both.files.some((file) => /(^|\/)en_/.test(file))).toBe(true)
    // Suggestions are made of Ukrainian words only.
    const shards = both.files.filter((file) => file.startsWith('slova/'))
    const words = await Promise.all(
      shards.map((file) => readFile(path.join(both.bundle, file), 'utf8')),
    )
    expect(words.join(' ')).toContain('поетами')
    expect(words.join(' ')).not.toMatch(/poets|readers/)
    expect(shards.sort()).toEqual(alone.files.filter((file) => file.startsWith('slova/')).sort())
  })
})

describe('English queries', () => {
  it('go to Pagefind as typed, for its English stemmer; Ukrainian ones as keys', () => {
    expect(queryTerms('Poetry Evenings!', 'en')).toEqual(['poetry', 'evenings'])
    expect(queryTerms('бібліотеки району', 'uk')).toEqual(queryKeys('бібліотеки району'))
    expect(queryTerms('?!', 'en')).toEqual([])
  })

  it('read only the filters the English index has', () => {
    expect(readQuery('?q=poetry&type=News&branch=X&year=2026', 'en')).toEqual({
      q: 'poetry',
      filters: { type: ['News'], year: ['2026'] },
      sort: 'relevance',
    })
    expect(readQuery('?branch=X').filters).toEqual({ branch: ['X'] })
  })

  it('tell a form of the word from a prefix Pagefind fell back to', () => {
    expect(sharesBeginning('libraries', 'Library')).toBe(true)
    expect(sharesBeginning('volunteering', 'volunteers,')).toBe(true)
    expect(sharesBeginning('art', 'arts')).toBe(true)
    expect(sharesBeginning('zzzzqqqq', 'zone')).toBe(false)
    expect(sharesBeginning('photografs', 'photographs')).toBe(true)
    expect(sharesBeginning('pension', 'people')).toBe(false)
  })
})
