import { expect, test } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { E2E } from '../support/ports'
import { signInToAdmin } from '../support/adminSignIn'

test.describe('admin in Ukrainian', () => {
  test('an editor logs in, writes a news item and publishes it', async ({
    page,
    request,
    context,
  }) => {
    // The browser asks for English first: the admin must still speak Ukrainian by default.
    await context.setExtraHTTPHeaders({ 'Accept-Language': 'en-US,en;q=0.9' })
    await page.goto('/admin/login')
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk')
    // The network's own name and mark, not Payload's logo, and its favicon is served.
    await expect(page.getByText('Бібліотеки Солом’янки').first()).toBeVisible()
    await expect(page.locator('svg.graphic-logo')).toHaveCount(0)
    expect((await request.get('/favicon.svg')).headers()['content-type']).toContain('image/svg')
    await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
    await expect(page.getByRole('link', { name: /Новини/ }).first()).toBeVisible()

    const title = `Вечір настільних ігор у бібліотеці ${Date.now()}`
    await page.goto('/admin/collections/news/create')
    await page.locator('#field-title').fill(title)
    await page.getByRole('button', { name: 'Опублікувати зміни' }).click()
    await expect(page.getByText(/успішно/).first()).toBeVisible()
    await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/)

    // Published: the public API (the request fixture has no session) now returns it, with a transliterated slug.
    const response = await request.get('/api/news', {
      params: { 'where[title][equals]': title },
    })
    expect(response.ok()).toBe(true)
    const { docs } = (await response.json()) as {
      docs: { title: string; slug: string; _status: string }[]
    }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      _status: 'published',
      slug: expect.stringMatching(/^vechir-nastilnykh-ihor-u-bibliotetsi-\d+$/),
    })
  })
})

test('the admin shows our validation errors in Ukrainian and keeps the form', async ({
  page,
  request,
}) => {
  const existing = (await (await request.get('/api/news', { params: { limit: '1' } })).json()) as {
    docs: { slug: string }[]
  }
  // The page's clock runs as usual until the test holds it (below).
  await page.clock.install()
  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
  await page.goto('/admin/collections/news/create')
  await expect(page.locator('#field-slug')).toBeEditable()
  const slug = existing.docs[0]!.slug
  // The admin sends the form to the server a moment (a 250 ms timer) after each change, without
  // validation until a save. Publishing while that request is out lets its answer land after the
  // save's errors, and Payload's form merges it over them: the field error vanishes and an editor
  // sees only the toast. So the test holds the page's clock while it types, then lets the timer
  // fire once and waits for that answer before publishing, as an editor's pause would.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  await page.locator('#field-title').fill('Новина з чужою адресою')
  await page.locator('#field-slug').fill(slug)
  const formSynced = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname === '/admin/collections/news/create',
  )
  await page.clock.runFor(1000)
  expect((await formSynced).request().postData()).toContain(slug)
  await page.clock.resume()
  await page.getByRole('button', { name: 'Опублікувати зміни' }).click()
  await expect(page.getByText(/вже зайнята іншим записом/).first()).toBeVisible()
  await expect(page.locator('#field-title')).toHaveValue('Новина з чужою адресою')
})

test('English stays selectable for editors who prefer it', async ({ page, context }) => {
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: E2E.cmsUrl }])
  await page.goto('/admin/login')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible()
})
