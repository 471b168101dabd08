import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withRecent, type Pagefind } from '@site/search/client'
import type { IndexPage } from '@site/search/extract'
import { writeSearchIndex, type IndexCache } from '@site/search/indexer'
import { queryKeys } from '@site/search/normalize'
import { TYPO_FOLDER } from '@site/search/typos'
import {
  NO_RECENT,
  RECENT_FOLDER,
  type RecentManifest,
  type StableStore,
} from '@site/search/recent'

/**
 * The publisher's releases index only what changed (#15): a stable bundle kept between builds
 * plus a recent bundle of the pages changed since, searched together by the real pagefind.js of
 * the bundle (run here in Node, served over HTTP as a browser would load it).
 */

const page = (index: number, text: string, extra: Partial<IndexPage> = {}): IndexPage => ({
  url: `/novyny/${index}/`,
  title: `Новина ${index}`,
  blocks: [
    { heading: 1, text: `Новина ${index}` },
    { heading: 0, text },
  ],
  meta: { type: 'news', date: '2025-01-01' },
  filters: { type: ['Новини'], year: [`${2020 + index}`] },
  sort: { date: `${2020 + index}-01-01` },
  ...extra,
})

const first = [
  page(1, 'Бібліотека запрошує на читацький марафон квітів.'),
  page(2, 'Бібліотекарі провели екскурсію для школярів.'),
  page(3, 'Весілля на Чоколівці: виставка світлин.'),
  page(5, 'Лекція про історію району.'),
]
// Page 2 rewritten, page 3 unpublished, page 4 new, page 5 only weighs less (its text is the same).
const second = [
  first[0]!,
  page(2, 'Бібліотекарі провели екскурсію для студентів.'),
  page(4, 'Квокка завітала до бібліотеки з мамою.'),
  page(5, 'Лекція про історію району.', { weight: 0.2 }),
]

const work = await mkdtemp(path.join(os.tmpdir(), 'recent-bundle-'))
let server: Server
let origin = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    const file = path.join(work, decodeURIComponent(new URL(request.url!, 'http://x').pathname))
    readFile(file).then(
      (body) => response.end(body),
      () => {
        response.statusCode = 404
        response.end()
      },
    )
  }).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  server.close()
  await rm(work, { recursive: true, force: true })
})

const cache: IndexCache = { dir: path.join(work, 'inputs'), fingerprint: 'code-1' }
const store: StableStore = { dir: path.join(work, 'stable'), fingerprint: 'code-1', limit: 5 }

const build = (name: string, pages: IndexPage[], stable: StableStore | undefined = store) =>
  writeSearchIndex(path.join(work, name), [], { pages, cache, stable })

const bundleOf = (name: string) => path.join(work, name, 'pagefind')
const manifestOf = async (name: string) =>
  JSON.parse(await readFile(path.join(bundleOf(name), 'recent.json'), 'utf8')) as RecentManifest

/** The site's search engine over a built bundle: pagefind.js, the recent bundle merged in. */
async function engineOf(name: string): Promise<Pagefind> {
  const base = `${origin}/${name}/pagefind/`
  const module = (await import(path.join(bundleOf(name), 'pagefind.js'))) as {
    createInstance: (options: Record<string, unknown>) => Pagefind
  }
  // baseUrl: the site's root, as pagefind.js takes it from a bundle at /pagefind/.
  const engine = module.createInstance({
    basePath: base,
    baseUrl: '/',
    excerptLength: 0,
    noWorker: true,
  })
  await engine.init()
  const manifest = await manifestOf(name)
  if (manifest.languages.includes('uk'))
    await engine.mergeIndex(`${base}${RECENT_FOLDER}/`, { language: 'uk', baseUrl: '/' })
  return withRecent(engine, manifest, 'uk')
}

async function urlsFound(engine: Pagefind, word: string, filters = {}): Promise<string[]> {
  const response = await engine.search(queryKeys(word).join(' '), { filters })
  const data = await Promise.all((response?.results ?? []).map((result) => result.data()))
  return data.map((fragment) => fragment.url).sort()
}

