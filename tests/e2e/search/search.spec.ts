import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { outDir } from '../site/pages'

/** Opens /poshuk/ with a query string and waits until the search has answered. */
async function search(page: Page, query: string): Promise<string> {
  await page.goto(`/poshuk/${query.startsWith('?') ? query : `?q=${encodeURIComponent(query)}`}`)
  const status = page.locator('#search-status')
  await expect(status).not.toHaveText(/^(Шукаю…)?$/)
  return (await status.textContent()) ?? ''
}

const resultLinks = (page: Page) => page.locator('#search-results .search-result h2 a')
const total = (status: string) =>
  Number(/знайдено (\d+)/.exec(status.replace(/\u00a0/g, ' '))?.[1] ?? 0)

test.describe('Ukrainian morphology', () => {
  const cases: Array<{ forms: string[]; title: RegExp }> = [
    { forms: ['весілля', 'весіллям', 'весіллі', 'весіль'], title: /Весілля на Чоколівці/ },
    { forms: ['аеродром', 'аеродромі', 'аеродрому', 'аеродромами'], title: /аеродром/i },
    { forms: ['марафон', 'марафону', 'марафоном', 'марафонах'], title: /читацький марафон/ },
    { forms: ['листівки', 'листівкою', 'листівці', 'листівок'], title: /^Листівка/ },
    { forms: ['бібліотеки', 'бібліотеці', 'бібліотекою'], title: /[Бб]ібліотек/ },
  ]
  for (const { forms, title } of cases) {
    for (const form of forms) {
      test(`«${form}» finds ${title.source}`, async ({ page }) => {
        await search(page, form)
        await expect(resultLinks(page).first()).toHaveText(title)
      })
    }
  }

  test('the matched words are highlighted in the excerpt, whatever their form', async ({
    page,
  }) => {
    await search(page, 'весіллям')
    const marks = page.locator('#search-results .search-result').first().locator('mark')
    await expect(marks.first()).toHaveText(/[Вв]есілл/)
  })
})

test.describe('spelling variants', () => {
  test('apostrophes, no apostrophe and Latin transliteration find the same pages', async ({
    page,
  }) => {
    const variants = [
      'Дерев’яна церква',
      "Дерев'яна церква",
      'Деревʼяна церква',
      'Деревяна церква',
      'Derevіana tserkva',
      'Derev`iana tserkva',
    ]
    let first: string | null = null
    for (const variant of variants) {
      await search(page, variant)
      const href = await resultLinks(page).first().getAttribute('href')
      expect(href, variant).toBeTruthy()
      first ??= href
      expect(href, variant).toBe(first)
    }
  })

  test('Solomianskyi finds what Солом’янський finds', async ({ page }) => {
    const cyrillic = total(await search(page, 'Солом’янський'))
    expect(cyrillic).toBeGreaterThan(5)
    expect(total(await search(page, 'Solomianskyi'))).toBe(cyrillic)
    expect(total(await search(page, 'СОЛОМЯНСЬКОГО'))).toBe(cyrillic)
  })

  test('ґ and г are the same letter for search', async ({ page }) => {
    const plain = total(await search(page, 'газета'))
    expect(plain).toBeGreaterThan(0)
    expect(total(await search(page, 'ґазета'))).toBe(plain)
  })

  test('Latin look-alike letters inside a Cyrillic word are read as Cyrillic', async ({ page }) => {
    const plain = total(await search(page, 'бібліотека'))
    expect(total(await search(page, 'бiблiотека'))).toBe(plain) // Latin i
  })
})

