import { createHmac, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { isPublicFormName, PUBLIC_FORMS_API_PREFIX } from '@domain/public-forms/forms'
import { RECEIPT_REFERENCE, receiptOf, type Receipt } from '@domain/public-forms/receipt'
import { urls } from '@domain/urls/urls'

import { clientAddress } from '../abuse/rateLimiter'
import { env } from '../config/env'
import type { Limiters } from './limits'

/**
 * The page a form sent without JavaScript lands on when it got a registration number: the
 * site is static and cannot show what the CMS just gave, so the CMS answers the form's POST with
 * a 303 to `GET /api/forms/receipt?f=<form>&n=<number>&d=<deadline>&s=<signature>` and renders
 * a small page of its own. The address carries only the number and the deadline (no personal
 * data), signed with the CMS's secret so nobody can make the CMS show a number it never gave;
 * rendering reads no database, and the address's requests are rate limited like the forms'.
 */

export const RECEIPT_PATH = `${PUBLIC_FORMS_API_PREFIX}receipt`

function signature(secret: string, form: string, reference: string, due: string): string {
  return createHmac('sha256', secret)
    .update(`receipt\n${form}\n${reference}\n${due}`)
    .digest('base64url')
    .slice(0, 32)
}

/** The receipt's address on the CMS, for the 303 that answers an accepted form. */
export function receiptLocation(
  secret: string,
  form: string,
  reference: string,
  due?: Date,
): string {
  const d = due ? due.toISOString() : ''
  const params = new URLSearchParams({
    f: form,
    n: reference,
    d,
    s: signature(secret, form, reference, d),
  })
  return new URL(`${RECEIPT_PATH}?${params}`, env.CMS_URL).href
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

const site = (path: string) => escapeHtml(new URL(path, env.SITE_URL).href)

/** A plain, accessible page in the site's language; every text escaped. */
function receiptHtml(receipt: Receipt | undefined): string {
  const title = receipt ? receipt.title : 'Посилання недійсне'
  const body = receipt
    ? `<h1>Надіслано</h1>
<p>${escapeHtml(receipt.lead)}</p>
<dl>
<dt>Номер звернення</dt><dd><strong data-receipt-reference>${escapeHtml(receipt.reference)}</strong></dd>
${receipt.due ? `<dt>Строк відповіді</dt><dd data-receipt-due>${escapeHtml(receipt.due)}</dd>` : ''}
</dl>
<p>${escapeHtml(receipt.keep)}</p>`
    : `<h1>Посилання недійсне</h1>
<p>Ця адреса пошкоджена або неповна. Якщо ви щойно надіслали звернення, його збережено: номер надійде листом, якщо ви вказали e-mail, або назвіть бібліотекарю своє ім’я.</p>`
  return `<!doctype html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Бібліотеки Солом’янки</title>
<style>
body{font:1.125rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
a{color:#0b4f8a}
dt{font-weight:600;margin-top:.75rem}
dd{margin:0;font-size:1.25rem}
</style>
</head>
<body>
<header><p style="max-width:40rem;margin:0 auto;padding:1rem 1rem 0"><a href="${site(urls.home())}">Бібліотеки Солом’янки</a></p></header>
<main>
${body}
<ul>
<li><a href="${site(urls.home())}">Головна сторінка</a></li>
<li><a href="${site(urls.branches())}">Бібліотеки: адреси й телефони</a></li>
<li><a href="${site(urls.contactUs())}">Зверніться до нас</a></li>
</ul>
</main>
</body>
</html>`
}

function verified(url: URL, secret: string): Receipt | undefined {
  const form = url.searchParams.get('f') ?? ''
  const reference = url.searchParams.get('n') ?? ''
  const due = url.searchParams.get('d') ?? ''
  const given = Buffer.from(url.searchParams.get('s') ?? '')
  if (!isPublicFormName(form) || !RECEIPT_REFERENCE.test(reference)) return undefined
  if (due !== '' && Number.isNaN(Date.parse(due))) return undefined
  const expected = Buffer.from(signature(secret, form, reference, due))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return receiptOf(form, reference, due ? new Date(due) : undefined)
}

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

export async function handleReceipt(req: PayloadRequest, limiters: Limiters): Promise<Response> {
  const verdict = await limiters.requests.take(clientAddress(req.headers))
  if (!verdict.allowed)
    return new Response('Забагато запитів. Спробуйте за хвилину.', {
      status: 429,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': String(verdict.retryAfterSeconds),
      },
    })
  const receipt = verified(new URL(req.url ?? '', env.CMS_URL), req.payload.secret)
  return new Response(receiptHtml(receipt), { status: receipt ? 200 : 400, headers: HEADERS })
}
