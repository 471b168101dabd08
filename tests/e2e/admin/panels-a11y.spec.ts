import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { signInToAdmin } from '../support/adminSignIn'

/**
 * axe on our own admin panels (the publisher's and the import's), opened and used by keyboard
 * as far as a test can without a build or an upload: Payload's own parts of the page are its
 * maintainers' to fix, so each check is limited to our component.
 */
async function signIn(page: Page) {
  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
}

async function violationsIn(page: Page, selector: string) {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }))
}

test('the publisher panel: axe finds nothing, its rollback list opens by keyboard', async ({
  page,
}) => {
  await signIn(page)
  await page.goto('/admin/globals/publisher')
  const panel = page.getByTestId('publisher-panel')
  await expect(panel.getByRole('heading', { name: 'Стан публікації' })).toBeVisible()
  await expect(panel.getByTestId('publisher-state')).not.toBeEmpty()
  expect(await violationsIn(page, '[data-testid="publisher-panel"]')).toEqual([])
  const rebuild = panel.getByRole('button', { name: 'Перезібрати сайт зараз' })
  await rebuild.focus()
  await expect(rebuild).toBeFocused()
})

test('the import panel: axe finds nothing, closed and opened, and it opens by keyboard', async ({
  page,
}) => {
  await signIn(page)
  await page.goto('/admin/collections/items')
  const toggle = page.getByRole('button', { name: /Імпорт з таблиці/ })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(await violationsIn(page, 'section.items-import')).toEqual([])
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Сховати імпорт' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(page.getByLabel(/Таблиця \(CSV/)).toBeVisible()
  await expect(page.getByLabel(/Колекція для рядків/)).toContainText(/\S/)
  expect(await violationsIn(page, 'section.items-import')).toEqual([])
  // Without a sheet the panel says what is missing, where a screen reader hears it.
  await page.getByRole('button', { name: 'Перевірити (пробний запуск)' }).click()
  // (Next.js keeps its own empty route announcer with role=alert in every page.)
  await expect(page.locator('section.items-import').getByRole('alert')).toContainText(
    'Оберіть файл таблиці',
  )
  expect(await violationsIn(page, 'section.items-import')).toEqual([])
})
