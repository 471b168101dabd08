import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import type { IndexPage } from '@site/search/extract'
import { writeSearchIndex, type IndexCache } from '@site/search/indexer'

/** Incremental indexing: the inputs of unchanged pages are reused, changed ones made again. */

const page = (index: number, text: string): IndexPage => ({
  url: `/novyny/${index}/`,
  title: `Новина ${index}`,
  blocks: [
    { heading: 1, text: `Новина ${index}` },
    { heading: 0, text },
  ],
  meta: { type: 'news', date: '2025-01-01' },
  filters: { type: ['Новини'] },
  sort: { date: '2025-01-01' },
})

const work = await mkdtemp(path.join(os.tmpdir(), 'index-cache-'))
afterAll(() => rm(work, { recursive: true, force: true }))

async function build(pages: IndexPage[], cache: IndexCache | undefined, name: string) {
  const siteDir = path.join(work, name)
  const stats = await writeSearchIndex(siteDir, [], { pages, cache })
  const files = (await readdir(path.join(siteDir, 'pagefind'), { recursive: true })).sort()
  const vocabulary = await readFile(
    path.join(siteDir, 'pagefind', 'slova', 'p-431-456.json'),
    'utf8',
  )
  return { stats, files, vocabulary }
}

describe('index cache', () => {
  const cache: IndexCache = { dir: path.join(work, 'cache'), fingerprint: 'code-1' }
  const pages = [
    page(1, 'Бібліотека запрошує на читацький марафон.'),
    page(2, 'Бібліотекарі провели екскурсію для школярів.'),
    page(3, 'Весілля на Чоколівці: виставка світлин.'),
  ]

  it('makes every input on the first build and reuses them all on the next', async () => {
    const fresh = await build(pages, undefined, 'fresh')
    const first = await build(pages, cache, 'first')
    expect(first.stats.reused).toBe(0)
    const second = await build(pages, cache, 'second')
    expect(second.stats.reused).toBe(3)
    // The same index as without a cache, file for file (names are content hashes).
    expect(second.files).toEqual(fresh.files)
    expect(second.vocabulary).toEqual(fresh.vocabulary)
    expect(await readdir(cache.dir)).toHaveLength(3)
  })

  it('makes a changed page again, and forgets the inputs of pages that are gone', async () => {
    const changed = [pages[0]!, page(2, 'Бібліотекарі провели екскурсію для студентів.')]
    const after = await build(changed, cache, 'changed')
    expect(after.stats.reused).toBe(1)
    expect(after.vocabulary).toContain('бібліотекарі')
    expect(await readdir(cache.dir)).toHaveLength(2)
  })

  it('reuses nothing once the code that makes keys has changed', async () => {
    const other = await build(pages, { ...cache, fingerprint: 'code-2' }, 'code')
    expect(other.stats.reused).toBe(0)
  })
})
