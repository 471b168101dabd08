import type { Locale } from '../i18n/locales'
import type { Finding } from './findings'
import { richTextWords } from './richText'

/**
 * Checks of a translation (issue #16), for the English version being edited: an English title
 * over an empty text (the English site would show a page with nothing on it), and text that is
 * mostly Cyrillic (Ukrainian pasted into the English version). Warnings: an editor may know why.
 */

/** Below this many letters a share means little (a title naming a Ukrainian street). */
const MIN_LETTERS = 40
/** More than this share of Cyrillic letters in an English version is most likely Ukrainian text. */
export const MAX_CYRILLIC_SHARE = 0.3

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** The share of Cyrillic letters among all letters of a text, and how many letters it has. */
export function cyrillicShare(text: string): { share: number; letters: number } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
  return { share: letters === 0 ? 0 : cyrillic / letters, letters }
}

export function checkTranslation(
  spec: { title: string; summary?: { field: string }; richText: string[] },
  doc: Record<string, unknown>,
  locale: Locale,
): Finding[] {
  if (locale !== 'en' || !hasText(doc[spec.title])) return []
  const findings: Finding[] = []
  const bodies = spec.richText.map((field) => richTextWords(doc[field]))
  const bodyField = spec.richText[0]
  if (bodyField && bodies.every((words) => words.trim() === ''))
    findings.push({
      severity: 'warning',
      code: 'translation-empty-body',
      field: bodyField,
      message:
        'Англійська версія має заголовок, але порожній текст: на англійському сайті буде сторінка без змісту.',
      fix: 'Допишіть англійський текст або зітріть англійський заголовок, доки перекладу немає (тоді англійської сторінки не буде).',
    })
  const summary = spec.summary ? doc[spec.summary.field] : undefined
  const text = [doc[spec.title], summary, ...bodies].filter(hasText).join(' ')
  const { share, letters } = cyrillicShare(text)
  if (letters >= MIN_LETTERS && share > MAX_CYRILLIC_SHARE)
    findings.push({
      severity: 'warning',
      code: 'translation-mixed-language',
      field: bodyField ?? spec.title,
      message: `В англійській версії ${Math.round(share * 100)}% літер — кирилиця: схоже, тут лишився український текст.`,
      fix: 'Перекладіть український текст англійською. Українські назви, що мають лишитися, — нормально, якщо їх небагато.',
    })
  return findings
}
