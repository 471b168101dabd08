import { DEFAULT_LOCALE } from '@domain/i18n/locales'

/** Payload's admin sends long reads as a POST with this header and the query in the body. */
const METHOD_OVERRIDE = 'x-payload-http-method-override'

/**
 * A REST request that names no locale, as the Ukrainian one. With `fallback: false` Payload leaves
 * such a request without a locale: reads then omit every localized field and a `where` on one
 * fails with a 500 (Payload 3.90, sanitizeLocales only defaults the locale when fallback is on).
 * Clients that never heard of languages keep getting the Ukrainian texts they always got.
 */
export async function withDefaultLocale(request: Request): Promise<Request> {
  if (request.headers.get(METHOD_OVERRIDE)?.toUpperCase() === 'GET')
    return withDefaultLocaleInBody(request)
  const url = new URL(request.url)
  if (url.searchParams.has('locale')) return request
  url.searchParams.set('locale', DEFAULT_LOCALE)
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
  }
  // The body stream passes through unread: the upload limits still see it arrive.
  if (hasBody) Object.assign(init, { body: request.body, duplex: 'half' })
  return new Request(url, init)
}

/**
 * A read sent as a POST carries its query in the body, and Payload then reads the query from the
 * body alone: a locale added to the address was ignored and the body's dropped, so the admin's
 * relationship pickers got every document without its (localized) title. The locale goes into
 * the body. Such a body is a short query string, read whole.
 */
async function withDefaultLocaleInBody(request: Request): Promise<Request> {
  const query = new URLSearchParams(await request.text())
  if (!query.has('locale')) query.set('locale', DEFAULT_LOCALE)
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return new Request(request.url, {
    method: request.method,
    headers,
    body: query.toString(),
    signal: request.signal,
  })
}
