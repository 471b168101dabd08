import { expect, test } from '@playwright/test'

// Бібліотека для дітей № 5: Mon–Fri 10:00–18:00 with a break 13:00–13:30, Sat 10:00–16:00,
// sanitary day on the last Wednesday of the month, closed on 25 December.
const BRANCH = '/biblioteky/biblioteka-dlia-ditei-no-5/'

const cases = [
  { at: '2026-11-24T11:00:00+02:00', label: 'Відчинено', detail: 'до 18:00, перерва о\u00a013:00' },
  { at: '2026-11-24T13:10:00+02:00', label: 'Перерва', detail: 'до 13:30' },
  {
    at: '2026-11-24T18:30:00+02:00',
    label: 'Зачинено',
    detail: 'відчиниться у четвер о\u00a010:00',
  },
  {
    at: '2026-11-25T12:00:00+02:00',
    label: 'Санітарний день',
    detail: 'відчиниться завтра о\u00a010:00',
  },
  { at: '2026-11-29T12:00:00+02:00', label: 'Зачинено', detail: 'відчиниться завтра о\u00a010:00' },
  {
    at: '2026-12-25T12:00:00+02:00',
    label: 'Зачинено: Різдво Христове',
    detail: 'відчиниться завтра о\u00a010:00',
  },
] as const

test.describe('open-now status at fixed Kyiv times', () => {
  for (const { at, label, detail } of cases) {
    test(`${at}: ${label}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(at))
      await page.goto(BRANCH)
      const status = page.locator('main open-now').first()
      await expect(status.locator('[data-label]')).toHaveText(label)
      await expect(status.locator('[data-detail]')).toHaveText(detail)
    })
  }

  test('the directory shows today’s hours', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T11:00:00+02:00'))
    await page.goto('/biblioteky/')
    const card = page.locator('.card', { hasText: 'Бібліотека для дітей № 5' })
    await expect(card.locator('[data-hours]')).toHaveText('Сьогодні 10:00–18:00')
  })
})
