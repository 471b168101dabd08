import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { builtHtml } from './pages'

// Sample content (content/samples/branches.json): Бібліотека № 14 is closed for renovation from
// 1 November 2026 to 31 December 2030; «Чоколівка» keeps changed hours 10:00–17:00 over the same
// span and is a resilience point with Wi-Fi and a power bank station; «Солом’янка» has a
// generator, Wi-Fi and a shelter 120 m away.
const CLOSED = '/biblioteky/biblioteka-no-14/'
const WHERE = '/biblioteky/zaraz/'
/** A Tuesday within those spans, at noon Kyiv time: every other branch is open. */
const TUESDAY_NOON = new Date('2026-12-08T12:00:00+02:00')

/** A branch's card by its name (the heading: a card also names its neighbourhood, e.g. «Чоколівка»). */
const card = (page: Page, name: string) =>
  page.locator('[data-where-list] > li').filter({ has: page.locator('h2', { hasText: name }) })

test.describe('branch status on the branch page', () => {
  test('shows the closure, its reason and the status line; open-now says closed', async ({
    page,
  }) => {
    await page.clock.setFixedTime(TUESDAY_NOON)
    await page.goto(CLOSED)
    const status = page.locator('section[aria-labelledby="branch-status"]')
    await expect(status.locator('[data-closures] li')).toContainText('зачинено: ремонт')
    await expect(status.locator('[data-closures] li')).toContainText('Зразок: ремонт покрівлі')
    await expect(status.locator('[data-status-line]')).toContainText('зачинена на ремонт')
    const openNow = page.locator('main open-now').first()
    await expect(openNow.locator('[data-label]')).toHaveText('Тимчасово зачинено')
    await expect(openNow.locator('[data-detail]')).toHaveText(
      'Ремонт; зачинено по 31.12.2030 включно',
    )
  })

  test('the browser re-checks closures against the real time: before the closure it is open', async ({
    page,
  }) => {
    // The page was built during the closure; a reader whose clock is before it sees it open.
    await page.clock.setFixedTime(new Date('2026-10-27T12:00:00+02:00'))
    await page.goto(CLOSED)
    await expect(page.locator('main open-now [data-label]').first()).toHaveText('Відчинено')
  })

  test('shows the resilience point and the shelter', async ({ page }) => {
    await page.goto('/biblioteky/biblioteka-khab-solomianka/')
    const status = page.locator('section[aria-labelledby="branch-status"]')
    await expect(status.locator('[data-resilience]')).toContainText('Генератор')
    await expect(status.locator('[data-shelter]')).toContainText('120\u00a0м')
  })
})

