import { expect, test, type Page } from '@playwright/test'

// Sample content (content/samples/documents.json): the 2026 work plan is valid from 1 January to
// 31 December 2026. The e2e site is built while it is in force; the reader's clock decides.
const PLAN = 'План роботи ЦБС Солом’янського району на 2026 рік'

async function openPlan(page: Page): Promise<void> {
  await page.goto('/dokumenty/')
  await page.getByRole('link', { name: PLAN }).first().click()
  await expect(page.locator('h1')).toHaveText(PLAN)
}

test.describe('time-aware elements', () => {
  test('a document read after its last day says it expired, whatever the build said', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2027-01-01T00:00:30+02:00'))
    await openPlan(page)
    await expect(page.locator('article p .status')).toHaveText('Утратив чинність')
    await expect(page.locator('article p .status')).toHaveAttribute('data-state', 'expired')
  })

  test('an open page changes at the instant the last day ends in Kyiv', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-31T23:59:00+02:00') })
    await openPlan(page)
    await expect(page.locator('article p .status')).toHaveText('Чинний')
    await page.clock.runFor(61_000)
    await expect(page.locator('article p .status')).toHaveText('Утратив чинність')
  })

  test('before its first day it is not yet in force', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-12-31T12:00:00+02:00'))
    await openPlan(page)
    await expect(page.locator('article p .status')).toHaveText('Ще не набрав чинності')
  })
})
