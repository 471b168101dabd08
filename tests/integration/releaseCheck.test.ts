import { existsSync } from 'node:fs'
import { cp, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { pagePathOf } from '@cms/preview/pagePath'
import { buildSite } from '@cms/publisher/build'
import { checkRelease } from '@cms/publisher/checks'
import { seed } from '@cms/seed/seed'
import { fileHash } from '@site/iiif/tiles'
import { startTestCms, stopTestCms } from '../support/cms'

// The release check and the preview against a real build of the seeded site: a draft must be
// found where it leaked, and must not stop publishing where it did not.
let payload: Payload
const work = () => path.join(env.dataDir, 'release-check')
const built = () => path.join(work(), 'site')
const log = () => undefined

async function copyOfBuild(name: string): Promise<string> {
  const dir = path.join(work(), name)
  await rm(dir, { recursive: true, force: true })
  await cp(built(), dir, { recursive: true })
  return dir
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

async function firstPublished<T extends 'news' | 'items' | 'digital-collections'>(collection: T) {
  const { docs } = await payload.find({
    collection,
    where: { _status: { equals: 'published' } },
    sort: 'id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]!
}

beforeAll(async () => {
  payload = await startTestCms()
  await seed(payload, () => undefined)
  await mkdir(work(), { recursive: true })
  expect(await buildSite(env, built(), log)).toEqual({ ok: true })
}, 600_000)

afterAll(async () => {
  await stopTestCms(payload)
})

describe('release check', () => {
  it('lets a release through when a draft is titled like a section, a menu item or a published document', async () => {
    const lastYear = await firstPublished('news')
    // A standalone page called like the branches section and its menu item…
    await payload.create({
      collection: 'pages',
      draft: true,
      data: { title: 'Бібліотеки', _status: 'draft' } as never,
      overrideAccess: true,
    })
    // …and this year's draft of a recurring event, with last year's title.
    const thisYear = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: lastYear.title, _status: 'draft' } as never,
      overrideAccess: true,
    })
    expect(thisYear.slug).not.toBe(lastYear.slug)
    await expect(checkRelease(built(), payload)).resolves.toBeTruthy()
  })

  it('still refuses a real leak of such a draft: its page, or a link to it', async () => {
    const { docs } = await payload.find({
      collection: 'news',
      draft: true,
      where: { _status: { equals: 'draft' } },
      overrideAccess: true,
      depth: 0,
    })
    const draft = docs.find((doc) => doc.slug?.endsWith('-2'))!
    const page = await copyOfBuild('leaked-page')
    await mkdir(path.join(page, 'novyny', draft.slug!), { recursive: true })
    await writeFile(
      path.join(page, 'novyny', draft.slug!, 'index.html'),
      `<!doctype html><html lang="uk"><body><main><h1>${draft.title}</h1></main></body></html>`,
    )
    await expect(checkRelease(page, payload)).rejects.toThrow(
      new RegExp(`novyny/${draft.slug}/index\\.html`),
    )

    const linked = await copyOfBuild('leaked-link')
    const list = path.join(linked, 'novyny', 'index.html')
    const html = await readFile(list, 'utf8')
    await writeFile(
      list,
      html.replace('</main>', `<a href="/novyny/${draft.slug}/">${draft.title}</a></main>`),
    )
    await expect(checkRelease(linked, payload)).rejects.toThrow(/novyny\/index\.html/)
  })

  it('refuses a draft-only title at an address no published document explains', async () => {
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Чернетка про закриту нараду', _status: 'draft' } as never,
      overrideAccess: true,
    })
    const leaked = await copyOfBuild('leaked-title')
    await mkdir(path.join(leaked, 'novyny', 'insha-adresa'), { recursive: true })
    await writeFile(
      path.join(leaked, 'novyny', 'insha-adresa', 'index.html'),
      '<!doctype html><html lang="uk"><body><main><h1>Чернетка про закриту нараду</h1></main></body></html>',
    )
    await expect(checkRelease(leaked, payload)).rejects.toThrow(/Чернетка про закриту нараду/)
  })

  it('reads again only the files a release does not share with the last checked one, while no draft is new', async () => {
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Чернетка про перевірку змін', _status: 'draft' } as never,
      overrideAccess: true,
    })
    const live = await copyOfBuild('checked-live')
    const first = await checkRelease(live, payload)
    expect(first.reused).toBe(0)
    // The next release: every file the live one's (hard links, as precompress and the search's
    // stable bundle leave them), but one page rendered anew.
    const next = path.join(work(), 'checked-next')
    await rm(next, { recursive: true, force: true })
    for (const entry of await readdir(live, { withFileTypes: true, recursive: true })) {
      const target = path.join(next, path.relative(live, path.join(entry.parentPath, entry.name)))
      if (entry.isDirectory()) await mkdir(target, { recursive: true })
      else {
        await mkdir(path.dirname(target), { recursive: true })
        await link(path.join(entry.parentPath, entry.name), target)
      }
    }
    const previous = { dir: live, checked: first.checked }
    const list = path.join(next, 'novyny', 'index.html')
    const html = await readFile(list, 'utf8')
    await rm(list)
    const leak = '<a href="/novyny/insha/">Чернетка про перевірку змін</a></main>'
    await writeFile(list, html.replace('</main>', leak))
    await expect(checkRelease(next, payload, undefined, previous)).rejects.toThrow(
      /novyny\/index\.html/,
    )
    await rm(list)
    await writeFile(list, html)
    const pages = (await htmlFiles(next)).length
    const fragments = (await readdir(path.join(next, 'pagefind', 'fragment'))).length
    const second = await checkRelease(next, payload, undefined, previous)
    expect(second.reused).toBe(pages - 1 + fragments)

    // A draft new since the live release's check: every file is read again, shared ones too.
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Чернетка, якої ще не було', _status: 'draft' } as never,
      overrideAccess: true,
    })
    const shared = path.join(next, 'dokumenty', 'index.html')
    const sharedHtml = await readFile(shared, 'utf8')
    await writeFile(
      shared,
      sharedHtml.replace('</main>', '<h2>Чернетка, якої ще не було</h2></main>'),
    )
    await expect(checkRelease(next, payload, undefined, previous)).rejects.toThrow(
      /dokumenty\/index\.html/,
    )
    await writeFile(shared, sharedHtml)
    expect((await checkRelease(next, payload, undefined, previous)).reused).toBe(0)
  })
})

