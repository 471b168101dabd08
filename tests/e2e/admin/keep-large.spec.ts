import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { LOCAL_ADMIN } from '@cms/config/env'
import { signInToAdmin } from '../support/adminSignIn'

/**
 * «Залишити великим (навмисно)»: an editor keeps an oversized original on purpose in the admin;
 * the server records who and when (cms/fields/keepLarge.ts), and the admin shows it.
 */

const run = Date.now().toString(36)

test('an editor keeps an oversized image large; the admin shows who and when', async ({
  page,
  request,
}) => {
  const login = await request.post('/api/users/login', {
    data: { email: LOCAL_ADMIN.email, password: LOCAL_ADMIN.password },
  })
  expect(login.ok()).toBe(true)
  const { token, user } = (await login.json()) as { token: string; user: { id: number } }
  // Wider than twice the site's largest size: the checks call it oversized.
  const buffer = await sharp({
    create: { width: 3300, height: 12, channels: 3, background: { r: 90, g: 60, b: 30 } },
  })
    .png()
    .toBuffer()
  const uploaded = await request.post('/api/media', {
    headers: { Authorization: `JWT ${token}` },
    multipart: {
      file: { name: `arkhivnyi-skan-${run}.png`, mimeType: 'image/png', buffer },
      _payload: JSON.stringify({ alt: 'Архівний скан афіші читальні' }),
    },
  })
  expect(uploaded.ok(), await uploaded.text()).toBe(true)
  const { doc } = (await uploaded.json()) as { doc: { id: number } }

  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
  await page.goto(`/admin/collections/media/${doc.id}`)
  // Who and when appear only once the image is kept.
  await expect(page.getByText('Залишив(ла) великим')).toHaveCount(0)
  // Payload draws its own box over the checkbox: the label is what a person clicks.
  await page.getByText('Залишити великим (навмисно)', { exact: true }).click()
  await expect(page.getByLabel('Залишити великим (навмисно)')).toBeChecked()
  await page.getByRole('button', { name: 'Зберегти' }).click()

  const keptBy = page.locator('#field-keepLargeBy')
  await expect(keptBy).toContainText(LOCAL_ADMIN.email)
  await expect(page.locator('#field-keepLargeAt input')).not.toHaveValue('')
  const stored = (await (
    await request.get(`/api/media/${doc.id}?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()) as { keepLarge: boolean; keepLargeBy: number; keepLargeAt: string }
  expect(stored).toMatchObject({ keepLarge: true, keepLargeBy: user.id })
  expect(Number.isNaN(Date.parse(stored.keepLargeAt))).toBe(false)
})
