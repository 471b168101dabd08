import type { Payload, PayloadRequest } from 'payload'

import { definePublicForm, FormRefusal, type SubmissionContext } from '@cms/public-forms/definition'
import type { Acceptance } from '@cms/public-forms/respond'
import { formatKyivDateTime } from '@domain/format/dates'
import { PUBLIC_FORMS } from '@domain/public-forms/forms'
import { informationRequestDue } from '@domain/submissions/deadlines'
import { acknowledgement } from '@domain/submissions/messages'
import { ANSWER_FORMS } from '@domain/vocabularies/answerForms'
import { PARTNER_OFFERS } from '@domain/vocabularies/partnerOffers'
import { QUESTION_TOPICS } from '@domain/vocabularies/questionTopics'
import { SUBMISSION_KINDS, type SubmissionKind } from '@domain/vocabularies/submissionKinds'
import { URGENT_GROUNDS, type UrgentGround } from '@domain/vocabularies/urgentGrounds'
import { addWorkingDays, kyivDayOf, kyivEndOfDay } from '@domain/working-days/calendar'
import { readInboxSettings } from './calendar'
import { scheduleDelivery } from './delivery'
import { queueEmail } from './outbox'
import { urgencyOf } from './urgency'

/** Questions get an answer within this many working days (the network's own standard). */
export const QUESTION_WORKING_DAYS = 5

const REFERENCE_PREFIX: Record<SubmissionKind, string> = {
  question: 'З',
  'information-request': 'ПІ',
  partnership: 'П',
  'page-feedback': 'В',
}

type NewSubmission = {
  kind: SubmissionKind
  requester?: {
    name?: string
    email?: string
    phone?: string
    postalAddress?: string
    organisation?: string
  }
  branch?: number | string
  status?: 'new' | 'closed'
  due?: Date
  fields: Record<string, unknown>
}

/** «ПІ-2026-00042»: the kind, the Kyiv year and the stored record's number. */
function referenceOf(kind: SubmissionKind, id: number | string, receivedAt: Date): string {
  const year = kyivDayOf(receivedAt).slice(0, 4)
  const number = typeof id === 'number' ? String(id).padStart(5, '0') : id.slice(-6).toUpperCase()
  return `${REFERENCE_PREFIX[kind]}-${year}-${number}`
}

/**
 * Stores a submission (first, before any e-mail), gives it its number, then queues the
 * acknowledgement when there is an address to send it to.
 */
async function storeSubmission(
  submission: NewSubmission,
  context: SubmissionContext,
): Promise<{ reference: string }> {
  const { payload } = context.req
  const settings = await readInboxSettings(payload)
  const status = submission.status ?? 'new'
  const created = await payload.create({
    collection: 'submissions',
    data: {
      kind: submission.kind,
      status,
      receivedAt: context.now.toISOString(),
      dueAt: submission.due?.toISOString(),
      urgency: urgencyOf(status, submission.due, context.now, settings.calendar),
      branch: submission.branch,
      requester: submission.requester ?? {},
      proof: context.proof,
      ...submission.fields,
    } as never,
    overrideAccess: true,
    context: { inboxSystem: true },
  })
  const reference = referenceOf(submission.kind, created.id, context.now)
  await payload.update({
    collection: 'submissions',
    id: created.id,
    data: { reference },
    overrideAccess: true,
    context: { inboxSystem: true },
  })
  const email = submission.requester?.email
  if (email) {
    const message = acknowledgement({
      reference,
      kindTitle: SUBMISSION_KINDS[submission.kind].label.uk,
      due: submission.due,
      text: typeof submission.fields.message === 'string' ? submission.fields.message : '',
    })
    await queueEmail(
      payload,
      { kind: 'acknowledgement', to: email, submission: created.id, ...message },
      context.now,
    )
    scheduleDelivery(payload)
  }
  return { reference }
}

