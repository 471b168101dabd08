const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Whether a link target is safe to put in an `href` on the public site: http(s), mailto and tel
 * URLs, and relative paths. Browsers ignore tabs, newlines and leading control characters inside
 * a scheme, so those are removed before looking at it (`java\tscript:` is still `javascript:`).
 */
export function isSafeUrl(raw: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (url === '') return false
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  // No scheme: a relative path or a protocol-relative URL, both resolved as http(s).
  if (!scheme) return true
  return ALLOWED_SCHEMES.has(scheme[0].toLowerCase())
}
