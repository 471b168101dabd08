import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

import { FORM_ERROR_CODES } from '@domain/public-forms/errors'
import { PUBLIC_FORMS } from '@domain/public-forms/forms'
import { formatKyivDateTime } from '@domain/format/dates'
import { urls } from '@domain/urls/urls'
import { findSubmissions, visitFrom } from '../support/inbox'
import { E2E } from '../support/ports'
import { builtHtml, samplePages } from './pages'

/**
 * A visitor writes to the library through the built site's forms, against the running CMS: with
 * JavaScript (the ALTCHA proof of work solved in this browser, JSON, the answer in place) and
 * without it (a plain POST to the CMS, then its 303 to the site's static confirmation or error
 * page). What the CMS stored is read back through the admin's REST API.
 */

/** A field typed as a person types it: the forms refuse what is sent within 3 s of opening. */
async function type(field: Locator, text: string): Promise<void> {
  await field.pressSequentially(text, { delay: 100 })
}

/** With JavaScript: the widget has solved the CMS's challenge in the page (its hidden answer is set). */
async function proofSolved(form: Locator): Promise<void> {
  await expect(form.locator('altcha-widget')).toHaveCount(1)
  await expect(form.locator('input[name="altcha"]')).not.toHaveValue('')
}

function publicForm(page: Page, name: string): Locator {
  return page.locator(`form[data-public-form="${name}"]`)
}

async function fillQuestion(page: Page, who: { name: string; contact: string }) {
  const form = publicForm(page, 'zapytannia')
  await type(form.getByLabel('Ваше запитання'), 'Чи є у вас книжки про історію Солом’янки?')
  await form.getByLabel('Тема').selectOption({ label: 'Краєзнавство' })
  await form.getByLabel('Ваше ім’я').fill(who.name)
  await form.getByLabel('E-mail або телефон').fill(who.contact)
  await form.getByLabel(/Я погоджуюся/).check()
  return form
}

async function fillInformationRequest(page: Page, who: { name: string; email: string }) {
  const form = publicForm(page, 'publichna-informatsiia')
  await form.getByLabel(/Ім’я/).fill(who.name)
  await type(
    form.getByLabel('Яку інформацію ви запитуєте'),
    'Копію кошторису бібліотек району на 2026 рік.',
  )
  await form.getByLabel(/E-mail/).fill(who.email)
  await form.getByLabel(/Я погоджуюся/).check()
  return form
}

async function fillPartnership(page: Page, who: { organisation: string; contact: string }) {
  const form = publicForm(page, 'partnerstvo')
  await form.getByLabel('Організація або ваше ім’я').fill(who.organisation)
  await type(form.getByLabel(/Докладніше/), 'Можемо приносити книжки й допомагати на заходах.')
  await form.getByLabel('Книжки').check()
  await form.getByLabel('Час (волонтерство)').check()
  await form.getByLabel('E-mail або телефон').fill(who.contact)
  await form.getByLabel(/Я погоджуюся/).check()
  return form
}

async function fillFeedback(page: Page, comment: string) {
  const form = page.locator('form[data-page-feedback]')
  await form.getByLabel('Так', { exact: true }).check()
  await type(form.getByLabel(/Що покращити/), comment)
  return form
}

