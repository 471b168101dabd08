import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { outDir } from './pages'

type NewsRow = { slug: string; title: string; published_at: string; programme_tasks: string[] }

/** The news data set of the build under test: what was published, with its tasks. */
const publishedNews = () =>
  JSON.parse(readFileSync(path.join(outDir, 'vidkryti-dani', 'novyny.json'), 'utf8')) as NewsRow[]

test.describe('the programme in action', () => {
  test('a news item tagged with a task appears on the task’s page, which links back to its section', async ({
    page,
  }) => {
    const tagged = publishedNews()
      .filter((row) => row.programme_tasks.includes('biblioteky-khaby'))
      .sort((a, b) => b.published_at.localeCompare(a.published_at))[0]
    expect(tagged, 'the sample has a published news item for the task').toBeDefined()
    await page.goto('/prohrama/')
    await page.getByRole('link', { name: 'Бібліотеки-хаби' }).click()
    await expect(page).toHaveURL(/\/prohrama\/biblioteky-khaby\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бібліотеки-хаби')
    await expect(page.locator(`a[href="/novyny/${tagged!.slug}/"]`)).toBeVisible()
    // The numbers behind the chart are in a table for everyone, screen readers included.
    await expect(page.getByRole('table', { name: /за роками/ })).toBeVisible()

    await page.getByRole('link', { name: /Програма розвитку ЦБС/ }).click()
    await expect(page).toHaveURL(/\/dokumenty\/prohrama-rozvytku-2016-2021\/#ii-zavdannia$/)
    await expect(page.locator('#ii-zavdannia')).toHaveText(/Завдання/)
    await expect(page.getByRole('link', { name: /Бібліотеки-хаби/ })).toHaveAttribute(
      'href',
      '/prohrama/biblioteky-khaby/',
    )
  })
})

test.describe('open data', () => {
  test('every link of the open data page and of each data set’s page works', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await page.getByRole('contentinfo').getByRole('link', { name: 'Відкриті дані' }).click()
    await expect(page).toHaveURL(/\/vidkryti-dani\/$/)
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    const setPages = hrefs.filter((href) => /^\/vidkryti-dani\/[a-z-]+\/$/.test(href))
    expect(setPages).toHaveLength(6)
    const all = new Set(hrefs)
    for (const setPage of setPages) {
      await page.goto(setPage)
      for (const href of await page
        .locator('main a[href^="/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))
        all.add(href)
    }
    // Five data sets have a CSV (branches, documents, items, events, programme tasks), and so
    // has the branches' status (/biblioteky/status.csv).
    expect([...all].filter((href) => href.endsWith('.csv'))).toHaveLength(6)
    expect(all).toContain('/biblioteky/status.json')
    // The events' calendars: the network's, and per branch and audience behind a disclosure.
    expect(all).toContain('/podii/kalendar.ics')
    expect([...all].filter((href) => href.endsWith('.ics')).length).toBeGreaterThan(5)
    for (const href of all) {
      const response = await request.get(href)
      expect(response.status(), href).toBe(200)
      const text = await response.text()
      if (href.endsWith('.json') || href.endsWith('.geojson'))
        expect(() => JSON.parse(text) as unknown, href).not.toThrow()
      if (href.endsWith('.ics')) expect(text.startsWith('BEGIN:VCALENDAR'), href).toBe(true)
    }
  })
})
