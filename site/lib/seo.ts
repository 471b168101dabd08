/**
 * JSON-LD for a <script> element: `<` is escaped so text from the CMS can never close the script.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/** A meta description from longer text: whole words, at most ~160 characters. */
export function describe(text: string | undefined, limit = 160): string | undefined {
  if (!text) return undefined
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= limit) return clean
  const cut = clean.slice(0, limit)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 20)).replace(/[,;:–—-]$/u, '')}…`
}
