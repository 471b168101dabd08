import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { buildSite } from '@cms/publisher/build'
import { checkRelease } from '@cms/publisher/checks'
import { seed } from '@cms/seed/seed'
import { startTestCms, stopTestCms } from '../support/cms'

/*
 * The English site (issue #16) in a real build of the seeded content, read from the built files:
 * languages, hreflang pairs both ways and only between existing versions, the switcher, the
 * English feed and sitemap, and no Ukrainian text under an English address unless marked so.
 */

let payload: Payload
const built = () => path.join(env.dataDir, 'english-site')

async function html(page: string): Promise<string> {
  return readFile(path.join(built(), ...page.split('/').filter(Boolean), 'index.html'), 'utf8')
}

/** The page's hreflang links as { hreflang: path }. */
function alternates(page: string): Record<string, string> {
  const links = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
  return Object.fromEntries(links.map((link) => [link[1]!, new URL(link[2]!).pathname]))
}

function langOf(page: string): string | undefined {
  return /<html lang="([^"]+)"/.exec(page)?.[1]
}

/** The switcher's address and words. */
function switcher(page: string): { href: string; text: string } | undefined {
  const match = /<a class="lang-switch" href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(page)
  return match ? { href: match[1]!, text: match[2]! } : undefined
}

async function englishNewsPages(): Promise<string[]> {
  const entries = await readdir(path.join(built(), 'en', 'news'), { withFileTypes: true })
  return entries.filter((entry) => entry.isDirectory()).map((entry) => `/en/news/${entry.name}/`)
}

beforeAll(async () => {
  payload = await startTestCms()
  await seed(payload, () => undefined)
  expect(await buildSite(env, built(), () => undefined)).toEqual({ ok: true })
}, 600_000)

afterAll(async () => {
  await stopTestCms(payload)
})

describe('the English site', () => {
  it('pairs the two homes and the two news lists, each in its language', async () => {
    const home = await html('/en/')
    expect(langOf(home)).toBe('en')
    expect(alternates(home)).toEqual({ uk: '/', en: '/en/', 'x-default': '/' })
    expect(switcher(home)).toEqual({ href: '/', text: 'Українською' })
    const ukrainianHome = await html('/')
    expect(langOf(ukrainianHome)).toBe('uk')
    expect(alternates(ukrainianHome)).toEqual({ uk: '/', en: '/en/', 'x-default': '/' })
    expect(switcher(ukrainianHome)).toEqual({ href: '/en/', text: 'English' })
    expect(alternates(await html('/en/news/'))).toEqual({
      uk: '/novyny/',
      en: '/en/news/',
      'x-default': '/novyny/',
    })
  })

  it('has a page for each translated news item, paired both ways with its Ukrainian page', async () => {
    const pages = await englishNewsPages()
    expect(pages.length).toBeGreaterThanOrEqual(10)
    for (const english of pages) {
      const page = await html(english)
      expect(langOf(page)).toBe('en')
      const pair = alternates(page)
      expect(pair.en).toBe(english)
      expect(pair.uk).toMatch(/^\/novyny\/[^/]+\/$/)
      expect(switcher(page)).toEqual({ href: pair.uk, text: 'Українською' })
      const ukrainian = await html(pair.uk!)
      expect(alternates(ukrainian)).toEqual(pair)
      expect(switcher(ukrainian)).toEqual({ href: english, text: 'English' })
    }
  })

  it('gives a Ukrainian-only page no hreflang and a switcher to the English home that says so', async () => {
    const { docs } = await payload.find({
      collection: 'news',
      locale: 'en',
      where: { and: [{ _status: { equals: 'published' } }, { title: { exists: false } }] },
      limit: 1,
      depth: 0,
      overrideAccess: false,
    })
    const ukrainianOnly = await payload.findByID({
      collection: 'news',
      id: docs[0]!.id,
      depth: 0,
      overrideAccess: false,
    })
    const page = await html(`/novyny/${ukrainianOnly.slug}/`)
    expect(alternates(page)).toEqual({})
    expect(switcher(page)).toEqual({ href: '/en/', text: 'English: home page' })
  })

  it('has the translated standalone pages, paired with their Ukrainian ones and in the menu', async () => {
    for (const [english, ukrainian] of [
      ['/en/about-us/', '/pro-nas/'],
      ['/en/contacts/', '/kontakty/'],
    ] as const) {
      const page = await html(english)
      expect(langOf(page)).toBe('en')
      expect(alternates(page)).toEqual({ uk: ukrainian, en: english, 'x-default': ukrainian })
      expect(alternates(await html(ukrainian))).toEqual(alternates(page))
      expect(page).toContain(`<a href="${english}" aria-current="page">`)
    }
    // A page without an English version stays Ukrainian-only.
    expect(alternates(await html('/dostupnist/'))).toEqual({})
  })

  it('shows no Ukrainian text under an English address unless marked lang="uk"', async () => {
    const pages = ['/en/', '/en/news/', '/en/about-us/', '/en/contacts/']
    for (const english of [...pages, ...(await englishNewsPages())]) {
      const page = await html(english)
      const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(page)![1]!
      const shown = main
        .replace(/<[^>]+lang="uk"[^>]*>[^<]*<\/[a-z]+>/g, '')
        .replace(/<[^>]+>/g, ' ')
      expect(shown, english).not.toMatch(/[а-яіїєґ]/i)
    }
  })

  it('has an English feed of the English news and lists the English pages in the sitemap', async () => {
    const feed = await readFile(path.join(built(), 'en', 'rss.xml'), 'utf8')
    expect(feed).toContain('<language>en</language>')
    expect(feed.match(/<item>/g)?.length).toBe((await englishNewsPages()).length)
    const sitemap = await readFile(path.join(built(), 'sitemap-0.xml'), 'utf8')
    for (const page of ['/en/', '/en/news/', (await englishNewsPages())[0]!])
      expect(sitemap).toContain(`${page}</loc>`)
  })

  it('passes the release check with the English pages in it', async () => {
    const { pages } = await checkRelease(built(), payload)
    expect(pages).toBeGreaterThan((await englishNewsPages()).length)
  })
})