describe('site pages', () => {
  it('gives every page its own <title>, page 2 and later of a list included', async () => {
    const titles = new Map<string, string>()
    const repeated: string[] = []
    for (const file of await htmlFiles(built())) {
      const title = /<title>([^<]*)<\/title>/.exec(await readFile(file, 'utf8'))?.[1]
      if (!title) continue
      const other = titles.get(title)
      if (other) repeated.push(`${title}: ${other} and ${path.relative(built(), file)}`)
      titles.set(title, path.relative(built(), file))
    }
    expect(titles.size).toBeGreaterThan(100)
    expect(repeated).toEqual([])
  })

  it('links nothing to the 404 page’s own file, which has no address', async () => {
    const html = await readFile(path.join(built(), '404.html'), 'utf8')
    expect(html).toContain('Сторінку не знайдено')
    expect(html).not.toMatch(/\/404\/?"/)
  })
})

describe('preview of an item', () => {
  it('opens the item where the site puts it, with the draft’s images in the zoom viewer', async () => {
    const item = await firstPublished('items')
    const published = await firstPublished('digital-collections')
    // A collection that was never published, listed first, and a new first image in the draft.
    const hidden = await payload.create({
      collection: 'digital-collections',
      draft: true,
      data: { title: 'Колекція в роботі', _status: 'draft' } as never,
      overrideAccess: true,
    })
    const { docs: media } = await payload.find({
      collection: 'media',
      where: { id: { not_in: (item.images ?? []).map((page) => page.image as number) } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const newImage = media[0]!
    const draft = await payload.update({
      collection: 'items',
      id: item.id,
      draft: true,
      data: {
        collections: [hidden.id, published.id],
        images: [{ image: newImage.id }],
        _status: 'draft',
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    const pagePath = await pagePathOf(payload, 'items', draft)
    expect(pagePath).toBe(`/kolektsii/${published.slug}/${item.identifier}/`)

    const preview = path.join(work(), 'preview')
    expect(
      await buildSite(env, preview, log, {
        SITE_PREVIEW: JSON.stringify({ collection: 'items', id: item.id }),
      }),
    ).toEqual({ ok: true })
    expect(existsSync(path.join(preview, pagePath, 'index.html'))).toBe(true)
    const manifest = await readFile(
      path.join(preview, 'iiif', 'items', item.identifier, 'manifest.json'),
      'utf8',
    )
    const hash = await fileHash(path.join(env.dataDir, 'media', newImage.filename!))
    expect(manifest).toContain(`/iiif/images/${hash}`)
  })
})
