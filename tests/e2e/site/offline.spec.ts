import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// The service worker (site/offline/) on the built site in Chromium: a reader opens one page,
// the connection drops, and what was saved stays readable, saying how old it is.

/** Waits until the worker controls the page (the next navigation then passes through it). */
async function controlled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true)
}

/** Waits until the branch pages are kept for a blackout. */
async function readyForOffline(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const cache = await caches.open('storinky')
        return (
          Boolean(await cache.match('/biblioteky/')) &&
          Boolean(await cache.match('/biblioteky/zaraz/'))
        )
      }),
    )
    .toBe(true)
}

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)

test.describe('offline', () => {
  test('after one visit, the branch list opens without a connection and says how old it is', async ({
    page,
    context,
  }) => {
    await page.goto('/pro-nas/')
    // The first load installs the worker; the next is controlled by it, and kept.
    await controlled(page)
    await page.reload()
    await readyForOffline(page)
    await expect(page.locator('[data-offline-note]')).toBeHidden()

    await context.setOffline(true)
    await page.goto('/biblioteky/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Бібліотеки/)
    const note = page.locator('[data-offline-note]')
    await expect(note).toBeVisible()
    await expect(note).toContainText('Немає зв’язку: сторінку збережено, дані станом на')
    // A page read before is there too.
    await page.goto('/pro-nas/')
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
      'Немає з’єднання з мережею',
    )
    await expect(note).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('a page never opened gives the offline page, which lists what is saved', async ({
    page,
    context,
  }) => {
    await page.goto('/')
    await controlled(page)
    await readyForOffline(page)
    await context.setOffline(true)
    await page.goto('/novyny/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Немає з’єднання з мережею')
    await expect(page.locator('[data-saved-pages] a[href="/biblioteky/"]')).toBeVisible()
    await expect(page.locator('[data-saved-pages] a[href="/biblioteky/zaraz/"]')).toBeVisible()
    await expect(page.locator('[data-saved-pages] li').first()).toContainText('збережено')
    expect(await violations(page)).toEqual([])
    // Back online, the same address is the real page again.
    await context.setOffline(false)
    await page.goto('/novyny/')
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
      'Немає з’єднання з мережею',
    )
  })
})
