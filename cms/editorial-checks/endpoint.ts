import type { Endpoint } from 'payload'

import { createRateLimiter } from '@cms/abuse/rateLimiter'
import { checkContent } from './check'

/** The edit form sends its whole state; a few megabytes is far more than any real document. */
const MAX_BODY_BYTES = 4 * 1024 * 1024
// The checklist asks once a second or so while someone types; this stops a runaway script.
const limiter = createRateLimiter({ points: 120, windowSeconds: 60 })

/**
 * POST /api/<collection>/editorial-check?locale=<uk|en> with the edit form's values: the checklist for what is
 * on the screen, before it is saved. Staff only; the answer holds findings, never other content.
 */
export const editorialCheckEndpoint = (collection: string): Endpoint => ({
  path: '/editorial-check',
  method: 'post',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ error: 'Увійдіть, щоб перевірити запис.' }, { status: 401 })
    const verdict = await limiter.take(`editorial-check:${String(req.user.id)}`)
    if (!verdict.allowed)
      return Response.json(
        { error: 'Забагато перевірок поспіль. Зачекайте хвилину.' },
        { status: 429, headers: { 'Retry-After': String(verdict.retryAfterSeconds) } },
      )
    const length = Number(req.headers.get('content-length') ?? 0)
    if (length > MAX_BODY_BYTES)
      return Response.json({ error: 'Запис завеликий для перевірки.' }, { status: 413 })
    const text = await req.text?.().catch(() => undefined)
    if (text === undefined || text.length > MAX_BODY_BYTES)
      return Response.json({ error: 'Запис завеликий для перевірки.' }, { status: 413 })
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch {
      return Response.json({ error: 'Тіло запиту — не JSON.' }, { status: 400 })
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
      return Response.json({ error: 'Очікувався об’єкт із полями запису.' }, { status: 400 })
    const findings = await checkContent(
      req.payload,
      collection,
      doc as Record<string, unknown>,
      req.locale,
    )
    return Response.json({ findings })
  },
})