describe('stable and recent search bundles', () => {
  it('indexes every page on the first build and keeps that as the stable bundle', async () => {
    const stats = await build('first', first)
    expect(stats.recent).toEqual({ pages: 0, dropped: 0, stableRebuilt: true })
    expect(await manifestOf('first')).toEqual(NO_RECENT)
    // The same index as a build without a stable bundle (file names are content hashes).
    await writeSearchIndex(path.join(work, 'plain'), [], { pages: first })
    expect((await readdir(bundleOf('first'), { recursive: true })).sort()).toEqual(
      (await readdir(bundleOf('plain'), { recursive: true })).sort(),
    )
    expect(await urlsFound(await engineOf('first'), 'новина')).toEqual(
      first.map((one) => one.url).sort(),
    )
  })

  it('then indexes only the changed pages, and drops what they supersede', async () => {
    const stats = await build('second', second)
    expect(stats.recent).toEqual({ pages: 3, dropped: 3, stableRebuilt: false })
    expect(stats.pages).toBe(4)
    const manifest = await manifestOf('second')
    expect(manifest.languages).toEqual(['uk'])
    expect(Object.keys(manifest.dropped)).toHaveLength(3)
    // The release serves no fragment of the unpublished page or of the old texts.
    const fragments = path.join(bundleOf('second'), 'fragment')
    const served = await readdir(fragments)
    expect(served).toHaveLength(1)
    for (const id of Object.keys(manifest.dropped))
      expect(existsSync(path.join(fragments, `${id}.pf_fragment`))).toBe(false)
    const texts = await Promise.all(
      served.map(async (name) => gunzipSync(await readFile(path.join(fragments, name))).toString()),
    )
    expect(texts.join('')).not.toContain('Весілля')

    const engine = await engineOf('second')
    expect(await urlsFound(engine, 'новина')).toEqual(second.map((one) => one.url).sort())
    expect(await urlsFound(engine, 'студентами')).toEqual(['/novyny/2/'])
    expect(await urlsFound(engine, 'квокки')).toEqual(['/novyny/4/'])
    // Found once, in its recent form, though its text is as it was in the stable bundle.
    expect(await urlsFound(engine, 'лекції')).toEqual(['/novyny/5/'])
    expect(await urlsFound(engine, 'школярі')).toEqual([])
    expect(await urlsFound(engine, 'весіллям')).toEqual([])
  })

  it('counts the words for suggestions as a build of every page does', async () => {
    // The stable bundle's words, less those of the pages changed or gone, plus the new pages'.
    const recent = await build('second-again', second)
    expect(recent.recent?.stableRebuilt).toBe(false)
    const everyPage = await writeSearchIndex(path.join(work, 'second-full'), [], { pages: second })
    expect(recent.words).toBe(everyPage.words)
    const shards = async (name: string) => {
      const folder = path.join(bundleOf(name), TYPO_FOLDER)
      const names = (await readdir(folder)).sort()
      return Promise.all(
        names.map(async (file) => [file, await readFile(path.join(folder, file), 'utf8')]),
      )
    }
    expect(await shards('second-again')).toEqual(await shards('second-full'))
    // «квокка» is only on the new page, «школярів» only on the rewritten page's old version.
    const words = (await shards('second-again')).map(([, text]) => text).join(' ')
    expect(words).toContain('квокка')
    expect(words).not.toContain('школярів')
  })

  it('keeps neither bundle’s answers to a word it lacks (Pagefind searches its longest prefix)', async () => {
    const engine = await engineOf('second')
    // Only the recent bundle has «квокк…»: the stable one would answer with «кв…» (квітів).
    expect(await urlsFound(engine, 'квокки')).toEqual(['/novyny/4/'])
    // Only the stable bundle has «марафон…»: the recent one would answer with «м…» (мамою).
    expect(await urlsFound(engine, 'марафону')).toEqual(['/novyny/1/'])
    const response = await engine.search(queryKeys('квокки').join(' '), {
      filters: { year: { none: [] } },
    })
    expect(response?.filters.year).toEqual({
      '2021': 0,
      '2022': 0,
      '2023': 0,
      '2024': 1,
      '2025': 0,
    })
  })

  it('counts filter values without the dropped pages', async () => {
    const engine = await engineOf('second')
    const response = await engine.search(queryKeys('новина').join(' '), {
      filters: { year: { none: [] } },
    })
    expect(response?.filters.year).toEqual({
      '2021': 1,
      '2022': 1,
      '2023': 0,
      '2024': 1,
      '2025': 1,
    })
    const filtered = await engine.search(queryKeys('новина').join(' '), {
      filters: { year: { any: ['2022', '2023'] }, type: { none: [] } },
    })
    expect(filtered?.results).toHaveLength(1)
    expect(filtered?.filters.type).toEqual({ Новини: 1 })
    const all = await engine.filters()
    expect(all.type).toEqual({ Новини: 4 })
    expect(all.year?.['2023']).toBe(0)
  })

  it('indexes every page again once more pages changed than a recent bundle may hold', async () => {
    const many = [1, 2, 3, 4, 5, 6, 7].map((index) => page(index, `Текст сторінки ${index}.`))
    const stats = await build('many', many)
    expect(stats.recent?.stableRebuilt).toBe(true)
    expect(existsSync(path.join(bundleOf('many'), RECENT_FOLDER))).toBe(false)
    expect(await manifestOf('many')).toEqual(NO_RECENT)
    // The next build starts from that: one page changed is a recent bundle of one.
    const next = await build('next', [...many.slice(1), page(1, 'Новий текст першої.')])
    expect(next.recent).toEqual({ pages: 1, dropped: 1, stableRebuilt: false })
    expect(await urlsFound(await engineOf('next'), 'першої')).toEqual(['/novyny/1/'])
  })

  it('indexes every page again when the code that makes the index changed', async () => {
    const stats = await build('code', second, { ...store, fingerprint: 'code-2' })
    expect(stats.recent?.stableRebuilt).toBe(true)
    const none = await build('none', second, { ...store, fingerprint: 'code-2', limit: 0 })
    expect(none.recent?.stableRebuilt).toBe(true)
  })
})