test.describe('filters, sorting and shareable URLs', () => {
  test('type counts add up to the total, and a type narrows the results to its count', async ({
    page,
  }) => {
    const all = total(await search(page, 'бібліотека'))
    const typeFilter = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Тип' }) })
    // The filters start folded; opening them loads their counts.
    await expect(typeFilter).toHaveCount(0)
    await page.locator('#search-filters-box summary').click()
    await expect(typeFilter).toBeVisible()
    const counts = await typeFilter.locator('.count').allTextContents()
    const numbers = counts.map((text) => Number(text.replace(/\D/g, '')))
    expect(numbers.reduce((sum, count) => sum + count, 0)).toBe(all)
    const newsLabel = typeFilter.locator('label', { hasText: 'Новини' })
    const newsCount = Number(
      ((await newsLabel.locator('.count').textContent()) ?? '').replace(/\D/g, ''),
    )
    await newsLabel.click()
    await expect(page).toHaveURL(/type=%D0%9D%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/)
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`знайдено ${newsCount}\\s`))
    const metas = await page.locator('#search-results .search-result .meta').allTextContents()
    expect(metas.length).toBeGreaterThan(0)
    for (const meta of metas) expect(meta).toMatch(/^Новини/)
    // The type filter still offers the other types with their own counts.
    const sum = async () =>
      (await typeFilter.locator('.count').allTextContents())
        .map((text) => Number(text.replace(/\D/g, '')))
        .reduce((a, b) => a + b, 0)
    await expect.poll(sum).toBe(all)
    await expect(typeFilter.locator('input[value="Новини"]')).toBeChecked()
  })

  test('the first search loads no filter index; opening the filters does, by keyboard too', async ({
    page,
  }) => {
    const filterChunks: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterChunks.push(request.url())
    })
    await search(page, 'бібліотека')
    await expect(resultLinks(page)).toHaveCount(5)
    await page.waitForLoadState('networkidle')
    expect(filterChunks).toEqual([])
    const summary = page.locator('#search-filters-box summary')
    await expect(page.locator('#search-filters-box')).not.toHaveAttribute('open')
    await summary.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('#search-filters .count').first()).toBeVisible()
    expect(filterChunks.length).toBeGreaterThan(0)
    await expect(page.locator('#search-filters')).not.toHaveAttribute('aria-busy')
  })

  test('a ?q= URL with filters and sort restores the search', async ({ page }) => {
    const status = await search(
      page,
      `?q=${encodeURIComponent('документ')}&type=${encodeURIComponent('Документи')}&sort=date`,
    )
    expect(total(status)).toBeGreaterThan(1)
    await expect(page.locator('#search-q')).toHaveValue('документ')
    await expect(page.locator('#search-sort')).toHaveValue('date')
    await expect(page.locator('input[name="type"][value="Документи"]')).toBeChecked()
    if (total(status) > 5) await page.locator('#search-more').click()
    await expect(page.locator('#search-results > li')).toHaveCount(Math.min(total(status), 15))
    const dates = await page
      .locator('#search-results .search-result .meta time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThan(1)
    // Newest first, across the first screen and «Показати ще».
    expect(dates).toEqual([...dates].sort().reverse())
    const metas = await page.locator('#search-results .search-result .meta').allTextContents()
    for (const meta of metas) expect(meta).toMatch(/^Документи/)
  })

  test('a new search from the form updates the address and Back restores the previous one', async ({
    page,
  }) => {
    await search(page, 'марафон')
    await page.locator('#search-q').fill('аеродром')
    await page.locator('#search-q').press('Enter')
    await expect(page).toHaveURL(/q=%D0%B0%D0%B5%D1%80%D0%BE%D0%B4%D1%80%D0%BE%D0%BC/)
    await expect(resultLinks(page).first()).toHaveText(/аеродром/i)
    await page.goBack()
    await expect(page.locator('#search-q')).toHaveValue('марафон')
    await expect(resultLinks(page).first()).toHaveText(/марафон/)
  })

  test('the header search box submits to /poshuk/?q=', async ({ page }) => {
    await page.goto('/')
    await page.locator('#site-search').fill('весіллям')
    await page.locator('#site-search').press('Enter')
    await expect(page).toHaveURL(/\/poshuk\/\?q=/)
    await expect(resultLinks(page).first()).toHaveText(/Весілля/)
  })
})

