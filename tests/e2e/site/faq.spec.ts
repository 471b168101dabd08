import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { urls } from '@domain/urls/urls'
import { FAQ_FIXTURES } from '../support/faqFixtures'
import { builtHtml } from './pages'

/**
 * The public FAQ on the built site (entries from tests/e2e/support/faqFixtures.ts, made before
 * the build): published entries by topic, the draft nowhere, a filter with JavaScript, every entry
 * without it, and nothing for axe to find.
 */

const [braille, enrolment] = FAQ_FIXTURES.published

const FAQ_PAGE_SEARCH = 'Пошук серед запитань і відповідей'

test('shows the published entries by topic and never the draft', async ({ page }) => {
  await page.goto(urls.faq())
  await expect(page.getByRole('heading', { level: 1, name: 'Часті запитання' })).toBeVisible()
  const finding = page.getByRole('region', { name: 'Пошук книжки чи інформації' })
  const services = page.getByRole('region', { name: 'Послуги бібліотеки' })
  await expect(finding.getByRole('heading', { level: 3 })).toHaveText([braille.question])
  await expect(services.getByRole('heading', { level: 3 })).toHaveText([enrolment.question])
  // The answer's two paragraphs, as text.
  await expect(finding.getByRole('article').locator('p')).toHaveText(braille.answer.split('\n\n'))
  await expect(page.getByRole('navigation', { name: 'Теми' }).getByRole('link')).toHaveText([
    'Пошук книжки чи інформації',
    'Послуги бібліотеки',
  ])
  // The draft is in no page of the build.
  expect(builtHtml(urls.faq())).not.toContain(FAQ_FIXTURES.draft.question)
  await expect(page.getByText(FAQ_FIXTURES.draft.question)).toHaveCount(0)
  // Reachable from «Зверніться до нас» and from the question form.
  for (const from of [urls.contactUs(), urls.askLibrarian()]) {
    await page.goto(from)
    await page
      .getByRole('link', { name: /^часті запитання$|^частих запитань$/i })
      .first()
      .click()
    await expect(page).toHaveURL(new RegExp(`${urls.faq()}$`))
  }
})

test('filters the entries as the reader types, and says how many were found', async ({ page }) => {
  await page.goto(urls.faq())
  const search = page.getByRole('searchbox', { name: FAQ_PAGE_SEARCH })
  await search.fill('БРАЙЛЯ чоколівці')
  await expect(page.locator('[data-faq-entry]:visible')).toHaveCount(1)
  await expect(page.locator('[data-faq-entry]:visible')).toContainText(braille.question)
  await expect(page.locator('[data-faq-count]')).toHaveText('Знайдено записів: 1')
  await expect(page.getByRole('region', { name: 'Послуги бібліотеки' })).toBeHidden()
  await search.fill('ноти для скрипки')
  await expect(page.locator('[data-faq-entry]:visible')).toHaveCount(0)
  await expect(page.getByText('Нічого не знайдено.')).toBeVisible()
  await search.fill('')
  await expect(page.locator('[data-faq-entry]:visible')).toHaveCount(2)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every entry is shown and the filter is not offered', async ({ page }) => {
    await page.goto(urls.faq())
    await expect(page.locator('[data-faq-entry]:visible')).toHaveCount(2)
    await expect(page.getByRole('searchbox', { name: FAQ_PAGE_SEARCH })).toBeHidden()
  })
})

test('axe finds nothing on the FAQ page, filtered or not', async ({ page }) => {
  await page.goto(urls.faq())
  const analyse = async () =>
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze()
    ).violations.map(
      (violation) => `${violation.id} ${violation.nodes.map((n) => n.target).join(' ')}`,
    )
  expect(await analyse()).toEqual([])
  await page.getByRole('searchbox', { name: FAQ_PAGE_SEARCH }).fill('запис')
  await expect(page.locator('[data-faq-count]')).toHaveText('Знайдено записів: 1')
  expect(await analyse()).toEqual([])
})
