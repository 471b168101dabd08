import { env } from '../config/env'

/** The CMS, where the site's public forms post and fetch their proof-of-work challenge. */
const cmsOrigin = new URL(env.CMS_URL).origin

/**
 * Response headers for the public site: a strict Content Security Policy (Pagefind's search
 * runs WebAssembly, hence 'wasm-unsafe-eval'; no inline script, no plugins, no framing) and the
 * usual hardening. The nginx configuration in deploy/ sends the same set.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://tile.openstreetmap.org",
    "font-src 'self'",
    `connect-src 'self' ${cmsOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${cmsOrigin}`,
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Geolocation for the site's own pages only: «Де зараз відчинено» sorts by distance in the page.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}
