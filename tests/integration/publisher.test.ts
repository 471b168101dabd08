import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { env } from '@cms/config/env'
import { buildSite } from '@cms/publisher/build'
import { buildCacheDir, openBuildCache } from '@cms/publisher/buildCache'
import { checkRelease } from '@cms/publisher/checks'
import { pageEntries } from '@cms/publisher/progress'
import { releasePaths } from '@cms/publisher/paths'
import { publishRelease } from '@cms/publisher/publish'
import { DEBOUNCE_MS, pendingPublishJobs, requestPublish } from '@cms/publisher/queue'
import { liveReleaseId, listReleases } from '@cms/publisher/releases'
import { createStaticServer } from '@cms/publisher/staticServer'
import { processDueRequests, recover } from '@cms/publisher/worker'
import { seed } from '@cms/seed/seed'
import { RENDER_CACHE_FILE } from '@site/data/renderCache'
import { NO_RECENT, type RecentManifest } from '@site/search/recentManifest'
import { startTestCms, stopTestCms } from '../support/cms'
import { as, createUser, type TestUser } from '../support/fixtures'
import { callPublisherEndpoint } from '../support/publisherEndpoints'

// The real publisher on a seeded database, building the real site with Astro.
let payload: Payload
let editor: TestUser
const paths = releasePaths(env)
const log: (line: string) => void = () => undefined
const context = () => ({ env, payload, log })

/** The live release's search fragments (gunzipped), by path in the release. */
async function servedFragments(): Promise<Map<string, string>> {
  const bundle = path.join(paths.liveLink, 'pagefind')
  const entries = await readdir(bundle, { withFileTypes: true, recursive: true })
  const fragments = new Map<string, string>()
  for (const entry of entries.filter((one) => one.name.endsWith('.pf_fragment'))) {
    const file = path.join(entry.parentPath, entry.name)
    fragments.set(path.relative(bundle, file), gunzipSync(await readFile(file)).toString('utf8'))
  }
  return fragments
}

async function recentManifest(): Promise<RecentManifest> {
  return JSON.parse(
    await readFile(path.join(paths.liveLink, 'pagefind', 'recent.json'), 'utf8'),
  ) as RecentManifest
}

async function servedFile(urlPath: string): Promise<string | undefined> {
  const file = path.join(paths.liveLink, urlPath, urlPath.endsWith('.html') ? '' : 'index.html')
  return existsSync(file) ? readFile(file, 'utf8') : undefined
}

/** The live release's HTML pages under a folder (e.g. /kolektsii/), by path. */
async function pagesUnder(folder: string): Promise<Map<string, string>> {
  const root = path.join(paths.liveLink, folder)
  const files = await readdir(root, { recursive: true })
  const pages = new Map<string, string>()
  for (const file of files.map(String).filter((name) => name.endsWith('index.html')))
    pages.set(
      `/${folder}/${file.split(path.sep).join('/')}`,
      await readFile(path.join(root, file), 'utf8'),
    )
  return pages
}

/** The pages of a build's log that Astro rendered, and those it copied from the last release. */
function renderedAndCopied(lines: string[]): { rendered: Set<string>; copied: Set<string> } {
  const rendered = new Set<string>()
  const copied = new Set<string>()
  for (const entry of pageEntries(lines.join('\n')))
    (entry.restored ? copied : rendered).add(entry.path)
  return { rendered, copied }
}

/** The live release's document register pages (/dokumenty/, by type, year, status), by path. */
async function registerPages(): Promise<Map<string, string>> {
  const root = path.join(paths.liveLink, 'dokumenty')
  const files = await readdir(root, { recursive: true })
  const pages = new Map<string, string>()
  for (const file of files.map(String).filter((name) => name.endsWith('index.html'))) {
    const [first] = file.split(path.sep)
    if (file !== 'index.html' && !['typ', 'rik', 'status', 'storinka'].includes(first!)) continue
    pages.set(
      `/dokumenty/${file.split(path.sep).join('/')}`,
      await readFile(path.join(root, file), 'utf8'),
    )
  }
  return pages
}

