import { DEFAULT_LOCALE } from '@domain/i18n/locales'

/**
 * A REST request that names no locale, as the Ukrainian one. With `fallback: false` Payload leaves
 * such a request without a locale: reads then omit every localized field and a `where` on one
 * fails with a 500 (Payload 3.90, sanitizeLocales only defaults the locale when fallback is on).
 * Clients that never heard of languages keep getting the Ukrainian texts they always got.
 */
export function withDefaultLocale(request: Request): Request {
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
