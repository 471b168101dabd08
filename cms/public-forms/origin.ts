import { env } from '../config/env'

/** The public site, the only origin whose pages may send our forms. */
export const siteOrigin = (): string => new URL(env.SITE_URL).origin

/**
 * Whether a request comes from a page of the site. Browsers send Origin with every POST and
 * with cross-origin fetches; with our Referrer-Policy (strict-origin-when-cross-origin) the
 * Referer names the site too, which covers a browser that leaves Origin out. A request naming
 * neither (a script, curl) is refused: the forms exist for the site's visitors.
 */
export function comesFromSite(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin !== null) return origin === siteOrigin()
  const referer = headers.get('referer')
  if (!referer) return false
  try {
    return new URL(referer).origin === siteOrigin()
  } catch {
    return false
  }
}

/** CORS for the site only: the browser lets the site's script read our answer, nobody else's. */
export function corsHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': siteOrigin(),
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Accept',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  }
}