test.describe('unpublished content', () => {
  test('no draft is searchable', async ({ page }) => {
    expect(await search(page, 'Чернетка')).toMatch(/нічого не знайдено/)
    // Words of draft-only titles may find other pages, never the drafts.
    for (const query of ['квитанція', 'Невідоме подвір’я', 'оцифрування краєзнавчих матеріалів']) {
      await search(page, query)
      const text = (await page.locator('#search-results').textContent()) ?? ''
      expect(text, query).not.toMatch(/Чернетка|Квитанці|Невідоме подвір/)
    }
  })

  test('the index files hold no «Чернетка» title', () => {
    const dir = path.join(outDir, 'pagefind', 'fragment')
    const fragments = readdirSync(dir)
    expect(fragments.length).toBeGreaterThan(10)
    for (const name of fragments) {
      const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8')
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { meta: { title: string } }
      expect(fragment.meta.title, name).not.toContain('Чернетка')
    }
  })
})

test.describe('hostile and odd input', () => {
  test('HTML and script in the query are shown as text and never run', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    const query = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const status = await search(page, query)
    expect(status).toContain('<img src=x')
    expect(await page.locator('#search-status img, #search-results script').count()).toBe(0)
    expect(dialogs).toBe(0)
  })

  for (const [name, query, expected] of [
    ['empty', '', /Введіть слово/],
    ['only punctuation', '!!! ??? … — «»', /немає слів/],
    ['emoji', '📚🎉', /немає слів/],
    ['2,000 characters', 'бібліотека '.repeat(182), /знайдено|нічого не знайдено/],
    ['mixed scripts', 'Wi-Fi бібліотека', /знайдено|нічого не знайдено/],
    ['regex and SQL', `.*' OR 1=1; -- (a+)+$`, /знайдено|нічого не знайдено|немає слів/],
  ] as const) {
    test(`${name}: a calm message`, async ({ page }) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      const status = await search(page, query)
      expect(status).toMatch(expected)
      expect(errors).toEqual([])
      await expect(page.locator('#search-q')).toBeEditable()
    })
  }
})

test.describe('accessibility', () => {
  test('axe-core finds no violations on a search with results and open filters', async ({
    page,
  }) => {
    await search(page, 'бібліотека')
    await page.locator('#search-filters-box summary').click()
    await expect(page.locator('#search-filters .count').first()).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    expect(
      results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })

  test('the outcome is announced in a live region, and «Показати ще» moves focus to the new results', async ({
    page,
  }) => {
    await search(page, 'бібліотека')
    const status = page.locator('#search-status')
    await expect(status).toHaveAttribute('role', 'status')
    await expect(status).toHaveAttribute('aria-live', 'polite')
    // Five on the first screen (each result's data is a request), then ten at a time.
    await expect(page.locator('#search-results > li')).toHaveCount(5)
    const more = page.locator('#search-more')
    await more.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('#search-results > li')).toHaveCount(15)
    await expect(page.locator('#search-results > li').nth(5).locator('a')).toBeFocused()
  })

  test('without JavaScript the form still submits and a message explains why no results show', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/poshuk/?q=%D0%B1%D1%96%D0%B1%D0%BB%D1%96%D0%BE%D1%82%D0%B5%D0%BA%D0%B0')
    await expect(page.locator('#search-needs-js')).toBeVisible()
    await expect(page.locator('#search-needs-js')).toContainText('JavaScript')
    await page.locator('#search-q').fill('марафон')
    await page.locator('#search-q').press('Enter')
    await expect(page).toHaveURL(/\/poshuk\/\?q=%D0%BC/)
    await context.close()
  })
})

test('only the search page loads search scripts', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/'))
      scripts.push(request.url())
  })
  await page.goto('/')
  await page.goto('/novyny/')
  expect(scripts.filter((url) => url.includes('pagefind') || url.includes('SearchPage'))).toEqual(
    [],
  )
})

test.describe('events in search', () => {
  test('an event whose dates have all passed comes after a current one', async ({ page }) => {
    // Both sample film evenings match; the summer one ended before the e2e site's build day.
    await search(page, `?q=${encodeURIComponent('кіновечір')}&type=${encodeURIComponent('Події')}`)
    const titles = await resultLinks(page).allTextContents()
    const current = titles.indexOf('Кіновечір останньої п’ятниці')
    const ended = titles.indexOf('Літній кіновечір просто неба')
    expect(current).toBeGreaterThanOrEqual(0)
    expect(ended).toBeGreaterThan(current)
    await expect(
      page.locator('#search-results .search-result', { hasText: 'Літній кіновечір' }),
    ).toContainText('Минула подія')
  })
})
