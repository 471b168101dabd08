import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { resultPath } from '@domain/registration/pages'
import { slugify } from '@domain/slugs/transliterate'
import { urls } from '@domain/urls/urls'
import { E2E } from '../support/ports'

/**
 * A visitor registers for a sample club's date on the built site, against the running CMS:
 * with JavaScript (proof of work, inline answer, places left) and without it (a plain POST to
 * the CMS, then its redirect to the site's static confirmation page). The sample «Гурток
 * робототехніки» meets weekly with 8 places and a waiting list.
 */
const EVENT_PATH = urls.event(slugify('Гурток робототехніки'))

async function placesLeft(page: Page, event: string, occurrence: string): Promise<number> {
  const response = await page.request.get(
    `${E2E.cmsUrl}/api/registration/places?event=${event}&occurrence=${encodeURIComponent(occurrence)}`,
  )
  expect(response.status()).toBe(200)
  return ((await response.json()) as { remaining: number }).remaining
}

/** Fills the form as a person types (a few seconds, as the forms' minimum fill time expects). */
async function fill(page: Page, name: string, contact: string) {
  const form = page.locator('section[data-registration] form')
  await form.getByLabel('Ім’я та прізвище').pressSequentially(name, { delay: 120 })
  await form.getByLabel('Телефон або e-mail').pressSequentially(contact, { delay: 120 })
  await form.getByLabel(/Коментар/).fill('Прийдемо з сином')
  await form.getByLabel(/Я погоджуюся/).check()
  return form
}

/**
 * The first date still open by the CMS's clock. The e2e site is built on a fixed day
 * (E2E_SITE_NOW), but the CMS registers by the real clock: a date open on the build day may
 * already be closed when the suite runs.
 */
async function chosenDate(page: Page): Promise<{ event: string; occurrence: string }> {
  const section = page.locator('section[data-registration]')
  const event = (await section.getAttribute('data-event'))!
  const select = section.locator('select[name="occurrence"]')
  if ((await select.count()) === 0)
    return { event, occurrence: await section.locator('[name="occurrence"]').first().inputValue() }
  const open = await select
    .locator('option')
    .evaluateAll(
      (options, after) =>
        options
          .filter((option) => Date.parse(option.getAttribute('data-ends') ?? '') > after)
          .map((option) => (option as HTMLOptionElement).value),
      Date.now() + 3_600_000,
    )
  expect(open.length, 'a sample date still open').toBeGreaterThan(0)
  await select.selectOption(open[0]!)
  return { event, occurrence: open[0]! }
}

test('a visitor registers with JavaScript: the answer and the places left show in place', async ({
  page,
}) => {
  await page.goto(EVENT_PATH)
  const section = page.locator('section[data-registration]')
  await expect(section.getByRole('heading', { name: 'Реєстрація' })).toBeVisible()
  await expect(section.getByRole('link', { name: 'як ми їх обробляємо' })).toHaveAttribute(
    'href',
    urls.page('pryvatnist'),
  )
  const { event, occurrence } = await chosenDate(page)
  const before = await placesLeft(page, event, occurrence)
  await expect(section.locator('[data-places-left]')).toContainText(
    `Вільних місць на цю дату: ${before}`,
  )
  const form = await fill(page, 'Олена Петренко', 'olena@example.org')
  await form.getByRole('button', { name: 'Зареєструватися' }).click()
  await expect(form.locator('[data-result]')).toContainText('Вас зареєстровано')
  expect(await placesLeft(page, event, occurrence)).toBe(before - 1)
  await expect(section.locator('[data-places-left]')).toContainText(
    `Вільних місць на цю дату: ${before - 1}`,
  )
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor registers with a plain form and lands on the static confirmation page', async ({
    page,
  }) => {
    await page.goto(EVENT_PATH)
    const { event, occurrence } = await chosenDate(page)
    const before = await placesLeft(page, event, occurrence)
    const form = await fill(page, 'Петро Іваненко', '067 123 45 67')
    await form.getByRole('button', { name: 'Зареєструватися' }).click()
    await expect(page).toHaveURL(new URL(resultPath('confirmed'), E2E.siteUrl).href)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вас зареєстровано')
    expect(await placesLeft(page, event, occurrence)).toBe(before - 1)
  })
})

test('axe finds nothing on the registration form and its result pages', async ({ page }) => {
  for (const path of [
    EVENT_PATH,
    resultPath('confirmed'),
    resultPath('waiting'),
    resultPath('cancelled'),
    urls.formError('registration-full'),
  ]) {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    expect(results.violations.map((violation) => `${path}: ${violation.id}`)).toEqual([])
  }
})
