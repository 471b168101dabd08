import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/**
 * English search (#16): the English pages have an index of their own (Pagefind's English
 * stemming), searched from /en/search/ in English; the Ukrainian search never lists them.
 */

/** Opens a search page with a query string and waits until the search has answered. */
async function search(page: Page, path: '/en/search/' | '/poshuk/', query: string) {
  await page.goto(`${path}${query}`)
  const status = page.locator('#search-status')
  await expect(status).not.toHaveText(/^(Searching…|Шукаю…)?$/)
  return (await status.textContent())?.replace(/\u00a0/g, ' ') ?? ''
}

const resultLinks = (page: Page) => page.locator('#search-results .search-result h2 a')
const hrefs = (page: Page) =>
  resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))

/** Every result of the search on screen, through «Show more» / «Показати ще». */
async function allResults(page: Page): Promise<string[]> {
  await expect(resultLinks(page).first()).toBeVisible()
  const more = page.locator('#search-more')
  while (await more.isVisible()) {
    const before = await resultLinks(page).count()
    await more.click()
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(before)
  }
  return hrefs(page)
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

test.describe('English search', () => {
  test('an English word in another form finds the English page, in English', async ({ page }) => {
    const status = await search(page, '/en/search/', '?q=volunteering')
    expect(status).toMatch(/^\d+ results? found for “volunteering”\.$/)
    await expect(resultLinks(page).first()).toHaveText('Volunteer programme: join our team')
    await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/en\/news\//)
    await expect(page.locator('#search-results .search-result mark').first()).toHaveText(
      /^[Vv]olunteer/,
    )
    await expect(page.locator('#search-results .meta').first()).toContainText('News')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('it lists English pages only, never a Ukrainian one', async ({ page }) => {
    // «Library» is in most English pages: every one of them is under /en/.
    await search(page, '/en/search/', '?q=library')
    const found = await allResults(page)
    expect(found.length).toBeGreaterThan(3)
    expect(found.filter((href) => !href.startsWith('/en/'))).toEqual([])
    // A Ukrainian word finds nothing there: the Ukrainian pages are not in the English index.
    const status = await search(page, '/en/search/', `?q=${encodeURIComponent('Чоколівці')}`)
    expect(status).toMatch(/^Nothing found for “Чоколівці”/)
  })

  test('English branch, item and event pages are found by their English words only', async ({
    page,
  }) => {
    await search(page, '/en/search/', '?q=locomotive')
    expect(await allResults(page)).toContainEqual(
      expect.stringMatching(/^\/en\/collections\/[^/]+\/[^/]+\/$/),
    )
    await search(page, '/en/search/', '?q=Kotsiubynskyi')
    expect(await allResults(page)).toContainEqual(
      expect.stringMatching(/^\/en\/libraries\/[^/]+\/$/),
    )
    await search(page, '/en/search/', '?q=nordic')
    await expect(resultLinks(page).first()).toHaveText('Nordic walking with the library')
    await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/en\/events\//)
    // Their catalogued Ukrainian titles and addresses are marked lang="uk" and left out.
    const status = await search(page, '/en/search/', `?q=${encodeURIComponent('вулиця')}`)
    expect(status).toMatch(/^Nothing found for “вулиця”/)
  })

  test('the Ukrainian search never lists an English page nor loads the English index', async ({
    page,
  }) => {
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await search(page, '/poshuk/', `?q=${encodeURIComponent('бібліотека')}`)
    const found = await allResults(page)
    expect(found.length).toBeGreaterThan(5)
    expect(found.filter((href) => href.startsWith('/en/'))).toEqual([])
    // English words: the Ukrainian index has no English page to offer.
    await search(page, '/poshuk/', '?q=volunteer+programme+team')
    expect((await hrefs(page)).filter((href) => href.startsWith('/en/'))).toEqual([])
    const englishFiles = requested.filter((path) => /\/pagefind\/.*\ben_/.test(path))
    expect(englishFiles).toEqual([])
    expect(requested.some((path) => /\/pagefind\/.*\buk_/.test(path))).toBe(true)
  })

  test('the English header box searches the English pages', async ({ page }) => {
    await page.goto('/en/')
    await page.locator('header form[role="search"] input[name="q"]').fill('photographs')
    await page.locator('header form[role="search"] button').click()
    await expect(page).toHaveURL(/\/en\/search\/\?q=photographs$/)
    await expect(resultLinks(page).first()).toHaveText(/Old photographs of Solomianka/)
  })

  test('filters in English: the type and the year, with counts', async ({ page }) => {
    await search(page, '/en/search/', '?q=library&type=News')
    const box = page.locator('#search-filters-box')
    await expect(box).toHaveAttribute('open', '')
    const legends = page.locator('#search-filters legend')
    await expect(legends.first()).toHaveText('Type')
    await expect(legends).toHaveText(['Type', 'Year'])
    await expect(page.locator('#search-filters input[value="News"]')).toBeChecked()
    const found = await allResults(page)
    expect(found.every((href) => href.startsWith('/en/news/'))).toBe(true)
  })

  test('axe finds nothing on /en/search/ empty, with results and with nothing found', async ({
    page,
  }) => {
    const status = await search(page, '/en/search/', '')
    expect(status).toMatch(/^Type a word/)
    await expect(page.locator('h1')).toHaveText('Search')
    expect(await axeViolations(page)).toEqual([])
    await search(page, '/en/search/', '?q=library')
    await page.locator('#search-filters-box summary').click()
    await expect(page.locator('#search-filters .count').first()).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    // A word the index lacks is not searched as its first letters (Pagefind's fallback).
    expect(await search(page, '/en/search/', '?q=zzzzqqqq')).toMatch(
      /^Nothing found for “zzzzqqqq”/,
    )
    expect(await axeViolations(page)).toEqual([])
  })

  test('without JavaScript the English page explains, in English, and links sections', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/search/?q=library')
    await expect(page.locator('#search-needs-js')).toContainText('turned off in your browser')
    await expect(page.locator('#search-needs-js a[href="/en/news/"]')).toBeVisible()
    await context.close()
  })
})