/** A preferred branch must be a published one; anything else is refused with a message. */
async function publishedBranch(
  payload: Payload,
  value: string | undefined,
  req: PayloadRequest,
): Promise<number | string | undefined> {
  if (!value) return undefined
  const found = await payload.find({
    collection: 'branches',
    where: { and: [{ id: { equals: value } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req: { ...req, user: null },
  })
  const branch = found.docs[0]
  if (!branch) throw new FormRefusal('invalid', '«Бібліотека»: виберіть бібліотеку зі списку.', 422)
  return branch.id
}

const keys = (vocabulary: Record<string, unknown>) => Object.keys(vocabulary)

export const questionForm = definePublicForm({
  name: 'zapytannia',
  consent: true,
  fields: {
    question: {
      type: 'text',
      label: 'Запитання',
      maxLength: 3000,
      multiline: true,
      required: true,
    },
    topic: { type: 'choice', label: 'Тема', options: keys(QUESTION_TOPICS), required: true },
    branch: { type: 'text', label: 'Бібліотека', maxLength: 24 },
    name: { type: 'text', label: 'Ім’я', maxLength: 200, required: true },
    contact: { type: 'contact', label: 'E-mail або телефон', required: true },
    faqConsent: { type: 'flag', label: 'Згода на публікацію в ЧаПи' },
  },
  async accept(values, context): Promise<Acceptance> {
    const settings = await readInboxSettings(context.req.payload)
    const contact = values.contact!
    const due = kyivEndOfDay(
      addWorkingDays(kyivDayOf(context.now), QUESTION_WORKING_DAYS, settings.calendar),
    )
    const { reference } = await storeSubmission(
      {
        kind: 'question',
        branch: await publishedBranch(context.req.payload, values.branch, context.req),
        requester: { name: values.name, [contact.kind]: contact.value },
        due,
        fields: { message: values.question, topic: values.topic, faqConsent: values.faqConsent },
      },
      context,
    )
    return {
      message: `Запитання надіслано, № ${reference}. Ми відповімо до ${formatKyivDateTime(due)}.`,
      reference,
      due,
    }
  },
})

export const informationRequestForm = definePublicForm({
  name: 'publichna-informatsiia',
  consent: true,
  fields: {
    name: { type: 'text', label: 'Ім’я або найменування', maxLength: 300, required: true },
    email: { type: 'email', label: 'E-mail' },
    postalAddress: { type: 'text', label: 'Поштова адреса', maxLength: 500, multiline: true },
    phone: { type: 'phone', label: 'Телефон' },
    request: {
      type: 'text',
      label: 'Яку інформацію ви запитуєте',
      maxLength: 5000,
      multiline: true,
      required: true,
    },
    answerForm: {
      type: 'choice',
      label: 'Форма відповіді',
      options: keys(ANSWER_FORMS),
      required: true,
    },
    urgentGround: { type: 'choice', label: 'Строк', options: keys(URGENT_GROUNDS) },
  },
  async accept(values, context): Promise<Acceptance> {
    if (values.answerForm === 'email' && !values.email)
      throw new FormRefusal('invalid', '«E-mail»: вкажіть адресу, на яку надіслати відповідь.', 422)
    if (values.answerForm === 'post' && !values.postalAddress)
      throw new FormRefusal(
        'invalid',
        '«Поштова адреса»: вкажіть адресу, на яку надіслати відповідь.',
        422,
      )
    const ground = (values.urgentGround ?? 'none') as UrgentGround
    const settings = await readInboxSettings(context.req.payload)
    const due = informationRequestDue(context.now, ground, settings.calendar)
    const { reference } = await storeSubmission(
      {
        kind: 'information-request',
        requester: {
          name: values.name,
          email: values.email,
          phone: values.phone,
          postalAddress: values.postalAddress,
        },
        due,
        fields: { message: values.request, answerForm: values.answerForm, urgentGround: ground },
      },
      context,
    )
    return {
      message: `Запит зареєстровано за № ${reference}. Відповідь надамо не пізніше ${formatKyivDateTime(due)}.`,
      reference,
      due,
      data: { due: due.toISOString() },
    }
  },
})

export const partnershipForm = definePublicForm({
  name: 'partnerstvo',
  consent: true,
  fields: {
    organisation: { type: 'text', label: 'Організація або ім’я', maxLength: 300, required: true },
    offers: {
      type: 'choices',
      label: 'Що ви пропонуєте',
      options: keys(PARTNER_OFFERS),
      required: true,
    },
    message: { type: 'text', label: 'Докладніше', maxLength: 3000, multiline: true },
    contact: { type: 'contact', label: 'E-mail або телефон', required: true },
  },
  async accept(values, context): Promise<Acceptance> {
    const contact = values.contact!
    const { reference } = await storeSubmission(
      {
        kind: 'partnership',
        requester: { organisation: values.organisation, [contact.kind]: contact.value },
        fields: { offers: values.offers, message: values.message },
      },
      context,
    )
    return { message: PUBLIC_FORMS.partnerstvo.sent, reference }
  },
})

/** Page feedback holds no personal data: no name, no contact, no consent needed. */
export const pageFeedbackForm = definePublicForm({
  name: 'vidhuk',
  consent: false,
  fields: {
    page: { type: 'text', label: 'Сторінка', maxLength: 500, required: true },
    useful: {
      type: 'choice',
      label: 'Чи корисна сторінка',
      options: ['yes', 'no'],
      required: true,
    },
    comment: { type: 'text', label: 'Коментар', maxLength: 1000, multiline: true },
  },
  async accept(values, context): Promise<Acceptance> {
    if (!values.page!.startsWith('/') || values.page!.startsWith('//'))
      throw new FormRefusal('invalid', '«Сторінка»: адреса сторінки сайту, напр. /novyny/.', 422)
    await storeSubmission(
      {
        kind: 'page-feedback',
        // Only a comment needs reading; a bare yes or no is kept for the statistics.
        status: values.comment ? 'new' : 'closed',
        fields: { pageUrl: values.page, useful: values.useful, message: values.comment },
      },
      context,
    )
    return { message: PUBLIC_FORMS.vidhuk.sent }
  },
})
