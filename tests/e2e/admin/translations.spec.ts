import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { signInToAdmin } from '../support/adminSignIn'

/**
 * The way to «Англійські версії» (/admin/pereklady, issue #16): a link in the admin's side menu
 * on every page and one on the desk, both in Ukrainian; the view they open and the menu link
 * itself pass axe (limited to our parts: Payload's own are its maintainers' to fix).
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

test.use({ viewport: { width: 1280, height: 860 } })

test('the side menu leads to «Англійські версії» from any admin page, marked there as current', async ({
  page,
}) => {
  await signIn(page)
  await page.goto('/admin/collections/news')
  const menuLink = page.locator('nav').getByRole('link', { name: 'Англійські версії' })
  await expect(menuLink).toHaveAttribute('href', '/admin/pereklady')
  // At this width the side menu starts closed (inert); it opens with Payload's own button.
  await page.getByRole('button', { name: 'Відкрити Меню' }).click()
  await expect(menuLink).toBeVisible()
  expect(await violationsIn(page, '#nav-translations')).toEqual([])
  await menuLink.click()
  await expect(page).toHaveURL(/\/admin\/pereklady$/)
  const view = page.getByTestId('translations')
  await expect(view.getByRole('heading', { level: 1, name: 'Англійські версії' })).toBeVisible()
  await expect(view.getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expect(page.locator('#nav-translations')).toHaveAttribute('aria-current', 'page')
  expect(await violationsIn(page, '[data-testid="translations"]')).toEqual([])
  expect(await violationsIn(page, '#nav-translations')).toEqual([])
})

test('the desk links to «Англійські версії» beside the editor’s guide', async ({ page }) => {
  await signIn(page)
  const desk = page.getByTestId('desk')
  await desk.getByRole('link', { name: 'Англійські версії' }).click()
  await expect(page).toHaveURL(/\/admin\/pereklady$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Англійські версії' })).toBeVisible()
})