test.describe('with JavaScript', () => {
  test('a question to a librarian: proof of work in the browser, the number in place', async ({
    page,
    request,
  }) => {
    await visitFrom(page, '203.0.113.11')
    await page.goto(urls.askLibrarian())
    const form = publicForm(page, 'zapytannia')
    await proofSolved(form)
    await fillQuestion(page, { name: 'Олена JS', contact: 'Olena.JS@Example.org' })
    await form.getByRole('button', { name: 'Надіслати запитання' }).click()
    const result = form.locator('[data-result]')
    await expect(result).toContainText(/Запитання надіслано, № \S+\. Ми відповімо до/)
    const reference = /№ (\S+)\./.exec((await result.textContent()) ?? '')![1]!
    const [stored] = await findSubmissions(request, { reference })
    expect(stored).toMatchObject({
      kind: 'question',
      status: 'new',
      proof: 'altcha',
      // The domain is case-insensitive, the local part is kept as written.
      requester: { name: 'Олена JS', email: 'Olena.JS@example.org' },
    })
  })

  test('a public information request gets its number and legal deadline in place', async ({
    page,
    request,
  }) => {
    await visitFrom(page, '203.0.113.12')
    await page.goto(urls.informationRequest())
    const form = publicForm(page, 'publichna-informatsiia')
    await proofSolved(form)
    await fillInformationRequest(page, { name: 'Ірина JS', email: 'iryna.js@example.org' })
    await form.getByRole('button', { name: 'Надіслати запит' }).click()
    const result = form.locator('[data-result]')
    await expect(result).toContainText(/Запит зареєстровано за № \S+\. Відповідь надамо не пізніше/)
    const reference = /№ (\S+)\./.exec((await result.textContent()) ?? '')![1]!
    const [stored] = await findSubmissions(request, { reference })
    expect(stored).toMatchObject({ kind: 'information-request', proof: 'altcha' })
    expect(stored!.dueAt).toBeTruthy()
  })

  test('a partnership offer is thanked in place', async ({ page, request }) => {
    await visitFrom(page, '203.0.113.13')
    await page.goto(urls.partnership())
    const form = publicForm(page, 'partnerstvo')
    await proofSolved(form)
    await fillPartnership(page, {
      organisation: 'ГО «Книжкова толока» JS',
      contact: '(067) 123-45-67',
    })
    await form.getByRole('button', { name: 'Надіслати пропозицію' }).click()
    await expect(form.locator('[data-result]')).toContainText(PUBLIC_FORMS.partnerstvo.sent)
    const [stored] = await findSubmissions(request, {
      'requester.organisation': 'ГО «Книжкова толока» JS',
    })
    expect(stored).toMatchObject({
      kind: 'partnership',
      proof: 'altcha',
      requester: { phone: '+380671234567' },
    })
  })

  test('feedback on a page is thanked in place and stored without personal data', async ({
    page,
    request,
  }) => {
    await visitFrom(page, '203.0.113.14')
    const path = samplePages().newsItem
    await page.goto(path)
    const form = await fillFeedback(page, 'Зручно, дякую (JS)')
    await form.getByRole('button', { name: 'Надіслати відгук' }).click()
    await expect(form.locator('[data-result]')).toHaveText(PUBLIC_FORMS.vidhuk.sent)
    const [stored] = await findSubmissions(request, { message: 'Зручно, дякую (JS)' })
    expect(stored).toMatchObject({ kind: 'page-feedback', pageUrl: path, useful: 'yes' })
    const personal = Object.values(stored!.requester ?? {}).filter((value) => value != null)
    expect(personal).toEqual([])
  })

  test('a refusal is shown in the form, in Ukrainian, and the form keeps what was typed', async ({
    page,
  }) => {
    await visitFrom(page, '203.0.113.15')
    await page.goto(urls.askLibrarian())
    const form = publicForm(page, 'zapytannia')
    await proofSolved(form)
    await fillQuestion(page, { name: 'Олена', contact: '12345' })
    await form.getByRole('button', { name: 'Надіслати запитання' }).click()
    const result = form.locator('[data-result]')
    await expect(result).toHaveAttribute('data-state', 'error')
    await expect(result).toContainText('Деякі поля порожні або заповнені неправильно')
    await expect(form.getByLabel('E-mail або телефон')).toHaveValue('12345')
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  const sentPage = (form: string) => new URL(urls.formSent(form), E2E.siteUrl).href
  const receiptPage = (form: string) =>
    new RegExp(`^${E2E.cmsUrl}/api/forms/receipt\\?f=${form}&`.replace(/\//g, '\\/'))

  /** The receipt shows the stored number and, where there is one, the stored deadline in Kyiv time. */
  async function expectReceipt(page: Page, stored: { reference: string; dueAt?: string }) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Надіслано')
    await expect(page.locator('[data-receipt-reference]')).toHaveText(stored.reference)
    if (stored.dueAt)
      await expect(page.locator('[data-receipt-due]')).toHaveText(formatKyivDateTime(stored.dueAt))
  }

  test('a question shows its number and deadline on the receipt page', async ({
    page,
    request,
  }) => {
    await visitFrom(page, '203.0.113.21')
    await page.goto(urls.askLibrarian())
    const form = await fillQuestion(page, { name: 'Петро без JS', contact: '+38 (067) 765 43 21' })
    await form.getByRole('button', { name: 'Надіслати запитання' }).click()
    await expect(page).toHaveURL(receiptPage('zapytannia'))
    const [stored] = await findSubmissions(request, { 'requester.name': 'Петро без JS' })
    expect(stored).toMatchObject({
      kind: 'question',
      proof: 'none',
      requester: { phone: '+380677654321' },
    })
    await expectReceipt(page, stored as { reference: string; dueAt: string })
  })

  test('a postal-only information request shows its number and legal deadline', async ({
    page,
    request,
  }) => {
    await visitFrom(page, '203.0.113.22')
    await page.goto(urls.informationRequest())
    const form = publicForm(page, 'publichna-informatsiia')
    await form.getByLabel(/Ім’я/).fill('Ірина без JS')
    await type(form.getByLabel('Яку інформацію ви запитуєте'), 'Копію кошторису на 2026 рік.')
    await form.getByLabel('Поштова адреса').fill('вул. Соломʼянська, 1, кв. 2, Київ, 03110')
    await form.getByLabel('Поштою на адресу').check()
    await form.getByLabel(/Я погоджуюся/).check()
    await form.getByRole('button', { name: 'Надіслати запит' }).click()
    await expect(page).toHaveURL(receiptPage('publichna-informatsiia'))
    await expect(page.getByText(/на поштову адресу вона надійде поштою/)).toBeVisible()
    const [stored] = await findSubmissions(request, { 'requester.name': 'Ірина без JS' })
    expect(stored).toMatchObject({
      kind: 'information-request',
      proof: 'none',
      answerForm: 'post',
    })
    expect((stored as { requester: { email?: string | null } }).requester.email ?? null).toBeNull()
    await expectReceipt(page, stored as { reference: string; dueAt: string })
  })

  test('a partnership offer shows its number on the receipt page', async ({ page, request }) => {
    await visitFrom(page, '203.0.113.23')
    await page.goto(urls.partnership())
    const form = await fillPartnership(page, {
      organisation: 'Волонтер без JS',
      contact: 'volunteer@example.org',
    })
    await form.getByRole('button', { name: 'Надіслати пропозицію' }).click()
    await expect(page).toHaveURL(receiptPage('partnerstvo'))
    const [stored] = await findSubmissions(request, {
      'requester.organisation': 'Волонтер без JS',
    })
    expect(stored).toMatchObject({ kind: 'partnership', proof: 'none' })
    await expectReceipt(page, { reference: (stored as { reference: string }).reference })
  })

  test('feedback on a page lands on the static confirmation page', async ({ page, request }) => {
    await visitFrom(page, '203.0.113.24')
    await page.goto(samplePages().page)
    const form = await fillFeedback(page, 'Бракує мапи (без JS)')
    await form.getByRole('button', { name: 'Надіслати відгук' }).click()
    await expect(page).toHaveURL(sentPage('vidhuk'))
    await expect(page.getByText(PUBLIC_FORMS.vidhuk.sent)).toBeVisible()
    const [stored] = await findSubmissions(request, { message: 'Бракує мапи (без JS)' })
    expect(stored).toMatchObject({ kind: 'page-feedback', useful: 'yes', proof: 'none' })
  })

  test('a refusal lands on the site’s error page for its reason', async ({ page }) => {
    await visitFrom(page, '203.0.113.25')
    await page.goto(urls.askLibrarian())
    const form = await fillQuestion(page, { name: 'Петро', contact: 'не контакт' })
    await form.getByRole('button', { name: 'Надіслати запитання' }).click()
    await expect(page).toHaveURL(new URL(urls.formError('invalid'), E2E.siteUrl).href)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Форму заповнено не повністю або з помилками',
    )
    await expect(page.getByText('Ваше звернення не надіслано.')).toBeVisible()
  })
})

test('axe finds nothing on the receipt page of a form sent without JavaScript', async ({
  page,
  request,
}) => {
  // Sent as a browser without JavaScript sends it; the page is then checked with axe (which needs
  // JavaScript in the browser).
  const sent = await request.post(`${E2E.cmsUrl}/api/forms/publichna-informatsiia`, {
    headers: { Origin: E2E.siteUrl, 'X-Forwarded-For': '203.0.113.32' },
    form: {
      name: 'Осипа для axe',
      request: 'Статут ЦБС.',
      postalAddress: 'вул. Гарматна, 2, Київ',
      answerForm: 'post',
      urgentGround: 'none',
      consent: 'on',
      website: '',
      _started: '',
    },
    maxRedirects: 0,
  })
  expect(sent.status(), await sent.text()).toBe(303)
  await page.goto(sent.headers()['location']!)
  await expect(page.locator('[data-receipt-reference]')).toHaveText(/^ПІ-\d{4}-\d{5}$/)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})

test('every content page type carries the page feedback form', () => {
  const pages = samplePages()
  for (const path of [
    pages.page,
    pages.newsItem,
    pages.programme,
    pages.event,
    pages.branch,
    pages.item,
  ]) {
    expect(builtHtml(path), path).toContain('data-page-feedback')
    expect(builtHtml(path), path).toContain(`name="page" value="${path}"`)
  }
})

test('axe finds nothing on the forms, their confirmation pages and their error pages', async ({
  page,
}) => {
  // About 35 pages, each analysed in full.
  test.setTimeout(240_000)
  await visitFrom(page, '203.0.113.31')
  const formPages = [
    urls.contactUs(),
    urls.askLibrarian(),
    urls.informationRequest(),
    urls.partnership(),
    urls.formsPrivacy(),
    urls.inboxStatistics(),
  ]
  const resultPages = [
    ...Object.keys(PUBLIC_FORMS).map((form) => urls.formSent(form)),
    ...FORM_ERROR_CODES.map((code) => urls.formError(code)),
  ]
  const violations: string[] = []
  for (const path of [...formPages, ...resultPages]) {
    await page.goto(path)
    // The forms are checked as a visitor with JavaScript sees them: with the proof-of-work widget.
    const form = page.locator('form[data-public-form]')
    if ((await form.count()) > 0) await proofSolved(form)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    violations.push(
      ...results.violations.map(
        (violation) =>
          `${path}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`,
      ),
    )
  }
  expect(violations).toEqual([])
})
