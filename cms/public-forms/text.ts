import { stripRefusedCharacters } from '../fields/plainText/rules'

/**
 * A visitor's text as we store it: NFC, line breaks as \n, no control or direction-override
 * characters (stripped rather than refused: a visitor cannot see them to remove them, and the
 * plain-text rule of every field refuses them), trailing spaces and runs of blank lines gone.
 * A single-line value (a name, a subject) has no line break at all, so it can never add a
 * header to an e-mail. The text stays text: «<b>» is stored as the four characters, and nothing
 * downstream (admin, e-mails, FAQ) renders it as HTML.
 */
export function normaliseText(value: string, multiline: boolean): string {
  const unified = value.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n')
  if (!multiline) return collapseSpaces(stripRefusedCharacters(unified.replace(/[\n\t]/g, ' ')))
  const lines = unified
    .split('\n')
    .map((line) => stripRefusedCharacters(line.replace(/\t/g, ' ')).replace(/[ \u00a0]+$/, ''))
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
