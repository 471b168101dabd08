import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readlink, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { newReleaseId, RELEASE_ID_PATTERN, type ReleasePaths } from '@cms/publisher/paths'
import { createProgressTracker, describeProgress, pageEntries } from '@cms/publisher/progress'
import { affectsPublicSite, describeReason } from '@cms/publisher/reasons'
import { loadAhead, releaseFiles } from '@cms/publisher/releaseFiles'
import {
  discardStaging,
  listReleases,
  liveReleaseId,
  pruneReleases,
  switchLive,
} from '@cms/publisher/releases'

describe('affectsPublicSite', () => {
  it('rebuilds for published documents and for ones just unpublished', () => {
    expect(affectsPublicSite({ hasDrafts: true, operation: 'update', status: 'published' })).toBe(
      true,
    )
    expect(
      affectsPublicSite({
        hasDrafts: true,
        operation: 'update',
        status: 'draft',
        previousStatus: 'published',
      }),
    ).toBe(true)
    expect(affectsPublicSite({ hasDrafts: true, operation: 'delete', status: 'published' })).toBe(
      true,
    )
  })

  it('ignores drafts that were never public', () => {
    expect(affectsPublicSite({ hasDrafts: true, operation: 'create', status: 'draft' })).toBe(false)
    expect(
      affectsPublicSite({
        hasDrafts: true,
        operation: 'update',
        status: 'draft',
        previousStatus: 'draft',
      }),
    ).toBe(false)
    expect(affectsPublicSite({ hasDrafts: true, operation: 'delete', status: 'draft' })).toBe(false)
  })

  it('rebuilds when media in use changes or goes, not when a new file arrives', () => {
    expect(affectsPublicSite({ hasDrafts: false, operation: 'create' })).toBe(false)
    expect(affectsPublicSite({ hasDrafts: false, operation: 'update' })).toBe(true)
    expect(affectsPublicSite({ hasDrafts: false, operation: 'delete' })).toBe(true)
  })
})

describe('describeReason', () => {
  it('names the document that asked for the build', () => {
    expect(
      describeReason({ kind: 'change', collection: 'news', id: 12, title: 'Вечір поезії', at: '' }),
    ).toBe('news «Вечір поезії» (id 12)')
    expect(describeReason({ kind: 'delete', collection: 'pages', id: 3, at: '' })).toBe(
      'pages (id 3), вилучено',
    )
    expect(describeReason({ kind: 'manual', at: '' })).toBe('ручний запуск')
  })
})

describe('newReleaseId', () => {
  it('is sortable by time and matches the release pattern', () => {
    const earlier = newReleaseId(new Date('2026-11-25T10:00:00Z'))
    const later = newReleaseId(new Date('2026-11-25T10:00:01Z'))
    expect(earlier).toMatch(RELEASE_ID_PATTERN)
    expect([later, earlier].sort()).toEqual([earlier, later])
  })
})

