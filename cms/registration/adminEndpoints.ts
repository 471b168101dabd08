import type { Endpoint, PayloadRequest } from 'payload'

import { branchIdOf, isContentManager, type MaybeUser } from '@cms/access/roles'
import { env } from '@cms/config/env'
import { parseRegistrationInput } from '@domain/registration/input'
import { book } from './book'
import { cancelRegistration } from './cancel'
import { clock } from './clock'
import { sendBookingLetter, sendPromotionLetter } from './mail'
import { findBookableOccurrence, occurrencesForAdmin } from './occurrence'
import { retentionCutoff, retentionDays } from './retention'
import { rosterCsv, rosterOf, rosterXlsx } from './roster'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const idOf = (value: string): string | number => (/^\d+$/u.test(value) ? Number(value) : value)

/** A scalar body field as text ('' for anything else). */
const field = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

function query(req: PayloadRequest): { event: string; occurrence: string; format: string } {
  const params = new URL(req.url ?? '', env.CMS_URL).searchParams
  return {
    event: params.get('event') ?? '',
    occurrence: params.get('occurrence') ?? '',
    format: params.get('format') ?? '',
  }
}

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = await req.json?.()
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** Whether the signed-in user manages the event's registrations: editors all, branch editors their branch's. */
async function mayManageEvent(req: PayloadRequest, eventId: string | number): Promise<boolean> {
  const user = req.user as MaybeUser
  if (!user) return false
  if (isContentManager(user)) return true
  const occurrenceFree = await req.payload
    .findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true })
    .catch(() => null)
  const branches = ((occurrenceFree as { branches?: unknown[] } | null)?.branches ?? []).map(
    (branch) => String(branch && typeof branch === 'object' && 'id' in branch ? branch.id : branch),
  )
  const own = branchIdOf(user)
  return own !== undefined && branches.includes(String(own))
}

const NOT_ALLOWED = { message: 'Недостатньо прав для реєстрацій цієї події.' }

/** The admin's side: an occurrence's list, exports, manual add, check-in and cancelling. */
export const registrationAdminEndpoints: Endpoint[] = [
  {
    // The event's dates that can still have registrations (those within the retention period
    // and every later one), each with its counts, for the admin's choice of a date.
    path: '/registration/occurrences',
    method: 'get',
    handler: async (req) => {
      const { event } = query(req)
      if (!(await mayManageEvent(req, idOf(event)))) return json(NOT_ALLOWED, 403)
      const found = await occurrencesForAdmin(
        req.payload,
        idOf(event),
        retentionCutoff(clock.now()),
      )
      if (!found) return json({ message: 'Подію не знайдено.' }, 404)
      const { docs } = await req.payload.find({
        collection: 'registrations',
        where: { event: { equals: idOf(event) } },
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        select: { occurrence: true, status: true, places: true },
      })
      const counts = new Map<string, { confirmed: number; waiting: number; cancelled: number }>()
      for (const doc of docs) {
        const count = counts.get(doc.occurrence) ?? { confirmed: 0, waiting: 0, cancelled: 0 }
        count[doc.status] += doc.status === 'confirmed' ? doc.places : 1
        counts.set(doc.occurrence, count)
      }
      return json({
        title: found.title,
        retentionDays: retentionDays(),
        occurrences: found.occurrences.map((occurrence) => ({
          key: occurrence.key,
          start: occurrence.start.toISOString(),
          state: occurrence.state,
          counts: counts.get(occurrence.key) ?? { confirmed: 0, waiting: 0, cancelled: 0 },
        })),
      })
    },
  },
  {
    path: '/registration/roster',
    method: 'get',
    handler: async (req) => {
      const { event, occurrence } = query(req)
      if (!(await mayManageEvent(req, idOf(event)))) return json(NOT_ALLOWED, 403)
      const found = await findBookableOccurrence(req.payload, idOf(event), occurrence)
      return json({
        rows: await rosterOf(req.payload, req.user, idOf(event), occurrence),
        capacity: found?.settings.capacity ?? null,
        retentionDays: retentionDays(),
      })
    },
  },
  {
    path: '/registration/export',
    method: 'get',
    handler: async (req) => {
      const { event, occurrence, format } = query(req)
      if (!(await mayManageEvent(req, idOf(event)))) return json(NOT_ALLOWED, 403)
      if (format !== 'csv' && format !== 'xlsx')
        return json({ message: 'Формат вивантаження — csv або xlsx.' }, 400)
      const rows = await rosterOf(req.payload, req.user, idOf(event), occurrence)
      const found = await findBookableOccurrence(req.payload, idOf(event), occurrence)
      const day = occurrence.slice(0, 10)
      const filename = `reiestratsii-${String(event)}-${day}.${format}`
      const headers = {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="${filename}"`,
      }
      if (format === 'csv')
        return new Response(rosterCsv(rows), {
          headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
        })
      const title = `${found?.title ?? 'Подія'} — ${occurrence}`
      return new Response(new Uint8Array(await rosterXlsx(rows, title)), {
        headers: {
          ...headers,
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      })
    },
  },
  {
    // A phone registration added by staff: the same booking queue and checks, no consent form
    // (the person agreed on the phone), no per-person limit, open until the start.
    path: '/registration/manual',
    method: 'post',
    handler: async (req) => {
      const data = await jsonBody(req)
      const event = idOf(field(data.event))
      if (!(await mayManageEvent(req, event))) return json(NOT_ALLOWED, 403)
      const parsed = parseRegistrationInput(data, { requireConsent: false })
      if (!parsed.ok)
        return json(
          {
            message: parsed.problems.map((problem) => problem.message).join(' '),
            problems: parsed.problems,
          },
          400,
        )
      const result = await book(req.payload, {
        eventId: event,
        occurrence: field(data.occurrence),
        input: parsed.value,
        now: clock.now(),
        staff: true,
      })
      if (!result.ok) return json({ message: result.message, reason: result.reason }, 409)
      await sendBookingLetter(
        req.payload,
        { id: result.registrationId, ...parsed.value },
        result.status,
        result.occurrence,
      )
      return json(
        { status: result.status, id: result.registrationId, remaining: result.remaining },
        201,
      )
    },
  },
  {
    path: '/registration/check-in',
    method: 'post',
    handler: async (req) => {
      const data = await jsonBody(req)
      if (!req.user) return json(NOT_ALLOWED, 403)
      const updated = await req.payload
        .update({
          collection: 'registrations',
          id: idOf(field(data.id)),
          data: { checkedIn: data.checkedIn === true },
          overrideAccess: false,
          user: req.user,
          depth: 0,
        })
        .catch(() => null)
      return updated ? json({ checkedIn: updated.checkedIn }) : json(NOT_ALLOWED, 403)
    },
  },
  {
    path: '/registration/staff-cancel',
    method: 'post',
    handler: async (req) => {
      const data = await jsonBody(req)
      if (!req.user) return json(NOT_ALLOWED, 403)
      const id = idOf(field(data.id))
      // Reading through access rules first: a branch editor cancels only their branch's.
      const visible = await req.payload
        .findByID({
          collection: 'registrations',
          id,
          depth: 0,
          overrideAccess: false,
          user: req.user,
        })
        .catch(() => null)
      if (!visible) return json(NOT_ALLOWED, 403)
      const result = await cancelRegistration(req.payload, id, clock.now(), { allowPast: true })
      if (!result.ok) return json({ message: 'Реєстрацію не знайдено.' }, 404)
      if (result.occurrence)
        for (const promoted of result.promoted)
          await sendPromotionLetter(req.payload, promoted, result.occurrence)
      return json({ promoted: result.promoted.length })
    },
  },
]
