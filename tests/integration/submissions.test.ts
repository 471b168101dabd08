import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailAdapter } from '@cms/config/email'
import { env } from '@cms/config/env'
import { deliverDueEmail } from '@cms/submissions/outbox'
import { formatKyivDateTime } from '@domain/format/dates'
import { informationRequestDue, informationRequestExtendedDue } from '@domain/submissions/deadlines'
import { DEFAULT_CALENDAR } from '@domain/working-days/calendar'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createUser, type TestUser } from '../support/fixtures'
import { formBody, siteOrigin } from '../support/publicForms'
import { errorMessage, restApi, tokenFor } from '../support/restApi'
import { startSmtpServer } from '../support/smtpServer'

// The four forms of the site through the real endpoint, the inbox's access rules, and its mail
// through a real SMTP server: acknowledgement, reply, extension, retry after a failed send.

let payload: Payload
let api: ReturnType<typeof restApi>
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let branchA: { id: number | string }
let branchB: { id: number | string }
let editor: TestUser
let branchEditor: TestUser
let editorToken: string
let branchToken: string
let address = 0

beforeAll(async () => {
  smtp = await startSmtpServer()
  const smtpEnv = { ...env, SMTP_URL: smtp.url }
  payload = await startTestCms((config) => ({ ...config, email: emailAdapter(smtpEnv)! }))
  api = restApi(payload)
  branchA = await createBranch(payload, 'Бібліотека імені Лесі Українки')
  branchB = await createBranch(payload, 'Бібліотека на Чоколівці')
  editor = await createUser(payload, 'editor')
  branchEditor = await createUser(payload, 'branch-editor', branchA.id as number)
  editorToken = await tokenFor(payload, editor.email as string)
  branchToken = await tokenFor(payload, branchEditor.email as string)
}, 300_000)

afterAll(async () => {
  await stopTestCms(payload)
  await smtp.close()
})

type Sent = { as?: 'form' | 'json' }

/** A visitor's browser without JavaScript (a form) or the page's script (JSON). */
async function submit(
  form: string,
  fields: Record<string, string | string[]>,
  { as = 'form' }: Sent = {},
) {
  address += 1
  const json = as === 'json'
  return api('POST', `/api/forms/${form}`, {
    body: json ? JSON.stringify(fields) : formBody(fields),
    headers: {
      Origin: siteOrigin,
      'X-Forwarded-For': `192.0.2.${address}`,
      'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded',
    },
  })
}

type Submission = Record<string, unknown> & {
  id: number
  reference: string
  status: string
  receivedAt: string
  dueAt?: string
  requester: Record<string, string | null>
  history?: { from: string; to: string }[]
  replies?: { text: string; to: string }[]
}

async function latest(kind: string): Promise<Submission> {
  const found = await payload.find({
    collection: 'submissions',
    where: { kind: { equals: kind } },
    sort: '-createdAt',
    limit: 1,
    overrideAccess: true,
  })
  return found.docs[0] as unknown as Submission
}

/**
 * The receipt a browser without JavaScript is sent to: the stored number and deadline (Kyiv
 * time), as escaped text in a page of its own; a changed number breaks the signature.
 */
async function expectReceipt(receipt: URL, stored: Submission) {
  const path = receipt.pathname + receipt.search
  const page = await api('GET', path, { headers: { 'X-Forwarded-For': '198.51.100.7' } })
  expect(page.status).toBe(200)
  expect(page.headers.get('content-type')).toMatch(/^text\/html/)
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
  const html = page.body.text as string
  expect(html).toContain(`<strong data-receipt-reference>${stored.reference}</strong>`)
  if (stored.dueAt) expect(html).toContain(formatKyivDateTime(stored.dueAt))
  expect(html).not.toMatch(/@|\+380/)
  const forged = path.replace(
    encodeURIComponent(stored.reference),
    encodeURIComponent('З-2026-99999'),
  )
  expect(forged).not.toBe(path)
  const refused = await api('GET', forged, { headers: { 'X-Forwarded-For': '198.51.100.7' } })
  expect(refused.status).toBe(400)
  expect(refused.body.text).toContain('Посилання недійсне')
  expect(refused.body.text).not.toContain('99999')
}

function mailTo(to: string, subject: RegExp) {
  return smtp.received.find((mail) => mail.to.includes(to) && subject.test(mail.subject))
}

