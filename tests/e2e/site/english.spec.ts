import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { builtPages } from './pages'

/*
 * The English site beside the Ukrainian one (issue #16), on the build of the seeded content: ten
 * sample news items have English versions, the others do not.
 */

/** The hreflang links of the page open in the browser, as { hreflang: path }. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('link[rel="alternate"][hreflang]').all()
  const pairs = await Promise.all(
    links.map(async (link): Promise<[string, string]> => [
      (await link.getAttribute('hreflang'))!,
      new URL((await link.getAttribute('href'))!).pathname,
    ]),
  )
  return Object.fromEntries(pairs)
}

function englishNewsPages(): string[] {
  return builtPages().filter((path) => /^\/en\/news\/[^/]+\/$/.test(path))
}

test('the English home is English, pairs with the Ukrainian one and leads back to it', async ({
  page,
}) => {
  await page.goto('/en/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(await alternates(page)).toEqual({ uk: '/', en: '/en/', 'x-default': '/' })
  const back = page.getByRole('link', { name: 'Українською', exact: true })
  await expect(back).toHaveAttribute('href', '/')
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk')
  expect(await alternates(page)).toEqual({ uk: '/', en: '/en/', 'x-default': '/' })
})

test('a translated news item pairs both ways with its Ukrainian version', async ({ page }) => {
  const english = englishNewsPages()
  expect(english.length).toBeGreaterThanOrEqual(10)
  const path = english.find((candidate) => candidate.includes('summer-opening-hours'))!
  await page.goto(path)
  await expect(page.locator('h1')).toHaveText(/Summer opening hours/)
  const pair = await alternates(page)
  expect(pair.en).toBe(path)
  expect(pair.uk).toMatch(/^\/novyny\/[^/]+\/$/)
  expect(pair['x-default']).toBe(pair.uk)
  await page.getByRole('link', { name: 'Українською', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${pair.uk}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk')
  expect(await alternates(page)).toEqual(pair)
  await page.getByRole('link', { name: 'English', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
})

test('a Ukrainian-only page has no English link but the English home, saying so', async ({
  page,
}) => {
  await page.goto('/en/news/')
  const ukrainianOnly = await page.locator('.meta a[hreflang="uk"]').count()
  expect(ukrainianOnly).toBe(1)
  await page.goto('/novyny/')
  const first = page.locator('.card a.stretch').first()
  const englishPaths = new Set(englishNewsPages())
  const cards = await page
    .locator('.card a.stretch')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(cards.length).toBeGreaterThan(0)
  await expect(first).toBeVisible()
  // Find a Ukrainian news item without an English version.
  for (const href of cards) {
    await page.goto(href!)
    const pair = await alternates(page)
    if (pair.en && englishPaths.has(pair.en)) continue
    expect(pair).toEqual({})
    const switcher = page.getByRole('link', { name: 'English: home page' })
    await expect(switcher).toHaveAttribute('href', '/en/')
    return
  }
  throw new Error('Every news item on the first page has an English version')
})

test('the English feed lists English news only', async ({ request }) => {
  const feed = await (await request.get('/en/rss.xml')).text()
  expect(feed).toContain('<language>en</language>')
  const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map(
    (match) => new URL(match[1]!).pathname,
  )
  expect(links.filter((link) => link.startsWith('/en/news/') && link !== '/en/news/').length).toBe(
    englishNewsPages().length,
  )
  expect(feed).not.toMatch(/<title>[^<]*[а-яіїєґ]/i)
})

test('the sitemap lists the English pages beside the Ukrainian ones', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text()
  for (const path of ['/', '/en/', '/en/news/', englishNewsPages()[0]!])
    expect(sitemap).toContain(`${path}</loc>`)
})

function englishBranchPages(): string[] {
  return builtPages().filter((path) => /^\/en\/libraries\/[^/]+\/$/.test(path))
}

function englishEventPages(): string[] {
  return builtPages().filter((path) => /^\/en\/events\/[^/]+\/$/.test(path))
}

function englishItemPages(): string[] {
  return builtPages().filter((path) => /^\/en\/collections\/[^/]+\/[A-Z][A-Z0-9-]*\/$/.test(path))
}

test('an English branch profile says in English whether it is open, and pairs with its Ukrainian page', async ({
  page,
}) => {
  const branches = englishBranchPages()
  expect(branches.length).toBeGreaterThan(0)
  await page.goto(branches[0]!)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // The open-now island works out the state in the reader's browser, in the page's language.
  await expect(page.locator('open-now [data-label]')).toHaveText(
    /^(Open now|On a break|Closed|Cleaning day|Closed today|Temporarily closed|Hours to be confirmed)$/,
  )
  const pair = await alternates(page)
  expect(pair.en).toBe(branches[0])
  await page.getByRole('link', { name: 'Українською', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${pair.uk}$`))
  expect(await alternates(page)).toEqual(pair)
  await expect(page.locator('open-now [data-label]').first()).toHaveText(/[А-ЯІЇЄҐ]/)
})

test('an English event says when, where and how to register in English, paired with its Ukrainian page', async ({
  page,
}) => {
  await page.goto('/en/events/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByText(/events? available in Ukrainian only/)).toBeVisible()
  await page.getByRole('link', { name: 'English conversation club' }).click()
  await expect(page.locator('h1')).toHaveText('English conversation club')
  await expect(page.locator('dl.facts')).toContainText('every Tuesday, 18:00–19:30')
  await expect(page.locator('.occurrences time').first()).toHaveText(
    /^Tuesday \d+ [A-Z][a-z]+, 18:00–19:30$/,
  )
  // The registration form is the Ukrainian page's: the English page leads there.
  const register = page.getByRole('link', { name: 'the event’s Ukrainian page' })
  const pair = await alternates(page)
  expect(pair.uk).toMatch(/^\/podii\/[^/]+\/$/)
  await expect(register).toHaveAttribute('href', pair.uk!)
  await page.getByRole('link', { name: 'Українською', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${pair.uk}$`))
  expect(await alternates(page)).toEqual(pair)
})

function englishTaskPages(): string[] {
  return builtPages().filter((path) => /^\/en\/programme\/[^/]+\/$/.test(path))
}

test('an English programme task pairs with its Ukrainian page and counts the same', async ({
  page,
}) => {
  await page.goto('/en/programme/')
  expect(await alternates(page)).toEqual({
    uk: '/prohrama/',
    en: '/en/programme/',
    'x-default': '/prohrama/',
  })
  const first = englishTaskPages()[0]!
  await page.locator(`a[href="${first}"]`).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const pair = await alternates(page)
  expect(pair.en).toBe(first)
  const totals = await page.locator('tfoot td').allTextContents()
  await page.getByRole('link', { name: 'Українською', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${pair.uk!}$`))
  expect(await alternates(page)).toEqual(pair)
  expect(await page.locator('tfoot td').allTextContents()).toEqual(totals)
})

test('a missing English address answers with the English 404 page and its status', async ({
  page,
}) => {
  const response = await page.goto('/en/no-such-page/')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('h1')).toHaveText('Page not found')
  const ukrainian = await page.goto('/nemaie-takoi-storinky/')
  expect(ukrainian?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk')
})

test('an English item page cites in English and keeps the catalogued title in Ukrainian', async ({
  page,
}) => {
  const items = englishItemPages()
  expect(items.length).toBeGreaterThan(0)
  await page.goto(items[0]!)
  await expect(page.locator('h1')).toHaveAttribute('lang', 'uk')
  await expect(page.locator('[data-citation]')).toContainText('(accessed ')
  const pair = await alternates(page)
  expect(pair.uk).toMatch(/^\/kolektsii\//)
})

for (const path of [
  '/en/',
  '/en/news/',
  'first English news item',
  '/en/libraries/',
  'first English branch',
  '/en/collections/',
  'first English item',
  '/en/documents/',
  'first English document',
  '/en/events/',
  'first English event',
  '/en/programme/',
  'first English programme task',
  '/en/404/',
]) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    const pages: Record<string, () => string> = {
      'first English news item': () => englishNewsPages()[0]!,
      'first English branch': () => englishBranchPages()[0]!,
      'first English item': () => englishItemPages()[0]!,
      'first English event': () => englishEventPages()[0]!,
      'first English programme task': () => englishTaskPages()[0]!,
      'first English document': () =>
        builtPages().find((path) => /^\/en\/documents\/(?!page\/)[^/]+\/$/.test(path))!,
    }
    await page.goto(path.startsWith('/') ? path : pages[path]!())
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
}
