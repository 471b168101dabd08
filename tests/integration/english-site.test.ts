import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'
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

/** The pages one level under an English section: /en/<section>/<slug>/. */
async function englishPagesUnder(section: string): Promise<string[]> {
  const entries = await readdir(path.join(built(), 'en', section), { withFileTypes: true })
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/en/${section}/${entry.name}/`)
}

const englishEventPages = () => englishPagesUnder('events')
const englishTaskPages = () => englishPagesUnder('programme')

/** An English list page, checked to be English and paired both ways with its Ukrainian one. */
async function pairedList(english: string, ukrainian: string): Promise<string> {
  const page = await html(english)
  expect(langOf(page)).toBe('en')
  expect(alternates(page)).toEqual({ uk: ukrainian, en: english, 'x-default': ukrainian })
  expect(alternates(await html(ukrainian))).toEqual(alternates(page))
  return page
}

/** The cells of a page's table footer (the totals), in order. */
function totalsOf(page: string): string[] {
  const footer = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(page)?.[1] ?? ''
  return [...footer.matchAll(/<td>([^<]*)<\/td>/g)].map((cell) => cell[1]!)
}

const englishNewsPages = () => englishPagesUnder('news')

/** The English item pages: /en/collections/<collection>/<IDENTIFIER>/. */
async function englishItemPages(): Promise<string[]> {
  const root = path.join(built(), 'en', 'collections')
  const pages: string[] = []
  for (const collection of await readdir(root, { withFileTypes: true })) {
    if (!collection.isDirectory()) continue
    for (const entry of await readdir(path.join(root, collection.name), { withFileTypes: true }))
      if (entry.isDirectory() && /^[A-Z]/.test(entry.name))
        pages.push(`/en/collections/${collection.name}/${entry.name}/`)
  }
  return pages
}

/** A collection's published documents as read in English (untranslated fields read as empty). */
async function readInEnglish<
  C extends
    'branches' | 'digital-collections' | 'items' | 'documents' | 'events' | 'programme-tasks',
>(collection: C) {
  const { docs } = await payload.find({
    collection,
    locale: 'en',
    depth: 0,
    limit: 0,
    overrideAccess: false,
  })
  return docs
}

/** The Ukrainian page of a published document that has no English version. */
async function ukrainianOnlySlug(collection: 'news' | 'events'): Promise<string> {
  const { docs } = await payload.find({
    collection,
    locale: 'en',
    where: { and: [{ _status: { equals: 'published' } }, { title: { exists: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const doc = await payload.findByID({
    collection,
    id: docs[0]!.id,
    depth: 0,
    overrideAccess: false,
  })
  return doc.slug!
}

/** What an English news text links to (set before the build): see «links English texts…». */
let linked: { news: string; document: string }

/** The words of the two images an English news text shows: one described in English, one not. */
const IMAGE_WORDS = {
  english: 'A reading room, described in English',
  ukrainianOnly: 'Світлина, описана лише українською',
}

/** Two images without English words: one gets them now, the other keeps only its Ukrainian ones. */
async function imagesForEnglishText(): Promise<{ described: number; undescribed: number }> {
  const { docs } = await payload.find({
    collection: 'media',
    locale: 'en',
    where: { alt: { exists: false } },
    limit: 2,
    depth: 0,
    overrideAccess: true,
  })
  const [described, undescribed] = docs.map((doc) => doc.id)
  const words = { collection: 'media', depth: 0, overrideAccess: true } as const
  await payload.update({
    ...words,
    id: described!,
    locale: 'en',
    data: { alt: IMAGE_WORDS.english },
  })
  await payload.update({
    ...words,
    id: undescribed!,
    locale: 'uk',
    data: { alt: IMAGE_WORDS.ukrainianOnly },
  })
  return { described: described!, undescribed: undescribed! }
}

/**
 * An English news text with internal links to a page that has an English version and to a
 * document that has none (the seed's English pages link by typed addresses).
 */
async function linkEnglishNews(): Promise<typeof linked> {
  const find = async (
    collection: 'news' | 'pages' | 'documents',
    where: Where,
    locale: 'uk' | 'en',
  ) =>
    (await payload.find({ collection, where, locale, limit: 1, depth: 0, overrideAccess: true }))
      .docs[0]!
  const news = await find('news', { title: { exists: true } }, 'en')
  const about = await find('pages', { slug: { equals: 'pro-nas' } }, 'uk')
  const document = await find('documents', { titleTranslation: { exists: false } }, 'en')
  const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
  const link = (relationTo: string, value: number | string, label: string) => ({
    type: 'link',
    fields: { linkType: 'internal', doc: { relationTo, value } },
    children: [text(label)],
    version: 1,
  })
  const images = await imagesForEnglishText()
  const image = (value: number) => ({ type: 'upload', relationTo: 'media', value, version: 1 })
  const paragraph = {
    type: 'paragraph',
    version: 1,
    children: [
      text('Read '),
      link('pages', about.id, 'about the network'),
      text(' and '),
      link('documents', document.id, 'a report'),
      text('.'),
    ],
  }
  await payload.update({
    collection: 'news',
    id: news.id,
    locale: 'en',
    data: {
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [paragraph, image(images.described), image(images.undescribed)],
        },
      },
    },
    overrideAccess: true,
  })
  const ukrainianDocument = await payload.findByID({
    collection: 'documents',
    id: document.id,
    depth: 0,
  })
  return { news: (news as { slug: string }).slug, document: ukrainianDocument.slug! }
}

beforeAll(async () => {
  payload = await startTestCms()
  await seed(payload, () => undefined)
  linked = await linkEnglishNews()
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
    const page = await html(`/novyny/${await ukrainianOnlySlug('news')}/`)
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

  it('has an English profile of every translated branch, paired both ways, listed in English', async () => {
    const docs = await readInEnglish('branches')
    const translated = docs.filter((doc) => doc.name && doc.slug)
    expect(translated.length).toBeGreaterThan(0)
    const list = await pairedList('/en/libraries/', '/biblioteky/')
    for (const doc of translated) {
      const english = `/en/libraries/${doc.slug}/`
      const page = await html(english)
      expect(langOf(page), english).toBe('en')
      expect(list).toContain(`href="${english}"`)
      const pair = alternates(page)
      expect(pair.en).toBe(english)
      expect(pair.uk).toMatch(/^\/biblioteky\/[^/]+\/$/)
      expect(alternates(await html(pair.uk!))).toEqual(pair)
      // «Open now» in English, worked out by the same island with the page's language.
      expect(page).toContain('data-locale="en"')
      expect(page).toMatch(/<th scope="row">Monday<\/th>|Please call to check the opening hours/)
    }
    // The default English menu has the libraries once they exist in English.
    expect(await html('/en/')).toContain('<a href="/en/libraries/"')
  })

  it('has the translated collections and their items described in English, paired both ways', async () => {
    const list = await html('/en/collections/')
    expect(alternates(list)).toEqual({
      uk: '/kolektsii/',
      en: '/en/collections/',
      'x-default': '/kolektsii/',
    })
    expect(alternates(await html('/kolektsii/'))).toEqual(alternates(list))
    const collections = await readInEnglish('digital-collections')
    const translated = collections.filter((doc) => doc.title && doc.slug)
    expect(translated.length).toBeGreaterThan(0)
    for (const collection of translated) {
      const english = `/en/collections/${collection.slug}/`
      const page = await html(english)
      expect(list).toContain(`href="${english}"`)
      const pair = alternates(page)
      expect(pair.en).toBe(english)
      expect(alternates(await html(pair.uk!))).toEqual(pair)
    }
    // Every item with an English description has its English page, paired with the Ukrainian one.
    const items = await readInEnglish('items')
    const described = items.filter((item) => item.description)
    expect(described.length).toBeGreaterThan(0)
    const itemPages = await englishItemPages()
    expect(itemPages.length).toBe(described.length)
    for (const english of itemPages) {
      const page = await html(english)
      const pair = alternates(page)
      expect(pair.uk).toMatch(/^\/kolektsii\/[^/]+\/[A-Z0-9-]+\/$/)
      expect(alternates(await html(pair.uk!))).toEqual(pair)
      // The catalogued title stays Ukrainian and is marked so; the reference is English.
      expect(page).toMatch(/<h1 lang="uk">/)
      expect(page).toContain('(accessed ')
    }
  })

  it('has the documents with a translated title, official title kept, paired both ways', async () => {
    const docs = await readInEnglish('documents')
    const translated = docs.filter((doc) => doc.titleTranslation && doc.slug)
    expect(translated.length).toBeGreaterThan(0)
    const list = await html('/en/documents/')
    expect(alternates(list)).toEqual({
      uk: '/dokumenty/',
      en: '/en/documents/',
      'x-default': '/dokumenty/',
    })
    for (const doc of translated) {
      const english = `/en/documents/${doc.slug}/`
      const page = await html(english)
      expect(list).toContain(`href="${english}"`)
      expect(page).toMatch(/<dt>Official title<\/dt><dd lang="uk">[^<]+<\/dd>/)
      const pair = alternates(page)
      expect(pair.en).toBe(english)
      expect(alternates(await html(pair.uk!))).toEqual(pair)
    }
  })

  it('has an English page of every translated event, in English words, paired both ways', async () => {
    const docs = await readInEnglish('events')
    const translated = docs.filter((doc) => doc.title && doc.slug)
    expect(translated.length).toBeGreaterThan(0)
    expect((await englishEventPages()).sort()).toEqual(
      translated.map((doc) => `/en/events/${doc.slug}/`).sort(),
    )
    const list = await html('/en/events/')
    expect(langOf(list)).toBe('en')
    expect(alternates(list)).toEqual({ uk: '/podii/', en: '/en/events/', 'x-default': '/podii/' })
    expect(alternates(await html('/podii/'))).toEqual(alternates(list))
    // The English list says how many events are in Ukrainian only, and links them.
    expect(list).toMatch(
      /\d+\u00a0events available in Ukrainian only \(<a href="\/podii\/" hreflang="uk" lang="uk">/,
    )
    expect(await html('/en/')).toContain('<a href="/en/events/"')
    for (const doc of translated) {
      const english = `/en/events/${doc.slug}/`
      const page = await html(english)
      expect(langOf(page), english).toBe('en')
      const pair = alternates(page)
      expect(pair.en).toBe(english)
      expect(pair.uk).toMatch(/^\/podii\/[^/]+\/$/)
      expect(switcher(page)).toEqual({ href: pair.uk, text: 'Українською' })
      const ukrainian = await html(pair.uk!)
      expect(alternates(ukrainian)).toEqual(pair)
      expect(switcher(ukrainian)).toEqual({ href: english, text: 'English' })
      expect(page).toContain('<dt>When</dt>')
      expect(page).toMatch(
        /<dt>Admission<\/dt><dd>(Free entry|Paid|<span lang="uk">[^<]+<\/span>)<\/dd>/,
      )
      // Its h1 stands in an article: the English search takes it (site/search/englishPages.ts).
      expect(page).toMatch(/<article[^>]*>[\s\S]*<h1>/)
    }
    // Dates and times in English on the Kyiv clock, and registration on the Ukrainian page.
    const club = await html(
      `/en/events/${translated.find((doc) => doc.title === 'English conversation club')!.slug}/`,
    )
    expect(club).toContain('<dd>every Tuesday, 18:00–19:30</dd>')
    expect(club).toMatch(/<time datetime="[^"]+">Tuesday \d+ [A-Z][a-z]+, 18:00–19:30<\/time>/)
    expect(club).toMatch(/Registration is on <a href="\/podii\/[^"]+\/" hreflang="uk">/)
    // The form itself is on the Ukrainian page only.
    expect(club).not.toContain('name="occurrence"')
    expect(await html(alternates(club).uk!)).toContain('name="occurrence"')
    // An event without an English version has no English page, and says so on its Ukrainian one.
    const page = await html(`/podii/${await ukrainianOnlySlug('events')}/`)
    expect(alternates(page)).toEqual({})
    expect(switcher(page)).toEqual({ href: '/en/', text: 'English: home page' })
  })

  it('has the programme and every translated task in English, paired both ways', async () => {
    const programme = await pairedList('/en/programme/', '/prohrama/')
    const translated = (await readInEnglish('programme-tasks')).filter((task) => task.title)
    const tasks = await englishTaskPages()
    expect(translated.length).toBeGreaterThan(0)
    expect(tasks).toHaveLength(translated.length)
    for (const english of tasks) {
      const page = await html(english)
      const pair = alternates(page)
      expect(pair.en, english).toBe(english)
      expect(pair.uk, english).toMatch(/^\/prohrama\/[^/]+\/$/)
      const ukrainian = await html(pair.uk!)
      expect(alternates(ukrainian), english).toEqual(pair)
      expect(switcher(page), english).toEqual({ href: pair.uk, text: 'Українською' })
      expect(programme).toContain(`href="${english}"`)
      // The counts are the network's, the same in both languages.
      expect(totalsOf(page), english).toEqual(totalsOf(ukrainian))
      // The lists link English news and events only; the Ukrainian-only ones are counted.
      const lists = page.slice(page.indexOf('id="novyny"'), page.indexOf('id="rezultaty"'))
      for (const [link] of lists.matchAll(/<a [^>]*href="\/(?:novyny|podii)\/[^>]*>/g))
        expect(link, english).toContain('hreflang="uk"')
    }
    // A task about which some news is in Ukrainian only says how many.
    const counted = await Promise.all(
      tasks.map(async (task) =>
        /\d+ news items? about this (?:is|are) in Ukrainian only/.test(await html(task)),
      ),
    )
    expect(counted).toContain(true)
    // English news and events link the English pages of the tasks they serve, never Ukrainian ones.
    let taskLinks = 0
    for (const english of [...(await englishNewsPages()), ...(await englishEventPages())]) {
      const page = await html(english)
      expect(page, english).not.toMatch(/href="\/prohrama\/[^"]+\/"/)
      taskLinks += [...page.matchAll(/href="\/en\/programme\/[^"]+\/"/g)].length
    }
    expect(taskLinks).toBeGreaterThan(0)
    // The English footer links the programme, as the Ukrainian one does.
    expect(await html('/en/')).toContain('href="/en/programme/"')
  })

  it('links an English news item’s branches to their English pages, or marks the Ukrainian ones', async () => {
    let linked = 0
    for (const english of await englishNewsPages()) {
      const meta = /<p class="meta">([\s\S]*?)<\/p>/.exec(await html(english))![1]!
      for (const [link] of meta.matchAll(/<a [^>]+>/g)) {
        linked += 1
        expect(link, english).toMatch(/href="\/en\/libraries\/[^"]+\/"|hreflang="uk" lang="uk"/)
      }
    }
    expect(linked).toBeGreaterThan(0)
  })

  it('puts the h1 of English branch, document and item pages in an article, for the English search', async () => {
    const some = async (dir: string) =>
      (await readdir(path.join(built(), 'en', dir), { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && entry.name !== 'page')
        .map((entry) => `/en/${dir}/${entry.name}/`)
    for (const english of [
      ...(await some('libraries')),
      ...(await some('documents')),
      ...(await englishItemPages()),
    ])
      expect(await html(english), english).toMatch(/<article class="wrap">[\s\S]*<h1[ >]/)
  })

  it('has an English 404 page without an address of its own, left out of the sitemap', async () => {
    const page = await readFile(path.join(built(), 'en', '404', 'index.html'), 'utf8')
    expect(langOf(page)).toBe('en')
    expect(page).toContain('Page not found')
    expect(page).toContain('<meta name="robots" content="noindex">')
    expect(alternates(page)).toEqual({})
    expect(page).not.toContain('rel="canonical"')
    const sitemap = await readFile(path.join(built(), 'sitemap-0.xml'), 'utf8')
    expect(sitemap).not.toContain('/en/404/')
    expect(sitemap).toContain('/en/libraries/</loc>')
  })

  it('shows no Ukrainian text under an English address unless marked lang="uk"', async () => {
    const pages = ['/en/', '/en/news/', '/en/about-us/', '/en/contacts/', '/en/libraries/']
    const branches = (await readdir(path.join(built(), 'en', 'libraries'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/en/libraries/${entry.name}/`)
    for (const english of [
      ...pages,
      '/en/collections/',
      '/en/documents/',
      ...(await readdir(path.join(built(), 'en', 'documents'), { withFileTypes: true }))
        .filter((entry) => entry.isDirectory() && entry.name !== 'page')
        .map((entry) => `/en/documents/${entry.name}/`),
      ...branches,
      ...(await englishItemPages()),
      ...(await englishNewsPages()),
      '/en/events/',
      ...(await englishEventPages()),
      '/en/programme/',
      ...(await englishTaskPages()),
    ]) {
      const page = await html(english)
      const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(page)![1]!
      const shown = main
        .replace(/<[^>]+lang="uk"[^>]*>[^<]*<\/[a-z][a-z0-9]*>/g, '')
        .replace(/<[^>]+>/g, ' ')
      expect(/.{0,40}[а-яіїєґ].{0,40}/i.exec(shown)?.[0], english).toBeUndefined()
    }
  })

  it('has an English feed of the English news and lists the English pages in the sitemap', async () => {
    const feed = await readFile(path.join(built(), 'en', 'rss.xml'), 'utf8')
    expect(feed).toContain('<language>en</language>')
    expect(feed.match(/<item>/g)?.length).toBe((await englishNewsPages()).length)
    const sitemap = await readFile(path.join(built(), 'sitemap-0.xml'), 'utf8')
    for (const page of [
      '/en/',
      '/en/news/',
      (await englishNewsPages())[0]!,
      '/en/events/',
      (await englishEventPages())[0]!,
      '/en/programme/',
      (await englishTaskPages())[0]!,
    ])
      expect(sitemap).toContain(`${page}</loc>`)
  })

  it('links English texts to English pages, and to Ukrainian-only ones marked so', async () => {
    const note = '<span class="link-language">\\(in Ukrainian\\)</span></a>'
    const news = await html(`/en/news/${linked.news}/`)
    expect(news).toMatch(/<a href="\/en\/about-us\/">about[^<]*the network<\/a>/)
    expect(news).toMatch(
      new RegExp(`<a href="/dokumenty/${linked.document}/" hreflang="uk">a[^<]*report ${note}`),
    )
    // Addresses of our own site typed into English text (the seed's pages).
    const about = await html('/en/about-us/')
    expect(about).toContain('<a href="/en/documents/">Documents</a>')
    expect(about).toMatch(new RegExp(`<a href="/pidtrymaty/" hreflang="uk">Support[^<]*us ${note}`))
    expect(await html('/en/contacts/')).toContain('<a href="/en/libraries/">Libraries</a>')
  })

  it('shows images in English texts with their English words, or their Ukrainian ones marked so', async () => {
    const news = await html(`/en/news/${linked.news}/`)
    expect(news).toContain(`alt="${IMAGE_WORDS.english}" loading="lazy"`)
    expect(news).toContain(`alt="${IMAGE_WORDS.ukrainianOnly}" lang="uk" loading="lazy"`)
  })

  it('links from English pages only to addresses the build has (no broken links)', async () => {
    const pages: string[] = []
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) await walk(full)
        else if (entry.name === 'index.html') pages.push(full)
      }
    }
    await walk(path.join(built(), 'en'))
    expect(pages.length).toBeGreaterThan(20)
    const broken: string[] = []
    for (const file of pages) {
      const page = await readFile(file, 'utf8')
      for (const [, href] of page.matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
        const target = path.join(built(), ...href!.split('/').filter(Boolean))
        const found = href!.endsWith('/')
          ? await readFile(path.join(target, 'index.html')).then(
              () => true,
              () => false,
            )
          : await readFile(target).then(
              () => true,
              () => false,
            )
        if (!found) broken.push(`${path.relative(built(), file)} → ${href}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('passes the release check with the English pages in it', async () => {
    const { pages } = await checkRelease(built(), payload)
    expect(pages).toBeGreaterThan((await englishNewsPages()).length)
  })
})
