import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REMOVED_MARK } from '@domain/faq/draftFromSubmission'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createUser, type TestUser } from '../support/fixtures'
import { errorMessage, restApi, tokenFor } from '../support/restApi'

// The public FAQ from good questions: an editor's deliberate «Створити запис FAQ» on an answered
// question with the author's consent (POST /api/inbox/faq-draft), publishing only after the
// editor confirms no personal data is left, and what anonymous readers may see.

let payload: Payload
let api: ReturnType<typeof restApi>
let editor: TestUser
let editorToken: string
let branchToken: string

beforeAll(async () => {
  payload = await startTestCms()
  api = restApi(payload)
  const branch = await createBranch(payload, 'Бібліотека імені Лесі Українки')
  editor = await createUser(payload, 'editor')
  const branchEditor = await createUser(payload, 'branch-editor', branch.id)
  editorToken = await tokenFor(payload, editor.email as string)
  branchToken = await tokenFor(payload, branchEditor.email as string)
}, 300_000)

afterAll(async () => {
  await stopTestCms(payload)
})

type Question = {
  faqConsent?: boolean
  replies?: { text: string; to: string; at: string }[]
  kind?: 'question' | 'partnership'
}

/** A question as the form stores it (and a reply as the workflow stores it). */
async function storedQuestion({
  faqConsent = true,
  replies = [
    {
      text: 'Так, Оксано: «Лісова пісня» шрифтом Брайля є в бібліотеці на Чоколівці, тел. (044) 242-00-11.',
      to: 'oksana@ukr.net',
      at: '2026-11-20T10:00:00.000Z',
    },
  ],
  kind = 'question',
}: Question = {}): Promise<number | string> {
  const created = await payload.create({
    collection: 'submissions',
    data: {
      kind,
      status: 'answered',
      reference: 'З-2026-00001',
      receivedAt: '2026-11-18T10:00:00.000Z',
      topic: 'finding',
      faqConsent,
      message: 'Чи є у вас «Лісова пісня» шрифтом Брайля? Пишіть: oksana@ukr.net, Оксана',
      requester: { name: 'Оксана', email: 'oksana@ukr.net' },
      replies,
    } as never,
    overrideAccess: true,
    context: { inboxSystem: true },
  })
  return created.id
}

const makeDraft = (submission: unknown, token?: string) =>
  api('POST', '/api/inbox/faq-draft', {
    token,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ submission }),
  })

type FaqEntry = {
  id: number
  question: string
  answer: string
  topic: string
  _status: string
  personalDataRemoved?: boolean
  sourceSubmission?: unknown
}

describe('«Створити запис FAQ»', () => {
  it('copies an answered, consented question into a draft without the name and contacts', async () => {
    const submission = await storedQuestion()
    const made = await makeDraft(submission, editorToken)
    expect(made.status).toBe(201)
    expect(made.body.created).toBe(true)
    const entry = (await payload.findByID({
      collection: 'faq',
      id: made.body.id as number,
      draft: true,
      overrideAccess: true,
    })) as unknown as FaqEntry
    expect(entry._status).toBe('draft')
    expect(entry.topic).toBe('finding')
    expect(entry.personalDataRemoved).toBe(false)
    expect(entry.sourceSubmission).toBe(submission)
    for (const text of [entry.question, entry.answer]) {
      expect(text).not.toMatch(/oksana|Оксан|242-00-11/i)
      expect(text).toContain(REMOVED_MARK)
    }
    expect(entry.question).toContain('«Лісова пісня» шрифтом Брайля?')
    // The vocative «Оксано» is removed too; the rest of the answer stays.
    expect(entry.answer).toContain('є в бібліотеці на Чоколівці')
    // A second click opens the same entry instead of making another.
    const again = await makeDraft(submission, editorToken)
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ id: made.body.id, created: false })
  })

  it('refuses without consent, without an answer, for other kinds and for other roles', async () => {
    const withoutConsent = await makeDraft(await storedQuestion({ faqConsent: false }), editorToken)
    expect(withoutConsent.status).toBe(422)
    expect(errorMessage(withoutConsent)).toMatch(/не погодився/)
    const unanswered = await makeDraft(await storedQuestion({ replies: [] }), editorToken)
    expect(unanswered.status).toBe(422)
    expect(errorMessage(unanswered)).toMatch(/надішліть відповідь/)
    const offer = await makeDraft(await storedQuestion({ kind: 'partnership' }), editorToken)
    expect(offer.status).toBe(422)
    const submission = await storedQuestion()
    expect((await makeDraft(submission, branchToken)).status).toBe(403)
    expect((await makeDraft(submission)).status).toBe(403)
    expect((await makeDraft('1 OR 1=1', editorToken)).status).toBe(400)
    expect((await makeDraft(987654, editorToken)).status).toBe(404)
    const count = await payload.count({
      collection: 'faq',
      where: { sourceSubmission: { equals: submission } },
      overrideAccess: true,
    })
    expect(count.totalDocs).toBe(0)
  })
})

describe('publishing and public reading', () => {
  let draftId: number
  let publishedId: number

  it('publishes only after the editor confirms that no personal data is left', async () => {
    const made = await makeDraft(await storedQuestion(), editorToken)
    draftId = made.body.id as number
    const refused = await api('PATCH', `/api/faq/${draftId}`, {
      token: editorToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(refused.status).toBe(400)
    expect(errorMessage(refused)).toMatch(/Персональних даних немає/)
    const second = await makeDraft(await storedQuestion(), editorToken)
    publishedId = second.body.id as number
    const published = await api('PATCH', `/api/faq/${publishedId}`, {
      token: editorToken,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        question: 'Чи є у вас «Лісова пісня» шрифтом Брайля?',
        answer:
          'Так, у бібліотеці на Чоколівці.\n\nЗамовити її можна в будь-якій бібліотеці мережі.',
        personalDataRemoved: true,
        _status: 'published',
      }),
    })
    expect(published.status).toBe(200)
  })

  it('anonymous readers get published entries only, without the internal fields', async () => {
    const list = await api('GET', '/api/faq?limit=100')
    expect(list.status).toBe(200)
    const docs = list.body.docs as FaqEntry[]
    expect(docs.map((doc) => doc.id)).toEqual([publishedId])
    expect(docs[0]).not.toHaveProperty('personalDataRemoved')
    expect(docs[0]).not.toHaveProperty('sourceSubmission')
    expect(docs[0]!.answer).toContain('Замовити її можна')
    const asDraft = await api('GET', `/api/faq?draft=true&where[id][equals]=${draftId}`)
    expect(asDraft.body.docs).toEqual([])
    expect((await api('GET', `/api/faq/${draftId}`)).status).toBe(404)
    expect((await api('GET', '/api/faq/versions')).status).toBe(403)
    // Through the Local API as the site build reads it.
    const local = await payload.find({ collection: 'faq', overrideAccess: false, draft: false })
    expect(local.docs.map((doc) => doc.id)).toEqual([publishedId])
    // And nothing of the submission behind it is readable anonymously.
    expect((await api('GET', '/api/submissions')).status).toBe(403)
  })

  it('staff see drafts; the source submission is never populated', async () => {
    const list = await api('GET', '/api/faq?draft=true&depth=2&limit=100', { token: editorToken })
    const docs = list.body.docs as FaqEntry[]
    expect(docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([draftId, publishedId]))
    for (const doc of docs) expect(typeof doc.sourceSubmission).not.toBe('object')
  })
})
