import { expect, test, type APIRequestContext } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'

import { adminHeaders, findSubmissions, type StoredSubmission } from '../support/inbox'
import { E2E } from '../support/ports'
import { signInToAdmin } from '../support/adminSignIn'

/**
 * «Створити запис FAQ» in the admin: an answered question whose author agreed becomes a draft
 * FAQ entry without the author's name and e-mail, opened for the editor, and stays a draft.
 */

const run = Date.now().toString(36)
const AUTHOR = { name: 'Стефанія', email: `stefania-${run}@example.org` }
const QUESTION = `Чи можна взяти додому книжки з краєзнавчого фонду? Стефанія (${run})`

async function sendQuestion(request: APIRequestContext): Promise<void> {
  const response = await request.post(`${E2E.cmsUrl}/api/forms/zapytannia`, {
    headers: { Origin: E2E.siteUrl, 'X-Forwarded-For': '203.0.113.51' },
    form: {
      question: QUESTION,
      topic: 'local-history',
      name: AUTHOR.name,
      contact: AUTHOR.email,
      faqConsent: 'on',
      consent: 'on',
      website: '',
      _started: '',
    },
    maxRedirects: 0,
  })
  expect(response.status(), await response.text()).toBe(303)
}

test('an editor makes a draft FAQ entry from an answered question, without personal data', async ({
  page,
  request,
}) => {
  await sendQuestion(request)
  const [submission] = await findSubmissions(request, { 'requester.email': AUTHOR.email })
  const { id } = submission as StoredSubmission

  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)

  await page.goto(`/admin/collections/submissions/${id}`)
  await page.getByRole('button', { name: 'Відповідь', exact: true }).click()
  const create = page.getByRole('button', { name: 'Створити запис FAQ' })
  // Not before an answer was sent.
  await expect(create).toBeDisabled()
  const answer = `Ні, Стефаніє, але їх можна читати в залі й замовити копії. (${run})`
  await page.getByLabel('Текст відповіді').fill(answer)
  await page.getByText('Надіслати відповідь під час збереження').click()
  await page.getByRole('button', { name: 'Зберегти' }).click()
  await expect(page.getByRole('textbox', { name: 'Кому' })).toHaveValue(AUTHOR.email)

  await expect(create).toBeEnabled()
  await create.click()
  await expect(page).toHaveURL(/\/admin\/collections\/faq\/\d+/)
  const question = page.getByRole('textbox', { name: /Запитання/ })
  await expect(question).toHaveValue(/краєзнавчого фонду/)
  await expect(question).not.toHaveValue(/Стефан/)
  await expect(page.getByRole('textbox', { name: /Відповідь/ })).toHaveValue(/можна читати в залі/)
  await expect(page.getByText('Персональних даних немає').first()).toBeVisible()

  // A draft: nothing is public until an editor confirms and publishes.
  const entryId = /\/faq\/(\d+)/.exec(page.url())![1]
  const entry = await request.get(`${E2E.cmsUrl}/api/faq/${entryId}?draft=true&depth=0`, {
    headers: await adminHeaders(request),
  })
  expect(await entry.json()).toMatchObject({ _status: 'draft', personalDataRemoved: false })
  const anonymous = await request.get(`${E2E.cmsUrl}/api/faq/${entryId}`)
  expect(anonymous.status()).toBe(404)
})