describe('releases on disk', () => {
  async function setUp(ids: string[]): Promise<ReleasePaths> {
    const releasesDir = await mkdtemp(path.join(tmpdir(), 'cbs-releases-'))
    for (const id of ids) await mkdir(path.join(releasesDir, id))
    return { releasesDir, liveLink: path.join(releasesDir, 'live'), stagingPrefix: '.staging-' }
  }
  const ids = [
    '20261101-100000-aaaa',
    '20261102-100000-bbbb',
    '20261103-100000-cccc',
    '20261104-100000-dddd',
  ]

  it('switches the live link to a release and back', async () => {
    const paths = await setUp(ids)
    expect(await liveReleaseId(paths)).toBeUndefined()
    await switchLive(paths, ids[3]!)
    expect(await liveReleaseId(paths)).toBe(ids[3])
    expect(await readlink(paths.liveLink)).toBe(ids[3])
    await switchLive(paths, ids[1]!)
    expect(await liveReleaseId(paths)).toBe(ids[1])
  })

  it('refuses to switch to a release that does not exist, leaving the live one', async () => {
    const paths = await setUp(ids)
    await switchLive(paths, ids[0]!)
    await expect(switchLive(paths, '20991231-000000-zzzz')).rejects.toThrow(/no release/)
    await expect(switchLive(paths, '../../etc')).rejects.toThrow(/no release/)
    expect(await liveReleaseId(paths)).toBe(ids[0])
  })

  it('keeps the newest releases and always the live one', async () => {
    const paths = await setUp(ids)
    await switchLive(paths, ids[0]!)
    const removed = await pruneReleases(paths, 2)
    expect(removed).toEqual([ids[1]])
    expect(await listReleases(paths)).toEqual([ids[3], ids[2], ids[0]])
  })

  it('treats a release deleted by hand as nothing live', async () => {
    const paths = await setUp(ids)
    await switchLive(paths, ids[2]!)
    const { rm } = await import('node:fs/promises')
    await rm(path.join(paths.releasesDir, ids[2]!), { recursive: true })
    expect(await liveReleaseId(paths)).toBeUndefined()
  })

  it('discards half-built releases', async () => {
    const paths = await setUp([...ids, '.staging-20261105-100000-eeee'])
    expect(await discardStaging(paths)).toEqual(['.staging-20261105-100000-eeee'])
    expect(existsSync(path.join(paths.releasesDir, '.staging-20261105-100000-eeee'))).toBe(false)
    expect(await listReleases(paths)).toHaveLength(4)
  })
})

describe('build progress', () => {
  // Lines as Astro and our integrations print them during a release build.
  const output = [
    '22:56:00 [content] Syncing content',
    '22:56:05 [content] Synced content',
    ' generating static routes ',
    '22:56:06   ├─ /novyny/vystavka/index.html',
    ' (+3ms) ',
    '22:56:06   ├─ /dokumenty/polozhennia/index.html (restored)',
    '22:56:06   └─ /index.html',
    '22:56:09 [solomianka-search] 0 з 2 сторінок',
    '22:56:10 [solomianka-search] 103 pages, 22254 words, 130 files in 0.3 s',
  ]

  it('follows the phases and counts pages as Astro writes them', () => {
    const tracker = createProgressTracker(5000)
    const seen = output.map((line) => tracker.read(line)).filter(Boolean)
    expect(seen).toEqual([
      { phase: 'content' },
      { phase: 'pages', done: 0, total: 5000 },
      { phase: 'pages', done: 1, total: 5000 },
      { phase: 'pages', done: 2, total: 5000 },
      { phase: 'pages', done: 3, total: 5000 },
      { phase: 'search', done: 0, total: 2 },
    ])
  })

  it('counts each page of a line that pages rendered at the same time share', () => {
    const tracker = createProgressTracker(5000)
    tracker.read(' generating static routes ')
    // build.concurrency: a page is still rendering when the next one is copied.
    tracker.read('22:56:06   ├─ /novyny/vystavka/index.html  ├─ /dokumenty/a/index.html (restored)')
    expect(tracker.read(' (+3ms) ')).toBeUndefined()
    expect(tracker.read('22:56:06   └─ /index.html')).toEqual({
      phase: 'pages',
      done: 3,
      total: 5000,
    })
  })

  it('reads the pages of a line where a page rendering is followed at once by the next', () => {
    // As Astro printed it: the document register page was still rendering when the next page,
    // copied from the last release, was written; its time came on a later line of its own.
    const line =
      '11:55:18   ├─ /dokumenty/typ/zvit/index.html11:55:18   ├─ /biblioteky/no-12/index.html (restored)'
    expect(pageEntries(line)).toEqual([
      { path: '/dokumenty/typ/zvit/index.html', restored: false },
      { path: '/biblioteky/no-12/index.html', restored: true },
    ])
    expect(pageEntries('22:56:06   └─ /vidkryti-dani/dokumenty.csv/ (+9ms) ')).toEqual([
      { path: '/vidkryti-dani/dokumenty.csv/', restored: false },
    ])
    expect(pageEntries(' (+3ms) ')).toEqual([])
  })

  it('says it in Ukrainian, the page total as the estimate it is', () => {
    expect(describeProgress({ phase: 'content' })).toBe('Читання вмісту з CMS…')
    expect(describeProgress({ phase: 'pages', done: 5200, total: 11900 })).toBe(
      'Сторінки: 5\u00a0200 з ≈\u00a011\u00a0900',
    )
    expect(describeProgress({ phase: 'pages', done: 12 })).toBe('Сторінки: 12')
    expect(describeProgress({ phase: 'search', done: 1000, total: 10114 })).toBe(
      'Пошуковий індекс: 1\u00a0000 з 10\u00a0114',
    )
  })
})

