import type { Endpoint, PayloadRequest } from 'payload'

import { isContentManager } from '@cms/access/roles'
import { faqDraftFrom } from '@domain/faq/draftFromSubmission'

/**
 * «Створити запис FAQ»: `POST /api/inbox/faq-draft` with JSON `{ "submission": id }` copies an
 * answered question whose author agreed to publication into a draft FAQ entry, without the
 * requester's name or contact (domain/faq removes what it can find; the editor reads the rest and
 * confirms before publishing). Never published here. A second call for the same submission
 * answers with the entry made before. Editors and admins only, with their own access rights.
 */

function refuse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

type Stored = {
  id: number | string
  kind: string
  message?: string | null
  topic?: string | null
  faqConsent?: boolean | null
  requester?: { name?: string | null } | null
  replies?: { text?: string | null }[] | null
}

async function submissionIdOf(req: PayloadRequest): Promise<number | string | undefined> {
  try {
    const body = (await req.json?.()) as { submission?: unknown } | undefined
    const id = body?.submission
    return typeof id === 'number' || (typeof id === 'string' && /^\w{1,40}$/.test(id))
      ? id
      : undefined
  } catch {
    return undefined
  }
}

async function existingEntry(req: PayloadRequest, submission: number | string) {
  const found = await req.payload.find({
    collection: 'faq',
    where: { sourceSubmission: { equals: submission } },
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  return found.docs[0]
}

async function createFaqDraft(req: PayloadRequest): Promise<Response> {
  if (!isContentManager(req.user)) return refuse(403, 'Лише редактор або адміністратор.')
  const id = await submissionIdOf(req)
  if (id === undefined) return refuse(400, 'Надішліть JSON: { "submission": <номер запису> }.')
  let stored: Stored
  try {
    stored = await req.payload.findByID({
      collection: 'submissions',
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
  } catch {
    return refuse(404, 'Звернення не знайдено.')
  }
  const before = await existingEntry(req, stored.id)
  if (before) return Response.json({ id: before.id, created: false })
  const made = faqDraftFrom({
    kind: stored.kind,
    message: stored.message,
    topic: stored.topic,
    faqConsent: stored.faqConsent,
    requesterName: stored.requester?.name,
    replies: stored.replies ?? [],
  })
  if (!made.ok) return refuse(422, made.reason)
  const entry = await req.payload.create({
    collection: 'faq',
    data: {
      ...made.draft,
      sourceSubmission: stored.id,
      personalDataRemoved: false,
      _status: 'draft',
    } as never,
    draft: true,
    locale: 'uk',
    overrideAccess: false,
    user: req.user,
  })
  return Response.json({ id: entry.id, created: true }, { status: 201 })
}

export const faqEndpoints: Endpoint[] = [
  { path: '/inbox/faq-draft', method: 'post', handler: createFaqDraft },
]
