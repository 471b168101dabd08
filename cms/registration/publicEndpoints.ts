import type { Endpoint, PayloadRequest } from 'payload'

import { clientAddress, createRateLimiter } from '@cms/abuse/rateLimiter'
import { env } from '@cms/config/env'
import { corsHeaders } from '@cms/public-forms/origin'
import { FORM_ERRORS } from '@domain/public-forms/errors'
import { resultPath } from '@domain/registration/pages'
import { urls } from '@domain/urls/urls'
import { placesLeft } from './book'
import { cancelRegistration } from './cancel'
import { verifyCancelToken } from './cancelToken'
import { renderCancelPage } from './cancelPage'
import { clock } from './clock'
import { sendPromotionLetter } from './mail'

/**
 * Registration's public endpoints besides the form itself (which goes through the public forms'
 * path, publicForm.ts): the places left for the form's script, and the letter's cancel link.
 */

/** Per address: a cancel link is used once or twice; guessing tokens is pointless, but bounded. */
export const CANCEL_RATE = { points: 20, windowSeconds: 10 * 60 }
/** The form's script asks once per page view and per chosen date. */
export const PLACES_RATE = { points: 120, windowSeconds: 60 }

const cancelLimiter = createRateLimiter(CANCEL_RATE)
const placesLimiter = createRateLimiter(PLACES_RATE)

const BODY_LIMIT_BYTES = 2048

const siteAddress = (path: string) => new URL(path, env.SITE_URL).href

function wantsJson(req: PayloadRequest): boolean {
  return (
    (req.headers.get('content-type') ?? '').includes('application/json') ||
    (req.headers.get('accept') ?? '').includes('application/json')
  )
}

type Answer = { status: number; path: string; message: string }

/** JSON for a script, else a 303 to the site's static page: the same words either way. */
function respond(req: PayloadRequest, answer: Answer): Response {
  const headers = { 'Cache-Control': 'no-store' }
  if (wantsJson(req))
    return Response.json(
      { ok: answer.status < 300, message: answer.message },
      { status: answer.status, headers },
    )
  return new Response(null, {
    status: 303,
    headers: { ...headers, Location: siteAddress(answer.path) },
  })
}

/** The token from a small form-encoded or JSON body; '' when there is none. */
async function tokenFrom(req: PayloadRequest): Promise<string> {
  if (Number(req.headers.get('content-length') ?? '0') > BODY_LIMIT_BYTES) return ''
  const text = ((await req.text?.()) ?? '').slice(0, BODY_LIMIT_BYTES)
  if ((req.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text)
      const token = (parsed as { token?: unknown } | null)?.token
      return typeof token === 'string' ? token : ''
    } catch {
      return ''
    }
  }
  return new URLSearchParams(text).get('token') ?? ''
}

const INVALID = {
  path: resultPath('cancel-invalid'),
  message: 'Посилання для скасування недійсне або вже застаріле.',
}

async function handleCancel(req: PayloadRequest): Promise<Answer> {
  const verdict = await cancelLimiter.take(clientAddress(req.headers))
  if (!verdict.allowed)
    return {
      status: 429,
      path: urls.formError('rate-address'),
      message: FORM_ERRORS['rate-address'].message,
    }
  const check = verifyCancelToken(req.payload.secret, await tokenFrom(req), clock.now())
  if (!check.ok) return { status: check.reason === 'malformed' ? 400 : 403, ...INVALID }
  const id = /^\d+$/u.test(check.id) ? Number(check.id) : check.id
  const result = await cancelRegistration(req.payload, id, clock.now())
  if (!result.ok) return { status: 410, ...INVALID }
  // Stored first (the cancellation and the promotions), then the letters.
  if (result.occurrence)
    for (const promoted of result.promoted)
      await sendPromotionLetter(req.payload, promoted, result.occurrence)
  return { status: 200, path: resultPath('cancelled'), message: 'Реєстрацію скасовано.' }
}

const idParam = (value: string): string | number => (/^\d+$/u.test(value) ? Number(value) : value)

export const registrationPublicEndpoints: Endpoint[] = [
  {
    // Free places for the form's script (CORS for the site only); 404 when not bookable.
    path: '/registration/places',
    method: 'get',
    handler: async (req) => {
      const headers = { 'Cache-Control': 'no-store', ...corsHeaders() }
      const verdict = await placesLimiter.take(clientAddress(req.headers))
      if (!verdict.allowed) return Response.json(null, { status: 429, headers })
      const url = new URL(req.url ?? '', env.CMS_URL)
      const event = url.searchParams.get('event') ?? ''
      const occurrence = url.searchParams.get('occurrence') ?? ''
      const places =
        /^[\w-]{1,40}$/u.test(event) && occurrence.length <= 40
          ? await placesLeft(req.payload, idParam(event), occurrence)
          : null
      return Response.json(places, { status: places ? 200 : 404, headers })
    },
  },
  {
    // The letter's link: a page with one button (a GET changes nothing, so mail scanners that
    // follow links cannot cancel anybody's place).
    path: '/registration/cancel',
    method: 'get',
    handler: (req) => {
      const token = new URL(req.url ?? '', env.CMS_URL).searchParams.get('token') ?? ''
      const check = verifyCancelToken(req.payload.secret, token, clock.now())
      return new Response(renderCancelPage(token, check.ok), {
        status: check.ok ? 200 : 403,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
          'Content-Security-Policy':
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        },
      })
    },
  },
  {
    path: '/registration/cancel',
    method: 'post',
    handler: async (req) => respond(req, await handleCancel(req)),
  },
]
