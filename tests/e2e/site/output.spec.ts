import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { builtHtml, builtPages, outDir } from './pages'

test.describe('the built output', () => {
  const pages = builtPages()

  test('has the pages of every section', () => {
    expect(pages.length).toBeGreaterThan(150)
    for (const prefix of ['/novyny/', '/biblioteky/', '/dokumenty/', '/kolektsii/', '/poshuk/']) {
      expect(pages.some((page) => page.startsWith(prefix))).toBe(true)
    }
  })

  test('never contains a draft: no «Чернетка:» title anywhere', () => {
    const leaks = pages.filter((page) => builtHtml(page).includes('Чернетка:'))
    expect(leaks).toEqual([])
    const feed = readFileSync(path.join(outDir, 'rss.xml'), 'utf8')
    expect(feed).not.toContain('Чернетка:')
  })

  test('never runs HTML from rich text and never links to javascript:', () => {
    for (const page of pages) {
      const html = builtHtml(page)
      expect(html, page).not.toMatch(/href\s*=\s*["']?\s*(javascript|vbscript|data):/i)
      expect(html, page).not.toMatch(/\son(error|load|click|mouseover)\s*=/i)
    }
  })

  test('has no broken internal link, image or anchor', () => {
    const broken: string[] = []
    const exists = (target: string) => {
      const file = path.join(outDir, decodeURIComponent(target))
      if (target.endsWith('/')) return existsSync(path.join(file, 'index.html'))
      return existsSync(file) && statSync(file).isFile()
    }
    for (const page of pages) {
      const html = builtHtml(page)
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]))
      const targets = [
        ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!),
        ...[...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) =>
          match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
        ),
      ]
      for (const raw of targets) {
        const target = raw.replace(/&amp;/g, '&')
        if (target.startsWith('#')) {
          if (target.length > 1 && !ids.has(decodeURIComponent(target.slice(1))))
            broken.push(`${page} → ${target}`)
          continue
        }
        if (!target.startsWith('/') || target.startsWith('//')) continue
        const pathname = target.split(/[?#]/)[0]!
        if (!exists(pathname)) broken.push(`${page} → ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  test('has no inline script the Content Security Policy would block', () => {
    // The site is served with script-src 'self': every executable script must be a file.
    const inline = pages.filter((page) =>
      /<script(?![^>]*(?:\bsrc=|application\/(?:ld\+)?json))[^>]*>/.test(builtHtml(page)),
    )
    expect(inline).toEqual([])
  })

  test('ships only the live status script on pages without an island', () => {
    const scripts = (page: string) =>
      [...builtHtml(page).matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].map(
        ([tag]) => tag,
      )
    const withScript = (page: string) =>
      scripts(page).some((tag) => !/(LiveStatus|TimeAware)\.astro_astro_type_script/.test(tag))
    for (const page of ['/novyny/', '/dokumenty/', '/kolektsii/', '/404.html']) {
      // Every page reads the live status bundle (alerts and closures saved after its build).
      expect(scripts(page).join('\n'), page).toMatch(/LiveStatus\.astro_astro_type_script/)
      expect(withScript(page), page).toBe(false)
    }
    expect(withScript('/biblioteky/')).toBe(true)
    // A document page re-checks «Чинний» / «Утратив чинність» against the reader's clock.
    expect(withScript('/dokumenty/prohrama-rozvytku-2016-2021/')).toBe(true)
    // Content pages carry the «Чи корисна ця сторінка?» form, sent inline with script.
    expect(withScript('/pro-nas/')).toBe(true)
  })

  test('every page has one h1, a title, a description and a canonical URL', () => {
    for (const page of pages) {
      const html = builtHtml(page)
      expect(html.match(/<h1[\s>]/g)?.length, page).toBe(1)
      expect(html, page).toMatch(/<title>[^<]+<\/title>/)
      expect(html, page).toMatch(/<meta name="description" content="[^"]+"/)
      // The 404 pages are served at any missing address (the English one under /en/, issue #16):
      // they have no address of their own to name.
      if (page === '/404.html' || page === '/en/404/')
        expect(html, page).not.toMatch(/rel="canonical"|og:url/)
      else expect(html, page).toMatch(/<link rel="canonical" href="http[^"]+"/)
    }
  })
})
