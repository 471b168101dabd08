import { readFile } from 'node:fs/promises'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'

import { startSmtpServer } from '../../support/smtpServer'
import { adminHeaders, findSubmissions, type StoredSubmission } from '../support/inbox'
import { E2E } from '../support/ports'
import { signInToAdmin } from '../support/adminSignIn'

/**
 * An editor answers a public information request from the admin before its legal deadline, and
 * the requester's mailbox (a real SMTP server on the port the e2e CMS sends to) receives the
 * reply, after the acknowledgement with the request's number.
 */

const run = Date.now().toString(36)
const REQUESTER = { name: 'Марія Заявниця', email: `maria-${run}@example.org` }
const EDITOR = { email: `inbox-editor-${run}@biblioteka.local`, password: 'inbox-e2e-Password-1' }

let mailbox: Awaited<ReturnType<typeof startSmtpServer>>

// The tests follow one request: answered, then exported and erased at its requester's wish.
test.describe.configure({ mode: 'serial' })

/** The request as a visitor's browser sends it without JavaScript, from the site's page. */
async function sendInformationRequest(request: APIRequestContext): Promise<void> {
  const response = await request.post(`${E2E.cmsUrl}/api/forms/publichna-informatsiia`, {
    headers: { Origin: E2E.siteUrl, 'X-Forwarded-For': '203.0.113.41' },
    form: {
      name: REQUESTER.name,
      request: 'Скільки читачів записалося до бібліотек району у 2026 році?',
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
  // The number and the deadline, on the CMS's receipt page for a browser without JavaScript.
  expect(response.headers()['location']).toMatch(
    /\/api\/forms\/receipt\?f=publichna-informatsiia&n=/,
  )
}

test.beforeAll(async ({ request }) => {
  mailbox = await startSmtpServer(E2E.smtpPort)
  const created = await request.post(`${E2E.cmsUrl}/api/users`, {
    headers: await adminHeaders(request),
    data: { ...EDITOR, name: 'Редакторка звернень', role: 'editor' },
  })
  expect(created.ok(), await created.text()).toBe(true)
})

test.afterAll(async () => {
  await mailbox?.close()
})

function mailTo(address: string, subject: string) {
  return mailbox.received.find((mail) => mail.to.includes(address) && mail.subject === subject)
}

test('an editor answers an information request in the admin and the requester receives it', async ({
  page,
  request,
}) => {
  await sendInformationRequest(request)
  const [submission] = await findSubmissions(request, { 'requester.email': REQUESTER.email })
  expect(submission).toMatchObject({ kind: 'information-request', status: 'new' })
  const { id, reference, dueAt } = submission as StoredSubmission & { dueAt: string }

  // The acknowledgement with the number reaches the requester first.
  await expect
    .poll(() => mailTo(REQUESTER.email, `Ваше звернення № ${reference} отримано`)?.text ?? '')
    .toContain(reference)

  await signInToAdmin(page, EDITOR.email, EDITOR.password)

  await page.goto(`/admin/collections/submissions/${id}`)
  await expect(page.getByText(reference).first()).toBeVisible()
  await page.getByRole('button', { name: 'Відповідь', exact: true }).click()
  const answer = `Добрий день! У 2026 році до бібліотек району записалося 4 210 читачів. (${run})`
  await page.getByLabel('Текст відповіді').fill(answer)
  // Payload draws its own box over the checkbox: the label is what a person clicks.
  await page.getByText('Надіслати відповідь під час збереження').click()
  await expect(page.getByLabel('Надіслати відповідь під час збереження')).toBeChecked()
  await page.getByRole('button', { name: 'Зберегти' }).click()
  // Saved: the copy of the reply is in the form, addressed to the stored e-mail.
  await expect(page.getByRole('textbox', { name: 'Кому' })).toHaveValue(REQUESTER.email)

  const replySubject = `Відповідь на звернення № ${reference}`
  await expect.poll(() => mailTo(REQUESTER.email, replySubject)?.text ?? '').toContain(answer)
  const reply = mailTo(REQUESTER.email, replySubject)!
  expect(reply.to).toEqual([REQUESTER.email])

  const [answered] = await findSubmissions(request, { reference })
  expect(answered).toMatchObject({
    status: 'answered',
    replies: [expect.objectContaining({ text: answer, to: REQUESTER.email })],
  })
  const sentAt = answered!.replies![0]!.at
  expect(new Date(sentAt).getTime()).toBeLessThan(new Date(dueAt).getTime())
})

test('an admin exports one person’s data and erases it, after confirming', async ({
  page,
  request,
}) => {
  const [before] = await findSubmissions(request, { 'requester.email': REQUESTER.email })
  expect(before, 'the request of the test above').toBeTruthy()

  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
  await page.goto('/admin/collections/submissions')
  await page.getByRole('button', { name: /Дані однієї особи/ }).click()
  await page.getByLabel('E-mail або телефон особи').fill(` ${REQUESTER.email} `)
  await page.getByRole('button', { name: 'Знайти', exact: true }).click()
  const found = page.locator('[data-person-found]')
  await expect(found).toContainText(`Знайдено звернень: 1 (${before!.reference})`)

  const download = page.waitForEvent('download')
  await found.getByRole('link', { name: 'Вивантажити (JSON)' }).click()
  const file = await (await download).path()
  const exported = JSON.parse(await readFile(file, 'utf8')) as {
    person: { email: string }
    submissions: { reference: string; requester: { name: string } }[]
  }
  expect(exported.person.email).toBe(REQUESTER.email)
  expect(exported.submissions).toEqual([
    expect.objectContaining({
      reference: before!.reference,
      requester: expect.objectContaining({ name: REQUESTER.name }),
    }),
  ])

  await found.getByRole('button', { name: 'Видалити персональні дані…' }).click()
  const question = page.getByRole('alertdialog')
  await expect(question).toContainText('Цю дію не можна скасувати')
  await question.getByRole('button', { name: 'Так, видалити' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Персональні дані видалено зі звернень: 1' }),
  ).toBeVisible()

  const [after] = await findSubmissions(request, { reference: before!.reference })
  expect(after).toMatchObject({ kind: 'information-request' })
  expect(after!.requester?.email ?? null).toBeNull()
  expect(after!.requester?.name ?? null).toBeNull()
  expect((after as { personalDataErasedAt?: string }).personalDataErasedAt).toBeTruthy()
})

test('an editor does not get the person tool', async ({ page }) => {
  await signInToAdmin(page, EDITOR.email, EDITOR.password)
  await page.goto('/admin/collections/submissions')
  await expect(page.getByRole('heading', { name: 'Звернення', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: /Дані однієї особи/ })).toHaveCount(0)
})