/**
 * Runs the pending publish request as the worker would once it is due: at the end of its debounce
 * window, given as the worker's clock rather than slept through. It is not due a moment before.
 */
async function runQueue(
  overrides: Partial<ReturnType<typeof context>> = {},
): Promise<Awaited<ReturnType<typeof processDueRequests>>> {
  const [pending] = await pendingPublishJobs(payload)
  expect(pending?.waitUntil, 'a publish request is queued').toBeTruthy()
  const due = new Date(pending!.waitUntil!)
  expect(await processDueRequests(context(), new Date(due.getTime() - 1))).toBeUndefined()
  return processDueRequests({ ...context(), ...overrides }, due)
}

beforeAll(async () => {
  payload = await startTestCms()
  await seed(payload, () => undefined)
  editor = await createUser(payload, 'editor')
}, 600_000)

afterAll(async () => {
  await stopTestCms(payload)
})

describe('publisher', () => {
  it('builds a first release, checks it and makes it live', async () => {
    const result = await publishRelease({
      ...context(),
      reasons: [{ kind: 'start', at: new Date().toISOString() }],
    })
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true })
    expect(await liveReleaseId(paths)).toBe(result.ok ? result.releaseId : undefined)
    expect(await servedFile('/')).toContain('<html lang="uk"')
    const status = await payload.findGlobal({ slug: 'publisher', overrideAccess: true })
    expect(status.lastSuccess?.releaseId).toBe(result.ok ? result.releaseId : undefined)
    // The editorial checks report runs after the switch, and is there once the release is done.
    const report = status.contentReport as { checked?: number } | null | undefined
    expect(report?.checked).toBeGreaterThan(0)
    // The first release indexes every page: the stable search bundle, with no recent one.
    expect(await recentManifest()).toEqual(NO_RECENT)
    expect(existsSync(path.join(buildCacheDir(env), 'search-stable', 'manifest.json'))).toBe(true)
  })

  it('turns publishing a news item into a release that has it, and unpublishing into one without', async () => {
    const news = await payload.create({
      collection: 'news',
      data: { title: 'Зустріч із краєзнавцем у бібліотеці', _status: 'published' } as never,
      ...as(editor),
    })
    const queued = await pendingPublishJobs(payload)
    expect(queued).toHaveLength(1)
    expect(JSON.stringify(queued[0]!.input)).toContain('Зустріч із краєзнавцем')
    expect(await runQueue()).toMatchObject({ ok: true })
    expect(await servedFile(`/novyny/${news.slug}/`)).toContain(
      'Зустріч із краєзнавцем у бібліотеці',
    )
    // Search: the new page is in the recent bundle, over the stable one (site/search/recent.ts).
    const url = `/novyny/${news.slug}/`
    const withNews = [...(await servedFragments())].filter(([, text]) => text.includes(url))
    expect(withNews.map(([file]) => file.split(path.sep)[0])).toEqual(['recent'])
    expect((await recentManifest()).languages).toEqual(['uk'])

    await payload.update({
      collection: 'news',
      id: news.id,
      data: { _status: 'draft' } as never,
      ...as(editor),
    })
    expect(await runQueue()).toMatchObject({ ok: true })
    expect(await servedFile(`/novyny/${news.slug}/`)).toBeUndefined()
    // Unpublished: in no bundle of the release any more.
    const left = [...(await servedFragments()).values()]
    expect(left.length).toBeGreaterThan(10)
    expect(left.filter((text) => text.includes(url))).toEqual([])
  })

  it('does not build for a draft that was never published', async () => {
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Ще не готово', _status: 'draft' } as never,
      ...as(editor),
    })
    expect(await pendingPublishJobs(payload)).toHaveLength(0)
  })

  it('coalesces a burst of changes into one build that has all of them', async () => {
    const before = (await listReleases(paths)).length
    const titles = ['Перша новина серії', 'Друга новина серії', 'Третя новина серії']
    const created = []
    for (const title of titles) {
      created.push(
        await payload.create({
          collection: 'news',
          data: { title, _status: 'published' } as never,
          ...as(editor),
        }),
      )
    }
    expect(await pendingPublishJobs(payload)).toHaveLength(1)
    expect(await runQueue()).toMatchObject({ ok: true })
    expect(await pendingPublishJobs(payload)).toHaveLength(0)
    expect((await listReleases(paths)).length).toBe(Math.min(before + 1, env.KEEP_RELEASES))
    for (const news of created)
      expect(await servedFile(`/novyny/${news.slug}/`)).toContain(news.title)
  })

  it('shows editors how far a build has got, and clears it when the release is live', async () => {
    await payload.update({
      collection: 'news',
      where: { title: { equals: 'Третя новина серії' } },
      data: { title: 'Третя новина серії, уточнена' },
      ...as(editor),
    })
    // Every write to the publisher global, recorded as it happens (the call goes through).
    const writes = vi.spyOn(payload, 'updateGlobal')
    const result = await runQueue()
    const calls = [...writes.mock.calls]
    writes.mockRestore()
    expect(result).toMatchObject({ ok: true })
    const progress = calls
      .map(([update]) => update)
      .filter((update) => update.slug === 'publisher' && 'progress' in update.data)
      .map((update) => (update.data as { progress: string | null }).progress)
    const texts = progress.filter((text) => text !== null)
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts)
      expect(text).toMatch(
        /^(Читання вмісту з CMS…|Сторінки: [\d\u00a0]+|Пошуковий індекс: |Перевірка релізу…)/,
      )
    // The last write clears it, and nothing is written after that.
    expect(progress.at(-1)).toBeNull()
    const after = await payload.findGlobal({ slug: 'publisher', overrideAccess: true })
    expect(after.progress ?? null).toBeNull()
  })

  it('moves a pending build back by the debounce window with each change', async () => {
    const first = new Date('2030-03-01T10:00:00.000Z')
    const second = new Date(first.getTime() + 900)
    const reason = (at: Date) => ({
      kind: 'change' as const,
      collection: 'news',
      at: at.toISOString(),
    })
    await requestPublish(payload, reason(first), DEBOUNCE_MS, first)
    await requestPublish(payload, reason(second), DEBOUNCE_MS, second)
    const pending = await pendingPublishJobs(payload)
    expect(pending).toHaveLength(1)
    expect(pending[0]!.input?.reasons).toHaveLength(2)
    const due = second.getTime() + DEBOUNCE_MS
    expect(new Date(pending[0]!.waitUntil!).getTime()).toBe(due)
    expect(await pendingPublishJobs(payload, new Date(due - 1))).toHaveLength(0)
    expect(await pendingPublishJobs(payload, new Date(due))).toHaveLength(1)
    await payload.delete({ collection: 'payload-jobs', id: pending[0]!.id, overrideAccess: true })
  })

  it('copies the pages whose data did not change from the last release, renders the changed ones', async () => {
    const published = await payload.find({
      collection: 'documents',
      where: { _status: { equals: 'published' } },
      sort: 'title',
      limit: 2,
      depth: 0,
      overrideAccess: true,
    })
    const [changed, untouched] = published.docs as unknown as { id: number; slug: string }[]
    const untouchedBefore = await servedFile(`/dokumenty/${untouched!.slug}/`)
    expect(untouchedBefore).toBeTruthy()
    const registerBefore = await registerPages()
    await payload.update({
      collection: 'documents',
      id: changed!.id,
      data: { title: 'Положення в новій редакції для перевірки збирання' },
      ...as(editor),
    })
    const lines: string[] = []
    const result = await runQueue({ log: (line) => lines.push(line) })
    expect(result).toMatchObject({ ok: true })
    expect(await servedFile(`/dokumenty/${changed!.slug}/`)).toContain(
      'Положення в новій редакції для перевірки збирання',
    )
    // Astro says «(restored)» for each page it copied from the cache instead of rendering it.
    const restored = lines.filter((line) => line.includes('(restored)')).length
    expect(restored).toBeGreaterThan(10)
    expect(await servedFile(`/dokumenty/${untouched!.slug}/`)).toBe(untouchedBefore)
    // The register lists every title, so it is rendered anew.
    expect(await servedFile('/dokumenty/')).toContain('Положення в новій редакції')
    // Of the register's pages (all, by type, year and status), exactly those that list the
    // changed document are rendered; the others are copied, byte for byte, from the last release.
    const registerAfter = await registerPages()
    expect([...registerAfter.keys()].sort()).toEqual([...registerBefore.keys()].sort())
    const built = renderedAndCopied(lines)
    const rendered = new Set([...built.rendered].filter((page) => registerAfter.has(page)))
    const copied = new Set([...built.copied].filter((page) => registerAfter.has(page)))
    expect(rendered.size + copied.size).toBe(registerAfter.size)
    expect(rendered.size).toBeGreaterThanOrEqual(3)
    expect(copied.size).toBeGreaterThan(0)
    for (const page of rendered)
      expect(registerAfter.get(page), page).toContain('Положення в новій редакції')
    for (const page of copied) {
      expect(registerAfter.get(page), page).toBe(registerBefore.get(page))
      expect(registerAfter.get(page), page).not.toContain('Положення в новій редакції')
    }
  })

  it('keeps document bodies between releases, and renders one anew when a document it links to moves', async () => {
    const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
    const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
    const { docs } = await payload.find({
      collection: 'documents',
      where: { _status: { equals: 'published' } },
      sort: '-title',
      limit: 2,
      depth: 0,
      overrideAccess: true,
    })
    const [linking, linked] = docs as unknown as { id: number; slug: string }[]
    await payload.update({
      collection: 'documents',
      id: linking!.id,
      data: {
        body: {
          root: {
            type: 'root',
            children: [
              paragraph(text('Діє разом із '), {
                type: 'link',
                fields: {
                  linkType: 'internal',
                  doc: { relationTo: 'documents', value: linked!.id },
                },
                children: [text('пов’язаним документом')],
                version: 3,
              }),
            ],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          },
        },
      } as never,
      ...as(editor),
    })
    expect(await runQueue()).toMatchObject({ ok: true })
    expect(await servedFile(`/dokumenty/${linking!.slug}/`)).toContain(
      `<a href="/dokumenty/${linked!.slug}/">пов’язаним документом</a>`,
    )
    expect(existsSync(path.join(buildCacheDir(env), RENDER_CACHE_FILE))).toBe(true)
    // The linking document is not saved again: its kept body looked up the old address.
    const moved = `${linked!.slug}-nova-adresa`
    await payload.update({
      collection: 'documents',
      id: linked!.id,
      data: { slug: moved },
      ...as(editor),
    })
    expect(await runQueue()).toMatchObject({ ok: true })
    expect(await servedFile(`/dokumenty/${linking!.slug}/`)).toContain(
      `<a href="/dokumenty/${moved}/">пов’язаним документом</a>`,
    )
  })

  it('copies the collection pages that do not list a changed item, renders those that do', async () => {
    const { docs } = await payload.find({
      collection: 'items',
      where: { _status: { equals: 'published' } },
      sort: 'identifier',
      limit: 1,
      depth: 1,
      overrideAccess: true,
    })
    const item = docs[0] as unknown as {
      id: number
      identifier: string
      collections: { slug: string }[]
    }
    const own = item.collections.map((collection) => `/kolektsii/${collection.slug}/`)
    const others = (
      await payload.find({ collection: 'digital-collections', depth: 0, overrideAccess: true })
    ).docs
      .map((collection) => `/kolektsii/${collection.slug}/index.html`)
      .filter((page) => !own.some((prefix) => page.startsWith(prefix)))
    expect(own.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(0)
    const before = await pagesUnder('kolektsii')
    const title = 'Листівка з новим підписом для перевірки збирання'
    await payload.update({ collection: 'items', id: item.id, data: { title }, ...as(editor) })
    const lines: string[] = []
    expect(await runQueue({ log: (line) => lines.push(line) })).toMatchObject({ ok: true })
    const after = await pagesUnder('kolektsii')
    const { rendered, copied } = renderedAndCopied(lines)
    // The item's collection lists it with its new title: that listing is rendered anew.
    const listing = [...rendered].filter(
      (page) =>
        own.some((prefix) => page.startsWith(prefix)) &&
        !page.endsWith(`/${item.identifier}/index.html`) &&
        after.get(page)?.includes(title),
    )
    expect(listing.length).toBeGreaterThan(0)
    // Another collection's page is copied: listing pages have a key, and it holds what they show.
    expect(others.filter((page) => copied.has(page)).length).toBeGreaterThan(0)
    for (const page of [...copied].filter((one) => after.has(one))) {
      expect(after.get(page), page).toBe(before.get(page))
      expect(after.get(page), page).not.toContain(title)
    }
  })

  it('keeps the live release when a build fails, and tells the admin which change caused it', async () => {
    const live = await liveReleaseId(paths)
    const failing = {
      ...env,
      SITE_BUILD_COMMAND: `node -e "console.error('Cannot render news body'); process.exit(3)"`,
    }
    await payload.update({
      collection: 'news',
      where: { title: { equals: 'Перша новина серії' } },
      data: { title: 'Перша новина серії, змінена' },
      ...as(editor),
    })
    const result = await runQueue({ env: failing })
    expect(result).toMatchObject({ ok: false })
    expect(await liveReleaseId(paths)).toBe(live)
    expect((await readdirNames()).some((name) => name.startsWith('.staging-'))).toBe(false)
    const status = await payload.findGlobal({ slug: 'publisher', overrideAccess: true })
    expect(status.lastFailure?.message).toContain('Cannot render news body')
    expect(status.lastFailure?.cause).toContain('Перша новина серії, змінена')
    // What a failed build left in the build cache is not trusted: the next build renders all.
    expect(existsSync(buildCacheDir(env))).toBe(false)
  })

  it('refuses a release with draft content in it', async () => {
    const live = (await liveReleaseId(paths))!
    const draft = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: 'Чернетка про таємний захід', _status: 'draft' } as never,
      ...as(editor),
    })
    const leaked = path.join(paths.releasesDir, 'leak-check')
    await cp(path.join(paths.releasesDir, live), leaked, { recursive: true })
    await mkdir(path.join(leaked, 'novyny', 'leak'), { recursive: true })
    await writeFile(path.join(leaked, 'novyny', 'leak', 'index.html'), `<h1>${draft.title}</h1>`)
    await expect(checkRelease(leaked, payload)).rejects.toThrow(/Чернетка про таємний захід/)

    // The same title only inside the search index is caught too.
    const indexed = path.join(paths.releasesDir, 'leak-check-index')
    await cp(path.join(paths.releasesDir, live), indexed, { recursive: true })
    await mkdir(path.join(indexed, 'pagefind', 'fragment'), { recursive: true })
    const fragment = JSON.stringify({
      url: '/novyny/leak/',
      meta: { title: draft.title },
      content: '',
    })
    await writeFile(
      path.join(indexed, 'pagefind', 'fragment', 'uk_leak.pf_fragment'),
      gzipSync(`pagefind_dcd${fragment}`),
    )
    await expect(checkRelease(indexed, payload)).rejects.toThrow(
      /pagefind.*Чернетка про таємний захід|Чернетка про таємний захід.*pagefind/,
    )
    // And inside the recent bundle of pages published since the stable one.
    const recent = path.join(paths.releasesDir, 'leak-check-recent')
    await cp(path.join(paths.releasesDir, live), recent, { recursive: true })
    await mkdir(path.join(recent, 'pagefind', 'recent', 'fragment'), { recursive: true })
    await writeFile(
      path.join(recent, 'pagefind', 'recent', 'fragment', 'uk_leak.pf_fragment'),
      gzipSync(`pagefind_dcd${fragment}`),
    )
    await expect(checkRelease(recent, payload)).rejects.toThrow(
      /pagefind.recent.*Чернетка про таємний захід|Чернетка про таємний захід.*pagefind.recent/,
    )

    // A published page may mention what a draft is about, and a menu may hold the same words:
    // neither is a leak, and neither may stop publishing.
    const mentioned = path.join(paths.releasesDir, 'mention-check')
    await cp(path.join(paths.releasesDir, live), mentioned, { recursive: true })
    await mkdir(path.join(mentioned, 'novyny', 'mention'), { recursive: true })
    await writeFile(
      path.join(mentioned, 'novyny', 'mention', 'index.html'),
      `<!doctype html><html lang="uk"><head><title>Анонси — ЦБС</title></head><body><nav><a href="/">${draft.title}</a></nav><main><h1>Анонси</h1><p>Скоро: ${draft.title}. Стежте за новинами.</p></main></body></html>`,
    )
    await expect(checkRelease(mentioned, payload)).resolves.toBeTruthy()
    await rm(mentioned, { recursive: true, force: true })
  })

  it('builds two sites at once (a release and a preview) with the data folder outside the project', async () => {
    expect(path.relative(process.cwd(), env.dataDir).startsWith('..')).toBe(true)
    const outDirs = ['.staging-at-once-1', '.staging-at-once-2'].map((name) =>
      path.join(paths.releasesDir, name),
    )
    const outcomes = await Promise.all(outDirs.map((outDir) => buildSite(env, outDir, log)))
    for (const [index, outcome] of outcomes.entries()) {
      expect(outcome, JSON.stringify(outcome)).toEqual({ ok: true })
      expect(existsSync(path.join(outDirs[index]!, 'index.html'))).toBe(true)
    }
    await Promise.all(outDirs.map((outDir) => rm(outDir, { recursive: true, force: true })))
  })

  it('finds a draft in a real build that has it, even when the site typesets its title', async () => {
    // A preview build renders one draft as if published: exactly what a leaking release would hold.
    // The site typesets titles (’ for ', a dash for a spaced hyphen, № glued to its number).
    const draft = await payload.create({
      collection: 'news',
      draft: true,
      data: { title: "Чернетка - зустріч у Солом'янці № 7", _status: 'draft' } as never,
      ...as(editor),
    })
    const leaked = path.join(paths.releasesDir, '.staging-with-draft')
    const built = await buildSite(env, leaked, log, {
      SITE_PREVIEW: JSON.stringify({ collection: 'news', id: draft.id }),
    })
    expect(built).toEqual({ ok: true })
    await expect(checkRelease(leaked, payload)).rejects.toThrow(/Чернетка - зустріч/)
    await rm(leaked, { recursive: true, force: true })
    await payload.delete({ collection: 'news', id: draft.id, overrideAccess: true })
  })

  it('rolls back when an admin asks: the static server serves the older release; an editor may not', async () => {
    const admin = await createUser(payload, 'admin')
    // The newest release and the last one before a document's title changed differ in the
    // documents register (releases after that change, such as a collection's, may come between).
    const changedTitle = 'Положення в новій редакції'
    const register = (release: string) =>
      readFile(path.join(paths.releasesDir, release, 'dokumenty', 'index.html'), 'utf8')
    const [newest, ...older] = await listReleases(paths)
    let previous: string | undefined
    for (const release of older)
      if (!(await register(release)).includes(changedTitle)) {
        previous = release
        break
      }
    expect(await register(newest!)).toContain(changedTitle)
    expect(previous).toBeDefined()
    const server = createStaticServer(paths.liveLink).listen(0, '127.0.0.1')
    await once(server, 'listening')
    const served = async () => {
      const response = await fetch(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/dokumenty/`,
      )
      expect(response.status).toBe(200)
      return response.text()
    }
    try {
      expect(await served()).toBe(await register(newest!))

      const refused = await callPublisherEndpoint(payload, editor, 'post', '/rollback', {
        releaseId: previous,
      })
      expect(refused.status).toBe(403)
      expect(await liveReleaseId(paths)).toBe(newest)
      expect(await served()).toBe(await register(newest!))

      const done = await callPublisherEndpoint(payload, admin, 'post', '/rollback', {
        releaseId: previous,
      })
      expect(done).toMatchObject({ status: 200, body: { live: previous } })
      expect(await served()).toBe(await register(previous!))
      const status = await payload.findGlobal({ slug: 'publisher', overrideAccess: true })
      expect(status.liveRelease).toBe(previous)
    } finally {
      await callPublisherEndpoint(payload, admin, 'post', '/rollback', { releaseId: newest })
      server.close()
    }
    expect(await liveReleaseId(paths)).toBe(newest)
  })

  it('after a crash mid-build, discards the half-built release and re-queues the interrupted request', async () => {
    const live = await liveReleaseId(paths)
    await payload.update({
      collection: 'news',
      where: { title: { equals: 'Друга новина серії' } },
      data: { title: 'Друга новина серії після збою' },
      ...as(editor),
    })
    const [job] = await pendingPublishJobs(payload)
    // What a process killed during a build leaves behind: a claimed job and a staging folder.
    await payload.update({
      collection: 'payload-jobs',
      id: job!.id,
      data: { processing: true },
      overrideAccess: true,
    })
    await mkdir(path.join(paths.releasesDir, '.staging-20261125-000000-dead'), { recursive: true })
    // …and a build cache whose build never ended, with a page copy cut short.
    const cache = await openBuildCache(env)
    await mkdir(path.join(cache, 'dist'), { recursive: true })
    await writeFile(
      path.join(cache, 'dist', 'cut-short.html'),
      '<!doctype html><html lang="uk"><bo',
    )

    await recover(context())
    expect((await readdirNames()).some((name) => name.startsWith('.staging-'))).toBe(false)
    expect(await liveReleaseId(paths)).toBe(live)
    expect(await pendingPublishJobs(payload)).toHaveLength(1)
    expect(await runQueue()).toMatchObject({ ok: true })
    expect(await servedFile('/novyny/')).toContain('Друга новина серії після збою')
    expect(existsSync(path.join(buildCacheDir(env), 'dist', 'cut-short.html'))).toBe(false)
  })

  // Last: its two releases would push the ones the rollback test looks for out of the kept five.
  it('renders English pages anew when the footer loses its programme link, the last translated task gone', async () => {
    const english = await payload.find({
      collection: 'news',
      locale: 'en',
      where: { and: [{ _status: { equals: 'published' } }, { title: { exists: true } }] },
      limit: 1,
      depth: 0,
      overrideAccess: false,
    })
    const newsPage = `/en/news/${english.docs[0]!.slug}/`
    const programmeLink = 'href="/en/programme/"'
    expect(await servedFile(newsPage)).toContain(programmeLink)
    const tasks = await payload.find({
      collection: 'programme-tasks',
      where: { _status: { equals: 'published' } },
      limit: 0,
      depth: 0,
      overrideAccess: true,
    })
    const unpublish = async (status: 'draft' | 'published') => {
      for (const task of tasks.docs)
        await payload.update({
          collection: 'programme-tasks',
          id: task.id,
          data: { _status: status },
          overrideAccess: true,
        })
    }
    await unpublish('draft')
    try {
      const lines: string[] = []
      expect(await runQueue({ log: (line) => lines.push(line) })).toMatchObject({ ok: true })
      // The news item itself did not change: only the layout's part of its key did.
      expect(renderedAndCopied(lines).rendered.has(`${newsPage}index.html`)).toBe(true)
      expect(await servedFile(newsPage)).not.toContain(programmeLink)
      // Astro warns each time an empty collection is asked for, and every English page asks
      // for the tasks (its layout, its cacheKey): the build asks once (site/data/store.ts).
      const emptyTasks = lines.filter((line) =>
        line.includes('"englishProgrammeTasks" does not exist or is empty'),
      )
      expect(emptyTasks).toHaveLength(1)
    } finally {
      await unpublish('published')
      expect(await runQueue()).toMatchObject({ ok: true })
    }
  })
})

async function readdirNames(): Promise<string[]> {
  const { readdir } = await import('node:fs/promises')
  return readdir(paths.releasesDir)
}
