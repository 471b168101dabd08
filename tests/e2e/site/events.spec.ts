import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

import { builtHtml, samplePages } from './pages'

// Sample content (content/samples/events.json): weekly clubs from September 2026 to spring 2027,
// «Фестиваль дитячої книжки» on 20–22 March 2027 with its 21 March cancelled. The e2e site is built
// while these dates are ahead; the reader's clock (fixed below) decides what a page hides.

const FESTIVAL = '/podii/festyval-dytiachoi-knyzhky/'

/** The instant the build read its content: the pages say it. */
function builtAt(): Date {
  const match = /Станом на <time datetime="([^"]+)"/.exec(builtHtml('/podii/'))
  if (!match) throw new Error('The events list does not say when it was built')
  return new Date(match[1]!)
}

test.describe('events on the site', () => {
  test('the list is grouped by Kyiv day, with filters as plain links', async ({ page }) => {
    await page.clock.setFixedTime(builtAt())
    await page.goto('/podii/')
    await expect(page.getByRole('heading', { level: 1, name: 'Події' })).toBeVisible()
    const days = page.locator('.event-day')
    expect(await days.count()).toBeGreaterThan(5)
    await expect(days.first().locator('h2 time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/)
    const filters = page.getByRole('navigation', { name: 'Фільтри подій' })
    // Groups other than «Коли» start closed, as disclosures.
    await filters.getByText('Для кого', { exact: true }).click()
    await filters.getByRole('link', { name: 'Для дітей' }).click()
    await expect(page).toHaveURL(/\/podii\/dlia\/dity\/$/)
    await expect(filters.getByRole('link', { name: 'Для дітей', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  test('a cancelled date shows as cancelled on the event page and in its calendar file', async ({
    page,
    request,
  }) => {
    await page.clock.setFixedTime(builtAt())
    await page.goto(FESTIVAL)
    const cancelled = page.locator('.occurrences li.state-cancelled')
    await expect(cancelled).toHaveCount(1)
    await expect(cancelled).toContainText('Скасовано')
    await expect(cancelled).toContainText('21 березня')
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
    const statuses = jsonLd
      .map((text) => (JSON.parse(text) as { eventStatus?: string }).eventStatus)
      .filter(Boolean)
    expect(statuses).toContain('https://schema.org/EventCancelled')

    const ics = await (await request.get('/podii/kalendar/festyval-dytiachoi-knyzhky.ics')).text()
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[])
    const events = calendar.getAllSubcomponents('vevent')
    expect(events.map((event) => event.getFirstPropertyValue('status'))).toContain('CANCELLED')
  })

  test('a date moved online links its meeting and tells search engines so', async ({ page }) => {
    await page.clock.setFixedTime(builtAt())
    await page.goto('/podii/knyzhkovyi-klub-suchasna-proza/')
    const moved = page.locator('.occurrences li.state-moved')
    await expect(moved).toHaveCount(1)
    await expect(moved.getByRole('link', { name: 'Онлайн' })).toHaveAttribute(
      'href',
      'https://meet.example.org/suchasna-proza',
    )
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents())
      .map((text) => JSON.parse(text) as { eventStatus?: string; location?: { url?: string } })
      .filter((entry) => entry.eventStatus?.endsWith('EventMovedOnline'))
    expect(jsonLd).toHaveLength(1)
    expect(jsonLd[0]!.location?.url).toBe('https://meet.example.org/suchasna-proza')
  })

  test('dates that ended by the time the page is read are hidden, without a rebuild', async ({
    page,
  }) => {
    // Read long after the build: every listed date is over.
    await page.clock.setFixedTime(new Date(builtAt().getTime() + 400 * 86_400_000))
    await page.goto('/podii/')
    await expect(page.locator('.event-entry:visible')).toHaveCount(0)
    await expect(page.locator('.event-day:visible')).toHaveCount(0)
  })

  test('pages of every new type have a canonical address and the menu links to events', async ({
    page,
  }) => {
    const pages = samplePages()
    for (const path of [pages.events, pages.eventsMonth, pages.event, pages.eventsArchive]) {
      await page.goto(path)
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1)
    }
    await expect(page.locator('table caption')).toHaveCount(0)
    await page.goto(pages.eventsMonth)
    await expect(page.locator('table.month-table caption')).toContainText('час київський')
    await expect(page.locator('table.month-table th[scope="col"]')).toHaveCount(5)
  })
})