describe('the four forms', () => {
  it('«Запитайте бібліотекаря» without JavaScript: stored, routed, acknowledged by e-mail', async () => {
    const response = await submit('zapytannia', {
      question: 'Чи є у вас «Лісова пісня» шрифтом Брайля?',
      topic: 'finding',
      branch: String(branchA.id),
      name: 'Оксана',
      contact: 'Oksana@UKR.NET',
      faqConsent: 'on',
      consent: 'on',
      website: '',
    })
    expect(response.status).toBe(303)
    const receipt = new URL(response.headers.get('location')!)
    expect(receipt.origin + receipt.pathname).toBe(new URL('/api/forms/receipt', env.CMS_URL).href)
    const stored = await latest('question')
    await expectReceipt(receipt, stored)
    expect(stored).toMatchObject({
      status: 'new',
      topic: 'finding',
      faqConsent: true,
      proof: 'none',
      message: 'Чи є у вас «Лісова пісня» шрифтом Брайля?',
      requester: { name: 'Оксана', email: 'Oksana@ukr.net' },
    })
    expect((stored.branch as { id: number }).id ?? stored.branch).toBe(branchA.id)
    expect(stored.reference).toMatch(/^З-\d{4}-\d{5}$/)
    expect(stored.dueAt).toBeTruthy()
    await expect
      .poll(() => mailTo('Oksana@ukr.net', new RegExp(stored.reference)), { timeout: 10_000 })
      .toBeTruthy()
    const mail = mailTo('Oksana@ukr.net', new RegExp(stored.reference))!
    expect(mail.subject).toBe(`Ваше звернення № ${stored.reference} отримано`)
    expect(mail.text).toContain('«Лісова пісня»')
  })

  it('a question with an unknown branch or without consent is refused', async () => {
    const base = {
      question: 'Питання',
      topic: 'other',
      name: 'Іван',
      contact: '067 123 45 67',
      consent: 'on',
    }
    const unknown = await submit('zapytannia', { ...base, branch: '999999' }, { as: 'json' })
    expect(unknown.status).toBe(422)
    expect(unknown.body.message).toMatch(/Бібліотека/)
    const { consent: _omitted, ...withoutConsent } = base
    const refused = await submit('zapytannia', withoutConsent)
    expect(refused.headers.get('location')).toMatch(/pomylka\/consent\/$/)
  })

  it('a public information request gets its number and the legal deadline', async () => {
    const response = await submit(
      'publichna-informatsiia',
      {
        name: 'ГО «Прозорий Київ»',
        email: 'zapyt@example.org',
        phone: '+38 (044) 555-12-34',
        request: 'Кошторис ЦБС на 2026 рік.',
        answerForm: 'email',
        urgentGround: 'none',
        consent: 'true',
      },
      { as: 'json' },
    )
    expect(response.status).toBe(201)
    const stored = await latest('information-request')
    expect(response.body.reference).toBe(stored.reference)
    expect(stored.reference).toMatch(/^ПІ-\d{4}-\d{5}$/)
    expect(stored.requester).toMatchObject({ phone: '+380445551234', email: 'zapyt@example.org' })
    // The deadline follows the (unit-tested) law: 5 working days of the default calendar.
    const expected = informationRequestDue(new Date(stored.receivedAt), 'none', DEFAULT_CALENDAR)
    expect(new Date(stored.dueAt!).toISOString()).toBe(expected.toISOString())
    expect(response.body.message).toMatch(/не пізніше/)
    await expect.poll(() => mailTo('zapyt@example.org', /ПІ-/), { timeout: 10_000 }).toBeTruthy()
    expect(mailTo('zapyt@example.org', /ПІ-/)!.text).toMatch(/Відповідь надамо не пізніше/)
  })

  it('an urgent request is due in 48 hours; an e-mail answer needs an address', async () => {
    const postal = await submit('publichna-informatsiia', {
      name: 'Петро',
      postalAddress: 'вул. Солом’янська, 1, кв. 2\nКиїв, 03110',
      request: 'Чи є укриття в бібліотеці?',
      answerForm: 'post',
      urgentGround: 'life',
      consent: 'on',
    })
    const urgent = await latest('information-request')
    // A postal-only requester without JavaScript reads the number and the deadline at once.
    await expectReceipt(new URL(postal.headers.get('location')!), urgent)
    expect(new Date(urgent.dueAt!).getTime() - new Date(urgent.receivedAt).getTime()).toBe(
      48 * 3_600_000,
    )
    expect(urgent.requester.postalAddress).toBe('вул. Солом’янська, 1, кв. 2\nКиїв, 03110')
    const noEmail = await submit(
      'publichna-informatsiia',
      { name: 'Петро', request: 'Щось', answerForm: 'email', consent: 'on' },
      { as: 'json' },
    )
    expect(noEmail.status).toBe(422)
    expect(noEmail.body.message).toMatch(/E-mail/)
  })

  it('partners and volunteers: several offers, a phone as contact', async () => {
    const response = await submit('partnerstvo', {
      organisation: 'Кав’ярня «Читанка»',
      offers: ['space', 'events'],
      message: 'Можемо проводити читання щосуботи.',
      contact: '(067) 765-43-21',
      consent: 'on',
    })
    expect(response.status).toBe(303)
    const stored = await latest('partnership')
    expect(stored).toMatchObject({
      offers: ['space', 'events'],
      requester: { organisation: 'Кав’ярня «Читанка»', phone: '+380677654321' },
    })
  })

  it('page feedback keeps no personal data and needs no consent', async () => {
    const response = await submit('vidhuk', {
      page: '/novyny/',
      useful: 'no',
      comment: 'Не знайшов розклад.',
    })
    expect(response.status).toBe(303)
    const stored = await latest('page-feedback')
    expect(stored).toMatchObject({
      pageUrl: '/novyny/',
      useful: 'no',
      status: 'new',
      message: 'Не знайшов розклад.',
    })
    expect(Object.values(stored.requester ?? {}).filter(Boolean)).toEqual([])
    const foreign = await submit(
      'vidhuk',
      { page: 'https://evil.example/', useful: 'yes' },
      { as: 'json' },
    )
    expect(foreign.status).toBe(422)
    const extra = await submit(
      'vidhuk',
      { page: '/', useful: 'yes', email: 'x@example.org' },
      { as: 'json' },
    )
    expect(extra.body).toMatchObject({ code: 'unknown-field' })
  })
})

