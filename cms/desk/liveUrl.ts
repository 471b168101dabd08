/**
 * The address of a site path on the live site. SITE_URL may carry a base path
 * (https://example.org/biblioteky-site), so the path is appended rather than resolved.
 */
export function liveUrl(siteUrl: string, path: string): string {
  const base = siteUrl.replace(/\/+$/, '')
  const tail = path.startsWith('/') ? path : `/${path}`
  return `${base}${tail}`
}