test.describe('«Де зараз відчинено»', () => {
  test('lists every branch by name with its live state and changed hours', async ({ page }) => {
    await page.clock.setFixedTime(TUESDAY_NOON)
    await page.goto(WHERE)
    const names = await page.locator('[data-where-list] > li h2').allTextContents()
    expect(names.length).toBeGreaterThan(10)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'uk')))
    await expect(card(page, 'Бібліотека № 14').locator('open-now [data-label]')).toHaveText(
      'Тимчасово зачинено',
    )
    // With JavaScript only the live state shows, never the build's.
    await expect(page.locator('[data-built-status]').first()).toBeHidden()
    await expect(card(page, 'Чоколівка').locator('open-now [data-hours]')).toHaveText(
      'Сьогодні 10:00–17:00',
    )
  })

  test('filters by open now, power and internet', async ({ page }) => {
    await page.clock.setFixedTime(TUESDAY_NOON)
    await page.goto(WHERE)
    const cards = page.locator('[data-where-list] > li')
    const total = await cards.count()
    await page.getByLabel('відчинено зараз').check()
    await expect(card(page, 'Бібліотека № 14')).toBeHidden()
    await expect(card(page, 'Чоколівка')).toBeVisible()
    await page.getByLabel('є світло').check()
    await expect(cards.filter({ visible: true })).toHaveCount(2)
    await page.getByLabel('відчинено зараз').uncheck()
    await page.getByLabel('є світло').uncheck()
    await page.getByLabel('є інтернет').check()
    await expect(card(page, 'Солом’янка')).toBeVisible()
    await expect(card(page, 'Бібліотека № 14')).toBeHidden()
    await page.getByLabel('є інтернет').uncheck()
    await expect(cards.filter({ visible: true })).toHaveCount(total)
  })

  test('sorts by distance with the reader’s permission, computed in the page', async ({
    page,
    context,
  }) => {
    // Next to «Бібліотека-хаб «Солом’янка»»: it comes first once sorted.
    const html = builtHtml(WHERE)
    const match =
      /data-branch="biblioteka-khab-solomianka"[^>]*data-latitude="([\d.]+)" data-longitude="([\d.]+)"/.exec(
        html,
      )
    expect(match).not.toBeNull()
    await context.grantPermissions(['geolocation'])
    await context.setGeolocation({ latitude: Number(match![1]), longitude: Number(match![2]) })
    const requests: { method: string; url: URL; body: string | null }[] = []
    page.on('request', (request) =>
      requests.push({
        method: request.method(),
        url: new URL(request.url()),
        body: request.postData(),
      }),
    )
    await page.goto(WHERE)
    const before = requests.length
    await page.getByRole('button', { name: 'Упорядкувати за відстанню від мене' }).click()
    await expect(page.locator('[data-sort-message]')).toContainText('за відстанню від вас')
    const first = page.locator('[data-where-list] > li').first()
    await expect(first.locator('h2')).toContainText('Солом’янка')
    await expect(first.locator('[data-distance]')).toHaveText('Від вас ≈ 0\u00a0м')
    const distances = await page.locator('[data-where-list] > li [data-distance]').allTextContents()
    expect(distances.filter((text) => text.includes('км')).length).toBeGreaterThan(0)
    // Nothing was sent anywhere: at most plain GETs of the site's own files, no query, no body.
    for (const request of requests.slice(before)) {
      expect(request.method).toBe('GET')
      expect(request.url.origin).toBe(new URL(page.url()).origin)
      expect(request.url.search).toBe('')
      expect(request.body).toBeNull()
    }
  })

  test('axe finds nothing, after sorting too', async ({ page, context }) => {
    await context.grantPermissions(['geolocation'])
    await context.setGeolocation({ latitude: 50.44, longitude: 30.47 })
    await page.goto(WHERE)
    await page.getByLabel('є світло').check()
    await page.getByRole('button', { name: 'Упорядкувати за відстанню від мене' }).click()
    await expect(page.locator('[data-sort-message]')).toContainText('за відстанню від вас')
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
})

test.describe('«Де зараз відчинено» without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('is sorted by name, states the build-time status and filters with CSS alone', async ({
    page,
  }) => {
    await page.goto(WHERE)
    await expect(page.getByRole('button', { name: /за відстанню/ })).toBeHidden()
    const names = await page.locator('[data-where-list] > li h2').allTextContents()
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'uk')))
    const closed = card(page, 'Бібліотека № 14')
    await expect(closed).toContainText(/Станом на \d\d\.\d\d\.\d{4}, \d\d:\d\d: Тимчасово зачинено/)
    await page.getByLabel('є світло').check()
    await expect(closed).toBeHidden()
    await expect(card(page, 'Солом’янка')).toBeVisible()
  })

  test('filters by neighbourhood with CSS alone, and names it on every card', async ({ page }) => {
    await page.goto(WHERE)
    const cards = page.locator('[data-where-list] > li')
    const total = await cards.count()
    // content/samples/branches.json: three branches stand in Чоколівка.
    await expect(card(page, 'Бібліотека № 12')).toContainText('Чоколівка')
    await page.getByLabel('Місцевість').selectOption({ label: 'Чоколівка (3)' })
    await expect(cards.filter({ visible: true })).toHaveCount(3)
    for (const name of ['Чоколівка', 'Копиленка', 'Бібліотека № 12'])
      await expect(card(page, name)).toBeVisible()
    await expect(card(page, 'Бібліотека № 14')).toBeHidden()
    await page.getByLabel('Місцевість').selectOption({ label: 'усі місцевості' })
    await expect(cards.filter({ visible: true })).toHaveCount(total)
  })
})

test.describe('open data', () => {
  test('status.json and status.csv describe every branch', async ({ request }) => {
    const json = (await (await request.get('/biblioteky/status.json')).json()) as {
      generatedAt: string
      branches: { slug: string; closures: { reason: string }[]; resiliencePoint: unknown }[]
    }
    expect(Number.isNaN(Date.parse(json.generatedAt))).toBe(false)
    const closed = json.branches.find((branch) => branch.slug === 'biblioteka-no-14')
    expect(closed?.closures.map((entry) => entry.reason)).toEqual(['renovation'])
    const hub = json.branches.find((branch) => branch.slug === 'biblioteka-khab-solomianka')
    expect(hub?.resiliencePoint).toMatchObject({ power: true, internet: true, chargingPlaces: 20 })
    const csv = await (await request.get('/biblioteky/status.csv')).text()
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toMatch(/^slug,name,url,/)
    expect(lines).toHaveLength(json.branches.length + 1)
  })
})
