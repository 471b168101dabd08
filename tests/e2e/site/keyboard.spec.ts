import { expect, test } from '@playwright/test'

import { samplePages } from './pages'

const pages = samplePages()

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(pages.news)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Перейти до змісту' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#content$/)
  await page.keyboard.press('Tab')
  // The next stop is inside the main content, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
})

test('the main menu is reachable and usable with the keyboard, with a visible focus', async ({
  page,
}) => {
  await page.goto(pages.home)
  const menu = page.getByRole('navigation', { name: 'Головне меню' })
  const documents = menu.getByRole('link', { name: 'Документи' })
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press('Tab')
    if (await documents.evaluate((element) => element === document.activeElement)) break
  }
  await expect(documents).toBeFocused()
  const outline = await documents.evaluate((element) => getComputedStyle(element).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/dokumenty\/$/)
  await expect(menu.getByRole('link', { name: 'Документи' })).toHaveAttribute(
    'aria-current',
    'page',
  )
})

test('the image viewer turns pages and zooms from the keyboard', async ({ page }) => {
  await page.goto(pages.item)
  const viewer = page.locator('image-viewer')
  const caption = viewer.locator('figcaption')
  await expect(caption).toContainText('сторінка 1 з')
  const next = viewer.getByRole('button', { name: /Наступна/ })
  await next.focus()
  await page.keyboard.press('Enter')
  await expect(caption).toContainText('сторінка 2 з')
  await expect(viewer.locator('.thumbs a').nth(1)).toHaveAttribute('aria-current', 'true')
  const stage = viewer.getByRole('region', { name: /Зображення/ })
  await stage.focus()
  await page.keyboard.press('ArrowRight')
  await expect(caption).toContainText('сторінка 3 з')
  await page.keyboard.press('+')
  await expect(viewer.locator('output')).toHaveText('150%')
  await page.keyboard.press('0')
  await expect(viewer.locator('output')).toHaveText('100%')
  const download = viewer.getByRole('link', { name: /Завантажити зображення/ })
  const href = await download.getAttribute('href')
  const response = await page.request.get(href!)
  expect(response.ok()).toBe(true)
})
