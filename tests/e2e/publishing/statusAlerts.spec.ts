import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { repoRoot } from '@cms/config/paths'
import { fullStack } from '../support/fullStack'
import { addDays, kyivDay } from '@domain/time/kyivTime'

// The whole stack as `npm start` runs it, on its own data and ports: an editor closes a branch
// and posts an urgent network-wide alert, and a reader sees both on the served site.
const stack = fullStack({
  name: 'status',
  cmsPort: 3231,
  sitePort: 4351,
  previewPort: 4361,
  env: {
    // The real build, which waits while HOLD_BUILDS exists (see the last tests).
    SITE_BUILD_COMMAND: `${process.execPath} ${path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')} tests/e2e/support/faultableBuild.ts {outDir}`,
  },
})
const CMS = stack.cms
const SITE = stack.site
const token = stack.token
const served = stack.served
/**
 * How long to wait for the change to be served. The target (10 s) is measured by
 * `npm run bench:publish`, not asserted here: a loaded machine must not fail the test.
 */
const WAIT_MS = 120_000

/** While this file exists, a started build waits (tests/e2e/support/faultableBuild.ts). */
const HOLD_BUILDS = path.join(stack.dataDir, 'hold-builds')

/** Waits until the publisher is idle, so that the measured change starts from a quiet state. */
async function publisherIdle(request: APIRequestContext, auth: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (
          (await (
            await request.get(`${CMS}/api/globals/publisher`, {
              headers: { Authorization: `JWT ${auth}` },
            })
          ).json()) as { state?: string }
        ).state,
      { timeout: 120_000 },
    )
    .toBe('idle')
}

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  await stack.start()
})

test.afterAll(() => stack.stop())

test('an editor closes a branch and posts an urgent alert: both are served within the limit', async ({
  request,
  page,
}) => {
  const auth = await token(request)
  const headers = { Authorization: `JWT ${auth}` }
  await publisherIdle(request, auth)
  const found = await request.get(`${CMS}/api/branches?where[name][like]=Стуса&depth=0`, {
    headers,
  })
  const branch = ((await found.json()) as { docs: { id: number; slug: string }[] }).docs[0]!
  const today = kyivDay(new Date())
  const text = 'Через знеструмлення всі бібліотеки сьогодні працюють до 16:00'

  const saved = Date.now()
  const closing = await request.patch(`${CMS}/api/branches/${branch.id}`, {
    headers,
    data: {
      closures: [
        { from: today, to: addDays(today, 1), reason: 'no-heating', note: 'Немає опалення' },
      ],
      _status: 'published',
    },
  })
  expect(closing.status(), await closing.text()).toBe(200)
  const alert = await request.post(`${CMS}/api/alerts`, {
    headers,
    data: {
      text,
      level: 'urgent',
      scope: 'network',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
      _status: 'published',
    },
  })
  expect(alert.status(), await alert.text()).toBe(201)

  const branchPage = `/biblioteky/${branch.slug}/`
  await expect
    .poll(async () => (await served(branchPage)).includes('data-closures'), {
      timeout: WAIT_MS,
      intervals: [250],
    })
    .toBe(true)
  await expect
    .poll(async () => (await served('/')).includes(text), { timeout: WAIT_MS, intervals: [250] })
    .toBe(true)
  test.info().annotations.push({
    type: 'save → served',
    description: `${((Date.now() - saved) / 1000).toFixed(1)} s`,
  })

  await page.goto(`${SITE}${branchPage}`)
  await expect(page.locator('[data-closures]')).toBeVisible()
  await expect(page.getByRole('alert')).toContainText(text)
  await expect(page.locator('main open-now [data-label]').first()).toHaveText('Тимчасово зачинено')

  await page.goto(`${SITE}/`)
  await expect(page.getByRole('alert')).toContainText(text)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])

  // Closed for the session: gone on the next page too, back in a new session.
  await page.getByRole('button', { name: /Закрити/ }).click()
  await expect(page.getByRole('alert')).toBeHidden()
  await page.goto(`${SITE}/biblioteky/`)
  await expect(page.getByRole('alert')).toBeHidden()
  const fresh = await page.context().browser()!.newPage()
  await fresh.goto(`${SITE}/biblioteky/`)
  await expect(fresh.getByRole('alert')).toContainText(text)
  await fresh.close()
})

