import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * Several values of one filter at once (two types, two years), and browsing: filters without
 * words list everything that matches them, newest first.
 */

async function open(page: Page, query: string): Promise<string> {
  await page.goto(`/poshuk/${query}`)
  const status = page.locator('#search-status')
  await expect(status).not.toHaveText(/^(Шукаю…)?$/)
  return (await status.textContent()) ?? ''
}

const total = (status: string) =>
  Number(/знайдено (\d+)/.exec(status.replace(/\u00a0/g, ' '))?.[1] ?? 0)
const fieldset = (page: Page, legend: string) =>
  page.locator('#search-filters fieldset', { has: page.locator('legend', { hasText: legend }) })

async function openFilters(page: Page): Promise<void> {
  const box = page.locator('#search-filters-box')
  if ((await box.getAttribute('open')) === null) await box.locator('summary').click()
  await expect(page.locator('#search-filters .count').first()).toBeVisible()
  await expect(page.locator('#search-filters')).not.toHaveAttribute('aria-busy')
}

/** The values of a filter with their counts, as shown. */
async function values(group: Locator): Promise<Array<{ value: string; count: number }>> {
  return group.locator('label').evaluateAll((labels) =>
    labels.map((label) => ({
      value: label.querySelector('input')?.getAttribute('value') ?? '',
      count: Number((label.querySelector('.count')?.textContent ?? '').replace(/\D/g, '')),
    })),
  )
}

async function dates(page: Page): Promise<string[]> {
  return page
    .locator('#search-results .search-result .meta time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
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

test.describe('several values of one filter', () => {
  test('two types: the results of either, counted as the sum, shareable in the address', async ({
    page,
  }) => {
    await open(page, `?q=${encodeURIComponent('бібліотека')}`)
    await openFilters(page)
    const types = fieldset(page, 'Тип')
    const shown = await values(types)
    const news = shown.find((entry) => entry.value === 'Новини')!
    const branches = shown.find((entry) => entry.value === 'Бібліотеки')!
    expect(news.count).toBeGreaterThan(0)
    expect(branches.count).toBeGreaterThan(0)
    await types.locator('input[value="Новини"]').check()
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`знайдено ${news.count}\\s`))
    await types.locator('input[value="Бібліотеки"]').check()
    const sum = news.count + branches.count
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`знайдено ${sum}\\s`))
    expect(decodeURIComponent(page.url())).toMatch(/type=Новини&type=Бібліотеки/)
    for (const meta of await page.locator('#search-results .search-result .meta').allTextContents())
      expect(meta).toMatch(/^(Новини|Бібліотеки)/)
    // Both stay chosen, and the type filter still counts every type.
    await expect(types.locator('input[value="Новини"]')).toBeChecked()
    await expect(types.locator('input[value="Бібліотеки"]')).toBeChecked()
    // The address restores both.
    await page.reload()
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`знайдено ${sum}\\s`))
    await expect(fieldset(page, 'Тип').locator('input[value="Бібліотеки"]')).toBeChecked()
    expect(await axeViolations(page)).toEqual([])
  })

  test('two years: the pages of either year, counted as the sum', async ({ page }) => {
    await open(page, '')
    await openFilters(page)
    const years = (await values(fieldset(page, 'Рік'))).filter((entry) => entry.count > 0)
    expect(years.length).toBeGreaterThan(1)
    const [a, b] = years
    expect(total(await open(page, `?year=${a!.value}`))).toBe(a!.count)
    const status = await open(page, `?year=${a!.value}&year=${b!.value}`)
    expect(total(status)).toBe(a!.count + b!.count)
    await expect(fieldset(page, 'Рік').locator(`input[value="${a!.value}"]`)).toBeChecked()
    await expect(fieldset(page, 'Рік').locator(`input[value="${b!.value}"]`)).toBeChecked()
  })
})

test.describe('browsing by filters alone', () => {
  test('an empty search page offers the filters, with counts over the whole site', async ({
    page,
  }) => {
    await open(page, '')
    await expect(page.locator('#search-filters-box')).toBeVisible()
    await openFilters(page)
    const types = await values(fieldset(page, 'Тип'))
    expect(types.length).toBeGreaterThan(2)
    expect(await axeViolations(page)).toEqual([])
  })

  test('a filter without words lists every page it matches, newest first', async ({ page }) => {
    await open(page, '')
    await openFilters(page)
    const news = (await values(fieldset(page, 'Тип'))).find((entry) => entry.value === 'Новини')!
    await fieldset(page, 'Тип').locator('input[value="Новини"]').check()
    await expect(page.locator('#search-status')).toHaveText(
      new RegExp(`За вибраними фільтрами знайдено ${news.count}\\s`),
    )
    expect(decodeURIComponent(page.url())).toMatch(/\/poshuk\/\?type=Новини$/)
    // The status can be written before the first page of results is: wait for the results, then
    // ask for more until every counted page is listed (the button must be there while some are not).
    const items = page.locator('#search-results > li')
    await expect(items.first()).toBeVisible()
    while ((await items.count()) < news.count) {
      const before = await items.count()
      await expect(page.locator('#search-more')).toBeVisible()
      await page.locator('#search-more').click()
      await expect(items).not.toHaveCount(before)
    }
    await expect(items).toHaveCount(news.count)
    await expect(page.locator('#search-more')).toBeHidden()
    const shown = await dates(page)
    expect(shown).toEqual([...shown].sort().reverse())
    for (const meta of await page.locator('#search-results .search-result .meta').allTextContents())
      expect(meta).toMatch(/^Новини/)
    expect(await axeViolations(page)).toEqual([])
  })

  test('unchecking the last filter goes back to the empty page', async ({ page }) => {
    await open(page, '?type=%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8')
    await openFilters(page)
    await fieldset(page, 'Тип').locator('input[value="Новини"]').uncheck()
    await expect(page.locator('#search-status')).toHaveText(/Введіть слово|виберіть фільтр/)
    await expect(page.locator('#search-results > li')).toHaveCount(0)
    await expect(page).toHaveURL(/\/poshuk\/$/)
  })

  test('without JavaScript the page says why it cannot list, and links the sections', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/poshuk/?type=%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8&year=2025')
    await expect(page.locator('#search-needs-js')).toBeVisible()
    await expect(page.locator('#search-needs-js a[href="/novyny/"]')).toBeVisible()
    await context.close()
  })
})