describe('access', () => {
  it('nobody reads submissions without signing in, and nobody creates them through the API', async () => {
    const list = await api('GET', '/api/submissions')
    expect(list.status).toBe(403)
    const create = await api('POST', '/api/submissions', {
      body: JSON.stringify({
        kind: 'question',
        status: 'new',
        receivedAt: new Date().toISOString(),
      }),
      headers: { 'Content-Type': 'application/json' },
      token: editorToken,
    })
    expect(create.status).toBe(403)
    expect((await api('GET', '/api/outbox')).status).toBe(403)
    expect((await api('GET', '/api/submission-views', { token: editorToken })).status).toBe(403)
  })

  it('editors see everything, a branch editor only their branch', async () => {
    await submit('zapytannia', {
      question: 'Чи є гурток шахів?',
      topic: 'services',
      branch: String(branchB.id),
      name: 'Богдан',
      contact: '050 111 22 33',
      consent: 'on',
    })
    const all = await api('GET', '/api/submissions?limit=100&depth=0', { token: editorToken })
    const own = await api('GET', '/api/submissions?limit=100&depth=0', { token: branchToken })
    const allDocs = all.body.docs as { branch?: number }[]
    const ownDocs = own.body.docs as { branch?: number }[]
    expect(allDocs.length).toBeGreaterThan(ownDocs.length)
    expect(ownDocs.length).toBeGreaterThan(0)
    expect(ownDocs.every((doc) => doc.branch === branchA.id)).toBe(true)
    const other = allDocs.find((doc) => doc.branch !== branchA.id) as unknown as { id: number }
    expect((await api('GET', `/api/submissions/${other.id}`, { token: branchToken })).status).toBe(
      404,
    )
  })

  it('logs every view of a submission with personal data, not the list', async () => {
    const question = await latest('question')
    const count = async () =>
      (
        await payload.count({
          collection: 'submission-views',
          where: { submission: { equals: question.id } },
        })
      ).totalDocs
    const before = await count()
    await api('GET', '/api/submissions?limit=10', { token: editorToken })
    expect(await count()).toBe(before)
    await api('GET', `/api/submissions/${question.id}`, { token: editorToken })
    expect(await count()).toBe(before + 1)
    const views = await payload.find({
      collection: 'submission-views',
      where: { submission: { equals: question.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(views.docs.some((view) => view.user === editor.id)).toBe(true)
  })
})

describe('the workflow', () => {
  it('an editor’s reply goes by e-mail to the requester only, with a copy, history and status', async () => {
    const first = (
      await payload.find({
        collection: 'submissions',
        where: { 'requester.email': { equals: 'zapyt@example.org' } },
        overrideAccess: true,
      })
    ).docs[0] as unknown as Submission
    const response = await api('PATCH', `/api/submissions/${first.id}`, {
      token: editorToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status: 'in-progress',
        replyDraft: 'Кошторис додано до листа.\nЗ повагою, ЦБС',
        sendReply: true,
        requester: { email: 'attacker@evil.example' },
        history: [],
      }),
    })
    expect(response.status).toBe(200)
    const stored = (await payload.findByID({
      collection: 'submissions',
      id: first.id,
      overrideAccess: true,
    })) as unknown as Submission
    expect(stored.status).toBe('answered')
    expect(stored.requester.email).toBe('zapyt@example.org')
    expect(stored.replies).toMatchObject([
      { text: 'Кошторис додано до листа.\nЗ повагою, ЦБС', to: 'zapyt@example.org' },
    ])
    expect(stored.history).toMatchObject([{ from: 'new', to: 'answered' }])
    expect(stored.replyDraft ?? '').toBe('')
    await expect
      .poll(() => mailTo('zapyt@example.org', /^Відповідь на звернення/), { timeout: 10_000 })
      .toBeTruthy()
    const mail = mailTo('zapyt@example.org', /^Відповідь на звернення/)!
    expect(mail.subject).toBe(`Відповідь на звернення № ${stored.reference}`)
    expect(mail.text).toContain('Кошторис додано до листа.')
    expect(smtp.received.some((each) => each.to.includes('attacker@evil.example'))).toBe(false)
  })

  it('refuses a reply to a requester without e-mail, with a message', async () => {
    const urgent = (
      await payload.find({
        collection: 'submissions',
        where: { urgentGround: { equals: 'life' } },
        overrideAccess: true,
      })
    ).docs[0] as unknown as Submission
    const response = await api('PATCH', `/api/submissions/${urgent.id}`, {
      token: editorToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ replyDraft: 'Так, є.', sendReply: true }),
    })
    expect(response.status).toBe(400)
    expect(errorMessage(response)).toMatch(/не залишив e-mail/)
  })

  it('extends an information request to 20 working days with a reason sent to the requester', async () => {
    await submit('publichna-informatsiia', {
      name: 'Марія',
      email: 'maria@example.org',
      request: 'Усі накази за 2020–2025 роки.',
      answerForm: 'email',
      consent: 'on',
    })
    const request = await latest('information-request')
    const response = await api('PATCH', `/api/submissions/${request.id}`, {
      token: editorToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        extensionReason: 'Великий обсяг: пошук серед значної кількості даних.',
      }),
    })
    expect(response.status).toBe(200)
    const stored = (await payload.findByID({
      collection: 'submissions',
      id: request.id,
      overrideAccess: true,
    })) as unknown as Submission
    expect(new Date(stored.dueAt!).toISOString()).toBe(
      informationRequestExtendedDue(new Date(stored.receivedAt), DEFAULT_CALENDAR).toISOString(),
    )
    await expect
      .poll(() => mailTo('maria@example.org', /продовжено/), { timeout: 10_000 })
      .toBeTruthy()
    expect(mailTo('maria@example.org', /продовжено/)!.text).toContain('Великий обсяг')
  })

  it('keeps a message that failed, shows the error and sends it on a later attempt', async () => {
    smtp.refuse(true)
    await submit('zapytannia', {
      question: 'Коли відкриєтесь?',
      topic: 'services',
      name: 'Ігор',
      contact: 'igor@example.org',
      consent: 'on',
    })
    const question = await latest('question')
    const outbox = async () =>
      (
        await payload.find({
          collection: 'outbox',
          where: { submission: { equals: question.id } },
          overrideAccess: true,
        })
      ).docs[0] as unknown as {
        state: string
        attempts: number
        lastError?: string
        nextAttemptAt: string
      }
    await expect.poll(async () => (await outbox())?.state, { timeout: 10_000 }).toBe('failed')
    const failed = await outbox()
    expect(failed.attempts).toBe(1)
    expect(failed.lastError).toMatch(/451|busy/i)
    expect(failed.lastError).not.toContain('igor@example.org')
    smtp.refuse(false)
    // Not due before its next attempt time; sent at it.
    await deliverDueEmail(payload, new Date(new Date(failed.nextAttemptAt).getTime() - 1000))
    expect((await outbox()).state).toBe('failed')
    await deliverDueEmail(payload, new Date(failed.nextAttemptAt))
    expect((await outbox()).state).toBe('sent')
    expect(mailTo('igor@example.org', new RegExp(question.reference))).toBeTruthy()
  })
})

