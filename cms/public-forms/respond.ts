import { FORM_ERRORS, type FormErrorCode } from '@domain/public-forms/errors'
import { isPublicFormName } from '@domain/public-forms/forms'
import { urls } from '@domain/urls/urls'

import { env } from '../config/env'
import type { BodyKind } from './body'
import type { FieldErrors } from './fields'
import { corsHeaders } from './origin'
import { receiptLocation } from './receipt'

/**
 * Answers in the form the visitor's browser understands: a form sent without JavaScript gets a
 * 303 to a static page of the site (its confirmation, or the page that explains the refusal) or,
 * when it got a registration number, to the CMS's receipt page with the number and deadline;
 * the page's script gets JSON with the same Ukrainian words.
 */

const siteAddress = (path: string) => new URL(path, env.SITE_URL).href

function redirect(path: string, extra: Record<string, string> = {}): Response {
  return new Response(null, {
    status: 303,
    headers: {
      Location: siteAddress(path),
      'Cache-Control': 'no-store',
      ...corsHeaders(),
      ...extra,
    },
  })
}

export type Refusal = {
  code: FormErrorCode | (string & {})
  status: number
  /** A message of the form's own (e.g. «no places left»); else the code's standard one. */
  message?: string
  fields?: FieldErrors
  retryAfterSeconds?: number
}

function standardMessage(code: string): string {
  return (
    (FORM_ERRORS as Record<string, { message: string }>)[code]?.message ??
    FORM_ERRORS.server.message
  )
}

export function refuse(kind: BodyKind, refusal: Refusal): Response {
  const retry: Record<string, string> = refusal.retryAfterSeconds
    ? { 'Retry-After': String(refusal.retryAfterSeconds) }
    : {}
  if (kind === 'form') return redirect(urls.formError(refusal.code), retry)
  const message = refusal.message ?? standardMessage(refusal.code)
  return Response.json(
    {
      ok: false,
      code: refusal.code,
      message,
      ...(refusal.fields ? { fields: refusal.fields } : {}),
    },
    {
      status: refusal.status,
      headers: { 'Cache-Control': 'no-store', ...corsHeaders(), ...retry },
    },
  )
}

export type Acceptance = {
  /** What the visitor reads (JSON answer); the static page has the form's standard words. */
  message: string
  /** The registration number the visitor can quote. */
  reference?: string
  /** Anything else the form's script shows (remaining places…). */
  data?: Record<string, unknown>
  /** The deadline of the answer, shown with the number to a visitor without JavaScript. */
  due?: Date
  /** The site's page for a form sent without JavaScript, when not the form's standard one. */
  sentPath?: string
}

/**
 * Without JavaScript: a form of its own page goes there; one with a registration number to the
 * CMS's receipt (receipt.ts), which shows the number and the deadline; any other to the site's
 * static confirmation.
 */
function acceptedLocation(form: string, acceptance: Acceptance, secret: string): string {
  if (acceptance.sentPath) return siteAddress(acceptance.sentPath)
  if (acceptance.reference && isPublicFormName(form))
    return receiptLocation(secret, form, acceptance.reference, acceptance.due)
  return siteAddress(urls.formSent(form))
}

export function accept(
  kind: BodyKind,
  form: string,
  acceptance: Acceptance,
  secret: string,
): Response {
  if (kind === 'form')
    return new Response(null, {
      status: 303,
      headers: {
        Location: acceptedLocation(form, acceptance, secret),
        'Cache-Control': 'no-store',
        ...corsHeaders(),
      },
    })
  return Response.json(
    { ok: true, message: acceptance.message, reference: acceptance.reference, ...acceptance.data },
    { status: 201, headers: { 'Cache-Control': 'no-store', ...corsHeaders() } },
  )
}

/** The answer kind when the body's type does not tell it: a script asks for JSON. */
export function kindFromAccept(headers: Headers): BodyKind {
  return (headers.get('accept') ?? '').includes('application/json') ? 'json' : 'form'
}
