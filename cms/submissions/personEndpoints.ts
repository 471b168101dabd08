import type { Endpoint, PayloadRequest } from 'payload'

import { isAdminUser } from '@cms/access/roles'
import { normalizeEmail } from '@domain/contact/email'
import { normalizeUkrainianPhone } from '@domain/contact/phone'
import { erasePersonalData, findByPerson } from './retention'

/**
 * A person's right to their data (Law of Ukraine «Про захист персональних даних», art. 8):
 * an admin exports or erases everything the inbox holds about one person, found by e-mail or
 * phone. `GET /api/inbox/person?email=…|phone=…` answers JSON to download;
 * `POST /api/inbox/person/erase` (JSON `{ email }` or `{ phone }`) erases and says how many.
 */

function refuse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

function personOf(source: { email?: unknown; phone?: unknown }) {
  const email = typeof source.email === 'string' ? normalizeEmail(source.email) : undefined
  const phone = typeof source.phone === 'string' ? normalizeUkrainianPhone(source.phone) : undefined
  return email || phone ? { email, phone } : undefined
}

const EXPORTED = [
  'reference',
  'kind',
  'status',
  'receivedAt',
  'dueAt',
  'requester',
  'topic',
  'message',
  'answerForm',
  'offers',
  'replies',
  'personalDataErasedAt',
]

function exportOf(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(EXPORTED.map((key) => [key, doc[key] ?? null]))
}

async function exportPerson(req: PayloadRequest): Promise<Response> {
  if (!isAdminUser(req.user)) return refuse(403, 'Лише адміністратор.')
  const url = new URL(req.url ?? '', 'http://localhost')
  const person = personOf(Object.fromEntries(url.searchParams))
  if (!person) return refuse(400, 'Вкажіть e-mail або український номер телефону особи.')
  const docs = await findByPerson(req.payload, person)
  return Response.json(
    { person, submissions: docs.map(exportOf) },
    {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': 'attachment; filename="personal-data.json"',
      },
    },
  )
}

async function erasePerson(req: PayloadRequest): Promise<Response> {
  if (!isAdminUser(req.user)) return refuse(403, 'Лише адміністратор.')
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return refuse(400, 'Надішліть JSON: { "email": "…" } або { "phone": "…" }.')
  }
  const person = personOf(body ?? {})
  if (!person) return refuse(400, 'Вкажіть e-mail або український номер телефону особи.')
  const docs = await findByPerson(req.payload, person)
  const now = new Date()
  for (const doc of docs) await erasePersonalData(req.payload, doc.id as number | string, now)
  return Response.json({ erased: docs.length })
}

export const personEndpoints: Endpoint[] = [
  { path: '/inbox/person', method: 'get', handler: exportPerson },
  { path: '/inbox/person/erase', method: 'post', handler: erasePerson },
]
