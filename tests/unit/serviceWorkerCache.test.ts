import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { BUILD_STAMP_ATTRIBUTE } from '@domain/time/buildStamp'
import { urls } from '@domain/urls/urls'
import { WARM_PAGES } from '@site/offline/cacheNames'
import { writeServiceWorker } from '@site/offline/serviceWorker'

const temp = await mkdtemp(path.join(os.tmpdir(), 'sw-cache-'))
afterAll(() => rm(temp, { recursive: true, force: true }))

const pageFile = (url: string) => path.join(...url.split('/').filter(Boolean), 'index.html')

/** A built site in miniature: the offline page and the warm pages, each with a stylesheet. */
async function builtSite(
  name: string,
  offlineText: string,
  stylesheet: string,
  builtAt = '2026-03-01T10:00:00.000Z',
): Promise<string> {
  const dir = path.join(temp, name)
  const page = (text: string) =>
    `<!doctype html><html lang="uk"><head><link rel="stylesheet" href="/_astro/${stylesheet}"></head><body><live-status ${BUILD_STAMP_ATTRIBUTE}="${builtAt}"></live-status>${text}</body></html>`
  for (const url of [urls.offline(), ...WARM_PAGES]) {
    const file = path.join(dir, pageFile(url))
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, page(url === urls.offline() ? offlineText : url))
  }
  await mkdir(path.join(dir, '_astro'), { recursive: true })
  await writeFile(path.join(dir, '_astro', stylesheet), `body{color:#222}/*${stylesheet}*/`)
  await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  return dir
}

const workerOf = (siteDir: string) =>
  readFile(path.join(siteDir, urls.serviceWorker().replace(/^\//, '')), 'utf8')

describe('the service worker of a release', () => {
  const cache = path.join(temp, 'cache')

  it('is made, and made again by the next release only when what it precaches changed', async () => {
    const first = await builtSite('first', 'Немає зʼєднання', 'a1.css')
    // Precached: the stylesheet, the offline page and the favicon (warm pages go to the page cache).
    const made = await writeServiceWorker(first, cache)
    expect(made).toMatchObject({ count: 3, reused: false })

    // The same files in the next release's folder: the worker is the one made before.
    const same = await builtSite('same', 'Немає зʼєднання', 'a1.css')
    expect(await writeServiceWorker(same, cache)).toMatchObject({ count: 3, reused: true })
    expect(await workerOf(same)).toBe(await workerOf(first))

    // Rendered again by a later build: the same page but for the build's time.
    const later = await builtSite('later', 'Немає зʼєднання', 'a1.css', '2026-03-02T08:00:00.000Z')
    expect(await writeServiceWorker(later, cache)).toMatchObject({ reused: true })
    expect(await workerOf(later)).toBe(await workerOf(first))

    // A new text of the offline page changes its revision in the worker.
    const newText = await builtSite('new-text', 'Світла немає: ось що працює', 'a1.css')
    expect(await writeServiceWorker(newText, cache)).toMatchObject({ reused: false })
    expect(await workerOf(newText)).not.toBe(await workerOf(first))

    // A new stylesheet (a new hashed name) is precached instead of the old one.
    const newAsset = await builtSite('new-asset', 'Світла немає: ось що працює', 'b2.css')
    expect(await writeServiceWorker(newAsset, cache)).toMatchObject({ reused: false })
    expect(await workerOf(newAsset)).toContain('_astro/b2.css')
    expect(await workerOf(newAsset)).not.toContain('_astro/a1.css')
  }, 60_000)

  it('is always made anew without a cache (previews, the e2e site)', async () => {
    const site = await builtSite('uncached', 'Немає зʼєднання', 'a1.css')
    expect(await writeServiceWorker(site)).toMatchObject({ reused: false })
    expect(await workerOf(site)).toContain('_astro/a1.css')
  }, 60_000)
})