describe('releaseFiles', () => {
  it('lists every file of a release, at any depth, relative to it, and no folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cbs-release-files-'))
    try {
      const written = ['index.html', path.join('_astro', 'site.css')]
      // More folders than are read between two turns of the event loop.
      for (let index = 0; index < 150; index += 1)
        written.push(path.join('novyny', `novyna-${index}`, 'index.html'))
      written.push(path.join('pagefind', 'fragment', 'deep', 'er', 'uk_1.pf_fragment'))
      for (const file of written) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
        await writeFile(path.join(dir, file), file)
      }
      await mkdir(path.join(dir, 'empty'))
      // A link to a folder is neither listed nor walked into, as readdir's recursive walk did.
      await symlink(path.join(dir, 'novyny'), path.join(dir, 'link'))
      expect((await releaseFiles(dir)).sort()).toEqual(written.sort())
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('loadAhead', () => {
  /** A load per item that ends when the test says, recording how many run at once. */
  function controlledLoads() {
    const finish = new Map<number, (value: string) => void>()
    const fail = new Map<number, (error: Error) => void>()
    let running = 0
    let most = 0
    const load = (item: number) =>
      new Promise<string>((resolve, reject) => {
        running += 1
        most = Math.max(most, running)
        finish.set(item, (value) => {
          running -= 1
          finish.delete(item)
          resolve(value)
        })
        fail.set(item, (error) => {
          running -= 1
          reject(error)
        })
      })
    return { load, finish, fail, most: () => most }
  }

  it('yields in the items’ order, whatever finishes first, with at most `ahead` loads at once', async () => {
    const loads = controlledLoads()
    const items = [0, 1, 2, 3, 4, 5]
    const results = loadAhead(items, loads.load, 3)
    const first = results.next()
    await Promise.resolve()
    expect([...loads.finish.keys()]).toEqual([0, 1, 2])
    expect(loads.most()).toBe(3)
    loads.finish.get(2)!('c')
    loads.finish.get(1)!('b')
    loads.finish.get(0)!('a')
    expect((await first).value).toEqual([0, 'a'])
    const seen = [(await results.next()).value, (await results.next()).value]
    expect(seen).toEqual([
      [1, 'b'],
      [2, 'c'],
    ])
    for (const item of [5, 4, 3]) loads.finish.get(item)?.(String(item))
    const rest: unknown[] = []
    for (let next = await results.next(); !next.done; next = await results.next()) {
      rest.push(next.value)
      for (const item of [3, 4, 5]) loads.finish.get(item)?.(String(item))
    }
    expect(rest).toEqual([
      [3, '3'],
      [4, '4'],
      [5, '5'],
    ])
    expect(loads.most()).toBe(3)
  })

  it('throws a failed load’s error at its turn, after the items before it', async () => {
    const loads = controlledLoads()
    const results = loadAhead([0, 1, 2], loads.load, 3)
    const first = results.next()
    await Promise.resolve()
    loads.fail.get(1)!(new Error('unreadable'))
    loads.finish.get(0)!('a')
    expect((await first).value).toEqual([0, 'a'])
    await expect(results.next()).rejects.toThrow('unreadable')
  })
})
