import { expect, test } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { fullStack } from '../support/fullStack'

// The whole stack as `npm start` runs it, on its own data and ports (#16): an editor adds an
// English translation to a Ukrainian news item in the admin and publishes it; the release serves
// the English page with hreflang pairs both ways, and English search finds it.
const stack = fullStack({ name: 'english', cmsPort: 3233, sitePort: 4353, previewPort: 4363 })
const CMS = stack.cms
const SITE = stack.site

test.describe.configure({ mode: 'serial', timeout: 900_000 })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  await stack.start()
})

test.afterAll(() => stack.stop())

test('an English translation written in the admin is published, linked both ways and found', async ({
  request,
  page,
}) => {
  const headers = { Authorization: `JWT ${await stack.token(request)}` }
  const marker = String(Date.now())
  const created = await request.post(`${CMS}/api/news`, {
    headers,
    data: {
      title: `Вечір настільних ігор з квокками ${marker}`,
      excerpt: 'Граємо в настільні ігри щоп’ятниці.',
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const news = ((await created.json()) as { doc: { id: number; slug: string } }).doc

  // The editor opens the item in English: empty (no Ukrainian passed off as English), then writes it.
  // Signed in through the page's own request context: Payload's login sets the session cookie
  // there (the login form itself is covered by the admin specs).
  const login = await page.request.post(`${CMS}/api/users/login`, { data: LOCAL_ADMIN })
  expect(login.status()).toBe(200)
  await page.goto(`${CMS}/admin/collections/news/${news.id}?locale=en`)
  const title = page.locator('#field-title')
  await expect(title).toBeVisible()
  await expect(title).toHaveValue('')
  const englishTitle = `Board games evening with quokkas ${marker}`
  await title.fill(englishTitle)
  await page.locator('#field-excerpt').fill('We play board games every Friday.')
  await page.getByRole('button', { name: 'Опублікувати зміни' }).click()

  // The save is done when the API reads the English title back (the toast may be gone by then).
  const readEnglish = async () =>
    (await (
      await request.get(`${CMS}/api/news/${news.id}?locale=en&depth=0`, { headers })
    ).json()) as { title?: string; slug: string }
  await expect.poll(async () => (await readEnglish()).title).toBe(englishTitle)
  const english = await readEnglish()
  const englishPath = `/en/news/${english.slug}/`
  const ukrainianPath = `/novyny/${news.slug}/`

  // The release that follows serves the English page.
  await expect
    .poll(async () => (await fetch(`${SITE}${englishPath}`)).status, {
      timeout: 600_000,
      intervals: [2000],
    })
    .toBe(200)

  await page.goto(`${SITE}${englishPath}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle)
  await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute(
    'href',
    `${SITE}${ukrainianPath}`,
  )
  await page.goto(`${SITE}${ukrainianPath}`)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    `${SITE}${englishPath}`,
  )

  // English search finds it by another form of its words; the Ukrainian search does not list it.
  await page.goto(`${SITE}/en/search/?q=quokka`)
  const first = page.locator('#search-results .search-result h2 a').first()
  await expect(first).toHaveText(englishTitle)
  await expect(first).toHaveAttribute('href', englishPath)
  await page.goto(`${SITE}/poshuk/?q=${encodeURIComponent('квокками')}`)
  await expect(page.locator('#search-results .search-result h2 a').first()).toHaveAttribute(
    'href',
    ukrainianPath,
  )
  await expect(page.locator(`#search-results a[href="${englishPath}"]`)).toHaveCount(0)
})
