import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'
import ICAL from 'ical.js'

import { LOCAL_ADMIN } from '@cms/config/env'
import { buildSiteFromCms, serveBuiltSite } from '../support/builtSite'
import { E2E_SITE_NOW } from '../support/ports'
import { signInToAdmin } from '../support/adminSignIn'

/** A port of its own for the site this spec builds after publishing. */
const SITE_PORT = 4338
const BRANCH = 'Бібліотека-хаб «Чоколівка»'

/**
 * Picks an option of a Payload select or relationship field (react-select) by its text. A
 * relationship loads its options a page at a time: typing narrows them, as an editor would.
 */
async function choose(page: Page, fieldId: string, option: string, typed?: string): Promise<void> {
  await page.locator(`#${fieldId}`).click()
  if (typed) await page.locator(`#${fieldId} input`).first().fill(typed)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

test('an editor creates a weekly club in the admin, publishes it, and it is on the events page, its branch’s page and in the calendar feeds', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000)
  // The admin previews dates from "now": the same fixed day the site is built on below.
  await page.clock.setFixedTime(new Date(E2E_SITE_NOW))
  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)

  const title = `Клуб любителів поезії ${test.info().repeatEachIndex}${Date.now() % 100000}`
  await page.goto('/admin/collections/events/create')
  await page.locator('#field-title').fill(title)
  await choose(page, 'field-category', 'Клуб')
  await choose(page, 'field-audiences', 'Дорослі')
  await choose(page, 'field-branches', BRANCH, 'Чоколівка')
  await choose(page, 'field-schedule__kind', 'Регулярно (правило)')
  await page.locator('#field-schedule__date').fill('2026-12-01')
  await page.locator('#field-schedule__startTime').fill('18:00')
  await page.locator('#field-schedule__endTime').fill('19:30')
  await choose(page, 'field-schedule__weekdays', 'вівторок')
  await page.locator('#field-schedule__until').fill('2027-02-23')
  // The next dates appear in Ukrainian as the editor types.
  const preview = page.getByRole('region', { name: /Найближчі дати/ })
  await expect(preview.locator('ol li').first()).toContainText('01.12.2026, 18:00')
  await expect(preview.locator('ol li')).toHaveCount(10)

  await page.getByRole('button', { name: 'Опублікувати зміни' }).click()
  await expect(page.getByText(/успішно/).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/collections\/events\/\d+/)

  const { docs } = (await (
    await request.get('/api/events', { params: { 'where[title][equals]': title, depth: '1' } })
  ).json()) as {
    docs: { slug: string; schedule: { rule: string }; branches: { slug: string }[] }[]
  }
  expect(docs).toHaveLength(1)
  const [event] = docs
  expect(event!.schedule.rule).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU')
  const branchSlug = event!.branches[0]!.slug

  // The publisher's build, on the same fixed day.
  const work = await mkdtemp(path.join(os.tmpdir(), 'cbs-e2e-event-'))
  const outDir = path.join(work, 'site')
  let server: Awaited<ReturnType<typeof serveBuiltSite>> | undefined
  try {
    await buildSiteFromCms(outDir, { SITE_NOW: E2E_SITE_NOW })
    server = await serveBuiltSite(outDir, SITE_PORT)
    const site = server.url
    const link = page.locator(`a[href="/podii/${event!.slug}/"]`).first()

    await page.goto(`${site}/podii/`)
    await expect(link).toBeVisible()
    await expect(link).toHaveText(title)
    await page.goto(`${site}/biblioteky/${branchSlug}/`)
    await expect(link).toBeVisible()
    await page.goto(`${site}/podii/${event!.slug}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.locator('.occurrences li:not([data-time-empty])').first()).toContainText(
      '1 грудня',
    )

    // The network's feed and the branch's feed carry the series as one rule, at 18:00 Kyiv time.
    for (const feed of ['/podii/kalendar.ics', `/podii/kalendar/biblioteka/${branchSlug}.ics`]) {
      const text = await (await page.request.get(`${site}${feed}`)).text()
      const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
      const series = calendar
        .getAllSubcomponents('vevent')
        .find((vevent) => vevent.getFirstPropertyValue('summary') === title)
      expect(series, `${feed} has the club`).toBeDefined()
      expect(String(series!.getFirstPropertyValue('rrule'))).toContain('FREQ=WEEKLY')
      const start = series!.getFirstPropertyValue('dtstart') as ICAL.Time
      expect(start.toString()).toBe('2026-12-01T18:00:00')
    }
  } finally {
    server?.stop()
    await rm(work, { recursive: true, force: true })
  }
})
