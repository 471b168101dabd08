import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'

import { startSmtpServer } from '../../support/smtpServer'
import { findSubmissions } from '../support/inbox'
import { E2E } from '../support/ports'
import { signInToAdmin } from '../support/adminSignIn'

/**
 * The admin's generated phrases name our collections in the right case (cms/i18n/nouns.ts,
 * declinedPhrases.ts), read from the real admin: the heading of a new document, the list's
 * create button, a relationship picker's create button (which once said «[object Object]»).
 */

const run = Date.now().toString(36)
const REQUESTER = { name: 'Остап Відмінковий', email: `ostap-${run}@example.org` }

let mailbox: Awaited<ReturnType<typeof startSmtpServer>>

test.beforeAll(async () => {
  // The request's acknowledgement goes out by mail: a real SMTP server takes it.
  mailbox = await startSmtpServer(E2E.smtpPort)
})

test.afterAll(async () => {
  await mailbox?.close()
})

async function signIn(page: Page): Promise<void> {
  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
}

/** A submission as the site's form sends it: the admin never creates one itself. */
async function sendRequest(request: APIRequestContext): Promise<number> {
  const response = await request.post(`${E2E.cmsUrl}/api/forms/publichna-informatsiia`, {
    headers: { Origin: E2E.siteUrl, 'X-Forwarded-For': '203.0.113.57' },
    form: {
      name: REQUESTER.name,
      request: 'Які бібліотеки району працюють у неділю?',
      answerForm: 'email',
      email: REQUESTER.email,
      postalAddress: '',
      phone: '',
      urgentGround: 'none',
      consent: 'on',
      website: '',
      _started: '',
    },
    maxRedirects: 0,
  })
  expect(response.status(), await response.text()).toBe(303)
  const [submission] = await findSubmissions(request, { 'requester.email': REQUESTER.email })
  expect(submission).toBeTruthy()
  return submission!.id
}

test('a new document and the list name the collection in the right case', async ({ page }) => {
  await signIn(page)
  await page.goto('/admin/collections/news/create')
  await expect(page.locator('.doc-controls__value').first()).toHaveText('Створення новини')

  await page.goto('/admin/collections/events/create')
  await expect(page.locator('.doc-controls__value').first()).toHaveText('Створення події')

  await page.goto('/admin/collections/news')
  await expect(page.getByRole('link', { name: 'Створити новину', exact: true })).toBeVisible()
})

test('the branch picker of a submission offers «Створити бібліотеку», never an object', async ({
  page,
  request,
}) => {
  const id = await sendRequest(request)
  await signIn(page)
  await page.goto(`/admin/collections/submissions/${id}`)
  // Payload's AddNewRelation: `<div id="<path>-add-new">` with the drawer's toggler in it.
  const addBranch = page.locator('#branch-add-new')
  const button = addBranch.locator('.relationship-add-new__add-button')
  await expect(button).toHaveAttribute('aria-label', 'Створити бібліотеку')
  await button.hover()
  await expect(addBranch.locator('.relationship-add-new__tooltip').first()).toContainText(
    'Створити бібліотеку',
  )
  await expect(page.locator('body')).not.toContainText('[object Object]')
  const labels = await page
    .locator('[aria-label]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))
  expect(labels.filter((text) => text.includes('[object Object]'))).toEqual([])
})
