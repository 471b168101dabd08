/**
 * What a plain-text value (a title, a name, a description) may contain.
 *
 * Refused, never silently changed, so that nothing is lost without a word:
 * - C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). SQLite's C strings cut a value
 *   at U+0000 (everything after it was lost), and the others are invisible noise from pasted or
 *   imported text. A multi-line field keeps tab, line feed and carriage return.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make a
 *   text read differently from what it stores («invoice‮fdp.png» shows as «invoicegnp.pdf»).
 *   The ordinary direction marks U+200E, U+200F and U+061C stay allowed.
 * - Line and paragraph separators (U+2028, U+2029) in a single-line field.
 */

export type TextRule = { multiline: boolean; maxLength: number }

/** The first character a rule refuses, with its position (1-based, as an editor counts). */
export type CharacterCategory = 'control' | 'bidi' | 'separator'

export type TextProblem =
  | { kind: 'character'; codePoint: string; position: number; category: CharacterCategory }
  | { kind: 'tooLong'; length: number; maxLength: number }

/** Longest title of any collection unless the collection says otherwise. */
export const TITLE_MAX_LENGTH = 300
/** Longest single-line text field without a limit of its own. */
export const TEXT_MAX_LENGTH = 1000
/** Longest multi-line text field without a limit of its own (a transcription can be long). */
export const TEXTAREA_MAX_LENGTH = 40_000

const MULTILINE_ALLOWED = new Set(['\t', '\n', '\r'])

/** How each category is named to an editor. */
export const CATEGORY_NAMES: Record<CharacterCategory, { uk: string; en: string }> = {
  control: { uk: 'керівний символ', en: 'a control character' },
  bidi: { uk: 'символ зміни напрямку тексту', en: 'a text direction override' },
  separator: { uk: 'розрив рядка чи абзацу', en: 'a line or paragraph separator' },
}

function categorize(char: string): CharacterCategory | undefined {
  const code = char.codePointAt(0)!
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 'control'
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'bidi'
  if (code === 0x2028 || code === 0x2029) return 'separator'
  return undefined
}

/** U+0000 written the way Unicode names it. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The first refused character of `value`, or undefined when every character is allowed. */
export function findRefusedCharacter(
  value: string,
  multiline: boolean,
): Extract<TextProblem, { kind: 'character' }> | undefined {
  let position = 0
  for (const char of value) {
    position += 1
    if (multiline && MULTILINE_ALLOWED.has(char)) continue
    const category = categorize(char)
    if (category) return { kind: 'character', codePoint: codePointName(char), position, category }
  }
  return undefined
}

/** The first problem of `value` under `rule`: a refused character, then the length. */
export function checkText(value: string, rule: TextRule): TextProblem | undefined {
  const refused = findRefusedCharacter(value, rule.multiline)
  if (refused) return refused
  if (value.length > rule.maxLength)
    return { kind: 'tooLong', length: value.length, maxLength: rule.maxLength }
  return undefined
}

/** The problem in Ukrainian, as the importer and the API say it. */
export function describeTextProblem(problem: TextProblem): string {
  if (problem.kind === 'tooLong')
    return `текст задовгий: ${problem.length} символів, найбільше ${problem.maxLength}`
  return `містить ${CATEGORY_NAMES[problem.category].uk} ${problem.codePoint} (символ ${problem.position}); приберіть його`
}

/**
 * Removes what `findRefusedCharacter` refuses. Only for names that we make ourselves from
 * something outside our control, such as an uploaded file's name: there the rule is to clean,
 * since nobody can retype a name a browser sends.
 */
export function stripRefusedCharacters(value: string): string {
  let result = ''
  for (const char of value) if (!categorize(char)) result += char
  return result
}