test('an alert whose end has passed disappears from a cached page at once', async ({ page }) => {
  await page.clock.setFixedTime(new Date(Date.now() + 4 * 3_600_000))
  await page.goto(`${SITE}/`)
  await expect(page.locator('[data-alert]')).toBeHidden()
})

test('with the release held back, pages read a new alert and closure from the live status', async ({
  request,
  page,
}) => {
  const auth = await token(request)
  const headers = { Authorization: `JWT ${auth}` }
  await publisherIdle(request, auth)
  const found = await request.get(`${CMS}/api/branches?where[name][like]=Чоколівка&depth=0`, {
    headers,
  })
  const branch = ((await found.json()) as { docs: { id: number; slug: string }[] }).docs[0]!
  const branchPage = `/biblioteky/${branch.slug}/`
  const today = kyivDay(new Date())
  const text = 'Через аварію на тепломережі бібліотека сьогодні зачинена'

  await writeFile(HOLD_BUILDS, '')
  try {
    const saved = Date.now()
    const closing = await request.patch(`${CMS}/api/branches/${branch.id}`, {
      headers,
      data: {
        closures: [{ from: today, to: today, reason: 'no-heating' }],
        _status: 'published',
      },
    })
    expect(closing.status(), await closing.text()).toBe(200)
    const alert = await request.post(`${CMS}/api/alerts`, {
      headers,
      data: {
        text,
        level: 'urgent',
        scope: 'branch',
        branch: branch.id,
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
        _status: 'published',
      },
    })
    expect(alert.status(), await alert.text()).toBe(201)

    // The served HTML is still the previous release's; the page's script reads the bundle.
    await expect(async () => {
      await page.goto(`${SITE}${branchPage}`)
      // The first test's network-wide alert is still on: this one joins it.
      await expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible({
        timeout: 2000,
      })
    }).toPass({ timeout: WAIT_MS })
    test.info().annotations.push({
      type: 'save → shown by the live status',
      description: `${((Date.now() - saved) / 1000).toFixed(1)} s`,
    })
    expect(await served(branchPage)).not.toContain(text)
    await expect(page.locator('main open-now [data-label]').first()).toHaveText(
      'Тимчасово зачинено',
    )
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
    // A branch's alert stays on its own page.
    await page.goto(`${SITE}/`)
    await expect(page.locator('html')).toHaveAttribute('data-live-status', /Z$/)
    await expect(page.getByText(text)).toHaveCount(0)
  } finally {
    await rm(HOLD_BUILDS, { force: true })
  }
  // Once the release is let through, the HTML itself says it, for readers without script.
  await expect
    .poll(async () => (await served(branchPage)).includes(text), {
      timeout: WAIT_MS,
      intervals: [500],
    })
    .toBe(true)
})

test('offline, a branch page shows the status it saved, with its age', async ({
  page,
  context,
}) => {
  const found = await fetch(`${CMS}/api/branches?where[name][like]=Чоколівка&depth=0`)
  const branch = ((await found.json()) as { docs: { slug: string }[] }).docs[0]!
  const branchPage = `${SITE}/biblioteky/${branch.slug}/`
  await page.goto(branchPage)
  // Once the worker controls the page, the page and the live status pass through its caches.
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true)
  await page.reload()
  await expect
    .poll(() =>
      page.evaluate(async () =>
        Boolean(await (await caches.open('stan')).match('/stan/status.json')),
      ),
    )
    .toBe(true)
  await context.setOffline(true)
  // Read a quarter of an hour later: the saved status is that old.
  await page.clock.setFixedTime(new Date(Date.now() + 15 * 60_000))
  await page.goto(branchPage)
  const note = page.locator('[data-offline-note]')
  await expect(note).toContainText('Немає зв’язку: сторінку збережено')
  await expect(note).toContainText(/Стан бібліотек і оголошення — збережені 1[45]\u00a0хвилин тому/)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  await context.setOffline(false)
})