describe('retention, a person’s data and the daily digest', () => {
  it('an admin exports and erases one person’s data; the anonymous record stays', async () => {
    const admin = await createUser(payload, 'admin')
    const adminToken = await tokenFor(payload, admin.email as string)
    await submit('partnerstvo', {
      organisation: 'Олег Коваль',
      offers: ['time'],
      message: 'Можу вести гурток.',
      contact: '063 222 33 44',
      consent: 'on',
    })
    await submit('zapytannia', {
      question: 'Де взяти читацький квиток?',
      topic: 'services',
      name: 'Олег',
      contact: '+380632223344',
      consent: 'on',
    })
    const forbidden = await api('GET', '/api/inbox/person?phone=0632223344', { token: editorToken })
    expect(forbidden.status).toBe(403)
    const exported = await api('GET', '/api/inbox/person?phone=(063)%20222-33-44', {
      token: adminToken,
    })
    expect(exported.status).toBe(200)
    const rows = exported.body.submissions as {
      kind: string
      message: string
      requester: { phone: string }
    }[]
    expect(rows.map((row) => row.kind).sort()).toEqual(['partnership', 'question'])
    expect(rows.every((row) => row.requester.phone === '+380632223344')).toBe(true)
    const erased = await api('POST', '/api/inbox/person/erase', {
      token: adminToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: '+380 63 222 33 44' }),
    })
    expect(erased.body).toEqual({ erased: 2 })
    const after = await payload.find({
      collection: 'submissions',
      where: { kind: { equals: 'partnership' } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    const record = after.docs[0] as unknown as Submission
    expect(record.requester).toMatchObject({ name: null, phone: null, organisation: null })
    expect(record.message ?? null).toBeNull()
    expect(record).toMatchObject({ kind: 'partnership', offers: ['time'] })
    expect(record.personalDataErasedAt).toBeTruthy()
    const again = await api('GET', '/api/inbox/person?phone=0632223344', { token: adminToken })
    expect(again.body.submissions).toEqual([])
  })

  it('removes personal data of closed submissions after the configured days, keeping open ones', async () => {
    const { applyRetention } = await import('@cms/submissions/retention')
    await submit('zapytannia', {
      question: 'Старе питання',
      topic: 'other',
      name: 'Ганна',
      contact: 'hanna@example.org',
      consent: 'on',
    })
    const closed = await latest('question')
    await payload.update({
      collection: 'submissions',
      id: closed.id,
      data: { status: 'closed' },
      overrideAccess: true,
    })
    await submit('zapytannia', {
      question: 'Відкрите питання',
      topic: 'other',
      name: 'Тарас',
      contact: 'taras@example.org',
      consent: 'on',
    })
    const open = await latest('question')
    // 89 days later nothing is due; 91 days later the closed one (90 days for questions) is.
    const updatedAt = new Date(
      (await payload.findByID({ collection: 'submissions', id: closed.id, overrideAccess: true }))
        .updatedAt,
    )
    const erasedEarly = await applyRetention(
      payload,
      new Date(updatedAt.getTime() + 89 * 86_400_000),
    )
    expect(erasedEarly).toBe(0)
    await applyRetention(payload, new Date(updatedAt.getTime() + 91 * 86_400_000))
    const closedAfter = (await payload.findByID({
      collection: 'submissions',
      id: closed.id,
      overrideAccess: true,
    })) as unknown as Submission
    const openAfter = (await payload.findByID({
      collection: 'submissions',
      id: open.id,
      overrideAccess: true,
    })) as unknown as Submission
    expect(closedAfter.requester.email).toBeNull()
    expect(closedAfter.status).toBe('closed')
    expect(openAfter.requester.email).toBe('taras@example.org')
    const outbox = await payload.count({
      collection: 'outbox',
      where: { submission: { equals: closed.id } },
      overrideAccess: true,
    })
    expect(outbox.totalDocs).toBe(0)
  })

  it('counts retention from the close date, not from creation or a later edit (fixed clock)', async () => {
    const { applyRetention } = await import('@cms/submissions/retention')
    const stored = async (message: string) => {
      await submit('zapytannia', {
        question: message,
        topic: 'other',
        name: 'Марта',
        contact: 'marta@example.org',
        consent: 'on',
      })
      return latest('question')
    }
    const read = async (id: number) =>
      (await payload.findByID({
        collection: 'submissions',
        id,
        overrideAccess: true,
      })) as unknown as Submission & { closedAt?: string | null }
    // The workflow sets the close date when the status leaves the open ones, keeps it through
    // «answered» → «closed» and a later note, and clears it when the submission is reopened.
    const worked = await stored('Питання, яке закриють')
    await payload.update({
      collection: 'submissions',
      id: worked.id,
      data: { status: 'answered' },
      overrideAccess: true,
    })
    const closedAt = (await read(worked.id)).closedAt
    expect(closedAt).toBeTruthy()
    await payload.update({
      collection: 'submissions',
      id: worked.id,
      data: { status: 'closed', internalNotes: 'Перевірено пізніше.' } as never,
      overrideAccess: true,
    })
    expect((await read(worked.id)).closedAt).toBe(closedAt)
    await payload.update({
      collection: 'submissions',
      id: worked.id,
      data: { status: 'in-progress' },
      overrideAccess: true,
    })
    expect((await read(worked.id)).closedAt ?? null).toBeNull()
    // Close dates on a fixed calendar: each record was created and last changed today (real
    // clock), long after the retention clock below, so only the close date can make it due.
    const closeOn = async (id: number, iso: string) =>
      payload.update({
        collection: 'submissions',
        id,
        data: { status: 'closed', closedAt: iso } as never,
        overrideAccess: true,
        context: { inboxSystem: true },
      })
    const early = await stored('Закрите 1 січня')
    const late = await stored('Закрите 20 березня')
    await closeOn(early.id, '2026-01-01T08:00:00.000Z')
    await closeOn(late.id, '2026-03-20T08:00:00.000Z')
    // Questions are kept 90 days after closing.
    await applyRetention(payload, new Date('2026-04-01T07:59:00Z'))
    expect((await read(early.id)).requester.email).toBe('marta@example.org')
    await applyRetention(payload, new Date('2026-04-01T08:01:00Z'))
    expect((await read(early.id)).requester.email).toBeNull()
    expect((await read(late.id)).requester.email).toBe('marta@example.org')
    await applyRetention(payload, new Date('2026-06-18T08:01:00Z'))
    expect((await read(late.id)).requester.email).toBeNull()
    // The reopened one (no close date, changed today) keeps its data.
    expect((await read(worked.id)).requester.email).toBe('marta@example.org')
  })

  it('e-mails each assignee what is due within 2 working days, without personal data', async () => {
    const { queueDailyDigest } = await import('@cms/submissions/digest')
    const request = await latest('information-request')
    await payload.update({
      collection: 'submissions',
      id: request.id,
      data: { assignee: editor.id } as never,
      overrideAccess: true,
    })
    const stored = (await payload.findByID({
      collection: 'submissions',
      id: request.id,
      overrideAccess: true,
    })) as unknown as Submission
    // The day before its deadline.
    const queued = await queueDailyDigest(
      payload,
      new Date(new Date(stored.dueAt!).getTime() - 86_400_000),
    )
    expect(queued).toBeGreaterThan(0)
    await deliverDueEmail(payload, new Date(new Date(stored.dueAt!).getTime()))
    const digest = smtp.received.find(
      (mail) =>
        mail.to.includes(editor.email as string) && /Звернення зі строком/.test(mail.subject),
    )
    expect(digest).toBeTruthy()
    expect(digest!.text).toContain(stored.reference)
    expect(digest!.text).not.toContain('maria@example.org')
    expect(digest!.text).not.toContain('Марія')
  })
})

describe('the desk', () => {
  it('counts new submissions in the signed-in person’s scope, linking to the filtered list', async () => {
    const { inboxCounts } = await import('@cms/submissions/inboxCounts')
    const newCount = async (user: TestUser) =>
      (await inboxCounts(payload, user as never)).find((count) => count.label === 'Нові')!
    const all = await payload.count({
      collection: 'submissions',
      where: { status: { equals: 'new' } },
      overrideAccess: true,
    })
    const own = await payload.count({
      collection: 'submissions',
      where: { and: [{ status: { equals: 'new' } }, { branch: { equals: branchA.id } }] },
      overrideAccess: true,
    })
    expect(all.totalDocs).toBeGreaterThan(own.totalDocs)
    expect((await newCount(editor)).total).toBe(all.totalDocs)
    expect((await newCount(branchEditor)).total).toBe(own.totalDocs)
    expect((await newCount(editor)).href).toBe(
      '/admin/collections/submissions?where[status][equals]=new',
    )
  })
})
