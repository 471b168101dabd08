import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { englishLinks } from '@domain/urls/localeLinks'
import {
  englishPaths,
  englishTextLinks,
  IN_UKRAINIAN,
  sharedSections,
} from '@site/data/englishLinks'
import { ImagePipeline } from '@site/data/images'
import type { CollectionData, ItemData } from '@site/data/model'
import { renderRichText, type RichTextContext } from '@site/data/richText'

/*
 * Links inside English rich text (issue #16): to the English page when the target has one, else
 * to the Ukrainian page marked hreflang="uk" with a visible note; our own site's addresses typed
 * into the text are treated the same way, other sites' are left alone.
 */

const SITE = 'https://biblioteky.example.org'

const ukrainian = {
  news: new Map([
    ['1', '/novyny/litnii-hrafik/'],
    ['2', '/novyny/tilky-ukrainskoiu/'],
  ]),
  documents: new Map([['5', '/dokumenty/statut/']]),
  pages: new Map([['9', '/pro-nas/']]),
}
const english = {
  news: new Map([['1', '/en/news/summer-hours/']]),
  pages: new Map([['9', '/en/about/']]),
}
const links = englishLinks({
  ukrainian,
  english,
  sections: [
    ['/', '/en/'],
    ['/novyny/', '/en/news/'],
  ],
  siteUrl: SITE,
})

describe('englishLinks', () => {
  it('links a document to its English page when it has one', () => {
    expect(links.internal('news', '1')).toEqual({ href: '/en/news/summer-hours/' })
    expect(links.internal('pages', '9')).toEqual({ href: '/en/about/' })
  })

  it('links a document without an English version to its Ukrainian page, marked Ukrainian', () => {
    expect(links.internal('news', '2')).toEqual({
      href: '/novyny/tilky-ukrainskoiu/',
      hreflang: 'uk',
    })
    expect(links.internal('documents', '5')).toEqual({ href: '/dokumenty/statut/', hreflang: 'uk' })
  })

  it('drops a link to a document that is not public', () => {
    expect(links.internal('news', '404')).toBeUndefined()
    expect(links.internal('events', '1')).toBeUndefined()
  })

  it('turns our own Ukrainian addresses typed into the text into English ones, keeping their form', () => {
    expect(links.url('/novyny/litnii-hrafik/')).toEqual({ href: '/en/news/summer-hours/' })
    expect(links.url('/novyny/litnii-hrafik')).toEqual({ href: '/en/news/summer-hours/' })
    expect(links.url(`${SITE}/pro-nas/#kontakty`)).toEqual({ href: `${SITE}/en/about/#kontakty` })
    expect(links.url('/novyny/?page=2')).toEqual({ href: '/en/news/?page=2' })
    expect(links.url(SITE)).toEqual({ href: `${SITE}/en/` })
  })

  it('marks our own addresses that have no English page as Ukrainian', () => {
    expect(links.url('/dokumenty/statut/')).toEqual({ href: '/dokumenty/statut/', hreflang: 'uk' })
    expect(links.url(`${SITE}/biblioteky/`)).toEqual({
      href: `${SITE}/biblioteky/`,
      hreflang: 'uk',
    })
  })

  it('leaves English addresses, other sites, mail and anchors alone', () => {
    for (const href of [
      '/en/news/',
      'https://kyivcity.gov.ua/novyny/',
      'http://biblioteky.example.org.evil.test/novyny/',
      '//kyivcity.gov.ua/novyny/',
      'mailto:info@example.org',
      'tel:+380440001230',
      '#contacts',
    ])
      expect(links.url(href)).toEqual({ href })
  })
})

const collection = (id: string, url: string) => ({ id, url }) as CollectionData
const item = (id: string, identifier: string, collectionUrl: string) =>
  ({ id, identifier, collection: { href: collectionUrl, title: '', slug: '' } }) as ItemData

