import { expect, type Page } from '@playwright/test'

const DESK = /\/admin\/?$/

/**
 * Signs in through the admin's login form and waits for the desk. A form filled before React has
 * hydrated it can lose a field to hydration (seen on CI: the e-mail field empty, the form refusing
 * to send), so the form is filled and sent again until the sign-in has left the login page.
 */
export async function signInToAdmin(
  page: Page,
  email: string,
  password: string,
  /** The CMS's origin, for a spec without a baseURL (one that starts its own stack). */
  cmsOrigin = '',
): Promise<void> {
  await page.goto(`${cmsOrigin}/admin/login`)
  await expect(async () => {
    if (DESK.test(new URL(page.url()).pathname)) return
    await page.getByLabel('Електронна пошта').fill(email, { timeout: 5_000 })
    await page.getByLabel('Пароль').fill(password, { timeout: 5_000 })
    await page.getByRole('button', { name: 'Увійти' }).click({ timeout: 5_000 })
    await page.waitForURL(DESK, { timeout: 10_000 })
  }).toPass({ timeout: 45_000 })
}
