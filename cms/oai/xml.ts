/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot hold at all (control characters pasted from old systems).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  )
}

/** `<name attr="…">text</name>`, or `<name attr="…"/>` when there is no content. */
export function element(
  name: string,
  content?: string,
  attributes: Record<string, string | number | undefined> = {},
): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('')
  return content === undefined || content === ''
    ? `<${name}${attrs}/>`
    : `<${name}${attrs}>${content}</${name}>`
}

/** An element whose content is text (escaped). */
export const textElement = (
  name: string,
  text: string,
  attributes: Record<string, string | number | undefined> = {},
) => element(name, escapeXml(text), attributes)