describe('englishPaths', () => {
  const ukrainianPaths = {
    news: new Map([['1', '/novyny/a/']]),
    pages: new Map<string, string>(),
    branches: new Map([['3', '/biblioteky/b/']]),
    documents: new Map<string, string>(),
    'digital-collections': new Map([
      ['c1', '/kolektsii/lystivky/'],
      ['c2', '/kolektsii/foto/'],
    ]),
    items: new Map([
      ['i1', '/kolektsii/lystivky/L-1/'],
      ['i2', '/kolektsii/foto/F-1/'],
      ['i3', '/kolektsii/lystivky/L-2/'],
    ]),
  }
  const paths = englishPaths(
    {
      news: [
        { id: '1', slug: 'a-en' },
        { id: '8', slug: 'unpublished-in-ukrainian' },
      ],
      pages: [],
      branches: [{ id: '3', slug: 'b-en' }],
      documents: [],
      collections: [{ id: 'c1', slug: 'postcards' }],
      items: [{ id: 'i1' }, { id: 'i2' }],
    },
    ukrainianPaths,
    {
      collections: [collection('c1', '/kolektsii/lystivky/'), collection('c2', '/kolektsii/foto/')],
      items: [
        item('i1', 'L-1', '/kolektsii/lystivky/'),
        item('i2', 'F-1', '/kolektsii/foto/'),
        item('i3', 'L-2', '/kolektsii/lystivky/'),
      ],
    },
  )

  it('gives each English document the path its English page has', () => {
    expect(Object.fromEntries(paths.news!)).toEqual({ '1': '/en/news/a-en/' })
    expect(Object.fromEntries(paths.branches!)).toEqual({ '3': '/en/libraries/b-en/' })
    expect(Object.fromEntries(paths['digital-collections']!)).toEqual({
      c1: '/en/collections/postcards/',
    })
  })

  it('places an English item under its collection’s English page, and only when both exist', () => {
    // i2's collection has no English version; i3 has no English description.
    expect(Object.fromEntries(paths.items!)).toEqual({ i1: '/en/collections/postcards/L-1/' })
  })

  it('gives an English programme task its English page, and pairs the programme pages', () => {
    const withTasks = englishPaths(
      {
        news: [],
        pages: [],
        branches: [],
        documents: [],
        collections: [],
        items: [],
        programmeTasks: [
          { id: 't1', slug: 'library-hubs' },
          { id: 't9', slug: 'not-public-in-ukrainian' },
        ],
      },
      { 'programme-tasks': new Map([['t1', '/prohrama/biblioteky-khaby/']]) },
      { collections: [], items: [] },
    )
    expect(Object.fromEntries(withTasks['programme-tasks']!)).toEqual({
      t1: '/en/programme/library-hubs/',
    })
    expect(sharedSections(withTasks)).toContainEqual(['/prohrama/', '/en/programme/'])
    const typed = englishLinks({
      ukrainian: { 'programme-tasks': new Map([['t1', '/prohrama/biblioteky-khaby/']]) },
      english: withTasks,
      sections: sharedSections(withTasks),
      siteUrl: SITE,
    })
    expect(typed.url('/prohrama/biblioteky-khaby/')).toEqual({
      href: '/en/programme/library-hubs/',
    })
    expect(typed.url('/prohrama/')).toEqual({ href: '/en/programme/' })
  })

  it('pairs only the sections the English site has', () => {
    expect(sharedSections(paths)).toEqual([
      ['/', '/en/'],
      ['/novyny/', '/en/news/'],
      ['/poshuk/', '/en/search/'],
      ['/biblioteky/', '/en/libraries/'],
      ['/kolektsii/', '/en/collections/'],
    ])
  })
})

describe('renderRichText in an English text', () => {
  const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
  const internal = (relationTo: string, value: string, label: string) => ({
    type: 'link',
    fields: { linkType: 'internal', doc: { relationTo, value } },
    children: [text(label)],
    version: 1,
  })
  const custom = (type: 'link' | 'autolink', url: string, label: string) => ({
    type,
    fields: { linkType: 'custom', url },
    children: [text(label)],
    version: 1,
  })
  const body = (...children: unknown[]) => ({
    root: { type: 'root', children: [{ type: 'paragraph', children, version: 1 }], version: 1 },
  })
  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-englishlinks-'))
  const context: RichTextContext = {
    where: 'news «test», поле «body (en)»',
    media: new Map(),
    files: new Map(),
    hrefOf: (collection, id) => ukrainian[collection as keyof typeof ukrainian]?.get(id),
    images: new ImagePipeline(dir, path.join(dir, 'cache')),
  }
  const englishContext: RichTextContext = {
    ...context,
    links: { ...links, otherLanguage: IN_UKRAINIAN },
  }

  it('links to English pages, and to Ukrainian ones marked hreflang="uk" with a visible note', () => {
    const { html } = renderRichText(
      body(
        internal('news', '1', 'summer hours'),
        text(', '),
        internal('documents', '5', 'the statute'),
        text(', '),
        custom('link', '/pro-nas/', 'about us'),
        text(', '),
        custom('autolink', `${SITE}/dokumenty/statut/`, `${SITE}/dokumenty/statut/`),
        text(', '),
        custom('link', 'https://kyivcity.gov.ua/', 'the city'),
      ),
      englishContext,
    )
    expect(html).toBe(
      '<p><a href="/en/news/summer-hours/">summer hours</a>, ' +
        `<a href="/dokumenty/statut/" hreflang="uk">the statute <span class="link-language">${IN_UKRAINIAN}</span></a>, ` +
        '<a href="/en/about/">about us</a>, ' +
        `<a href="${SITE}/dokumenty/statut/" hreflang="uk" rel="noopener">${SITE}/dokumenty/statut/ <span class="link-language">${IN_UKRAINIAN}</span></a>, ` +
        '<a href="https://kyivcity.gov.ua/" rel="noopener">the city</a></p>',
    )
  })

  it('keeps the words of a link to a document that is not public', () => {
    const { html } = renderRichText(body(internal('news', '404', 'gone')), englishContext)
    expect(html).toBe('<p>gone</p>')
  })

  it('leaves Ukrainian texts as they were: Ukrainian paths, no marks', () => {
    const { html } = renderRichText(
      body(internal('news', '1', 'графік'), text(' '), custom('link', '/pro-nas/', 'про нас')),
      context,
    )
    expect(html).toBe(
      '<p><a href="/novyny/litnii-hrafik/">графік</a> <a href="/pro-nas/">про нас</a></p>',
    )
  })

  it('builds the English links from the English documents read', () => {
    const built = englishTextLinks(
      {
        news: [{ id: '1', slug: 'summer-hours' }],
        pages: [],
        branches: [],
        documents: [],
        collections: [],
        items: [],
      },
      ukrainian,
      { collections: [], items: [] },
      SITE,
    )
    expect(built.internal('news', '1')).toEqual({ href: '/en/news/summer-hours/' })
    expect(built.url('/novyny/')).toEqual({ href: '/en/news/' })
    expect(built.url('/biblioteky/')).toEqual({ href: '/biblioteky/', hreflang: 'uk' })
    expect(built.otherLanguage).toBe(IN_UKRAINIAN)
  })
})
