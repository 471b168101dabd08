import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/**
 * «Можливо, ви мали на увазі …»: a word of five letters or more with one wrong, missing, extra or
 * swapped letter finds what the right word finds, after the query's own results, and the page
 * offers the right word as a link. The words come from the index's own vocabulary.
 */

async function search(page: Page, q: string): Promise<string> {
  await page.goto(`/poshuk/?q=${encodeURIComponent(q)}`)
  const status = page.locator('#search-status')
  await expect(status).not.toHaveText(/^(Шукаю…)?$/)
  return (await status.textContent()) ?? ''
}

const hrefs = (page: Page) =>
  page
    .locator('#search-results .search-result h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
const count = (status: string) =>
  Number(/(?:знайдено|Показано) (\d+)/.exec(status.replace(/\u00a0/g, ' '))?.[1] ?? 0)

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

test.describe('typo suggestions', () => {
  const typos = [
    ['wrong letter', 'марафан'],
    ['missing letter', 'мараон'],
    ['extra letter', 'маррафон'],
    ['swapped letters', 'мараофн'],
  ] as const

  for (const [kind, typo] of typos) {
    test(`${kind}: «${typo}» finds what «марафон» finds and suggests it`, async ({ page }) => {
      const right = count(await search(page, 'марафон'))
      expect(right).toBeGreaterThan(0)
      const rightFirst = await hrefs(page)
      await expect(page.locator('#search-suggestion')).toBeHidden()

      const status = await search(page, typo)
      expect(status).toContain(`За запитом «${typo}» нічого не знайдено`)
      expect(count(status)).toBe(right)
      expect(await hrefs(page)).toEqual(rightFirst)
      const suggestion = page.locator('#search-suggestion')
      await expect(suggestion).toBeVisible()
      await expect(suggestion).toContainText('Можливо, ви мали на увазі «')
      const link = suggestion.getByRole('link')
      await expect(link).toHaveText(/^марафон/)
    })
  }

  test('the suggestion is a link that searches the right word, and Back returns', async ({
    page,
  }) => {
    await search(page, 'мараофн')
    const link = page.locator('#search-suggestion').getByRole('link')
    const word = (await link.textContent()) ?? ''
    await link.click()
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`))
    await expect(page.locator('#search-q')).toHaveValue(word)
    await expect(page.locator('#search-status')).toHaveText(/знайдено \d+/)
    await expect(page.locator('#search-suggestion')).toBeHidden()
    await page.goBack()
    await expect(page.locator('#search-q')).toHaveValue('мараофн')
    await expect(page.locator('#search-suggestion')).toBeVisible()
  })

  test('the link works without JavaScript too: it is a plain address of the search page', async ({
    page,
  }) => {
    await search(page, 'мараофн')
    const href = await page.locator('#search-suggestion a').getAttribute('href')
    expect(href).toMatch(/^\/poshuk\/\?q=/)
    await page.goto(href!)
    await expect(page.locator('#search-status')).toHaveText(/знайдено \d+/)
  })

  test('a typo in one word of two: the other word still narrows the results', async ({ page }) => {
    const right = count(await search(page, 'читацький марафон'))
    expect(right).toBeGreaterThan(0)
    const status = await search(page, 'читацький мараофн')
    expect(count(status)).toBe(right)
    await expect(page.locator('#search-suggestion a')).toHaveText(/^читацький марафон/)
  })

  test('words shorter than five letters and words the site has get no suggestion', async ({
    page,
  }) => {
    await search(page, 'марафон')
    await expect(page.locator('#search-suggestion')).toBeHidden()
    const status = await search(page, 'рфон')
    expect(status).toContain('нічого не знайдено')
    await expect(page.locator('#search-suggestion')).toBeHidden()
  })

  test('axe-core finds no violations with a suggestion shown', async ({ page }) => {
    await search(page, 'мараофн')
    await expect(page.locator('#search-suggestion')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})
