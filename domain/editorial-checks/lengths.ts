import type { Finding } from './findings'

/**
 * Lengths the site shows well. A title longer than this wraps to three or more lines on a
 * phone's card and is cut in search results; a page's description longer than 160 characters
 * is cut by search engines; a news excerpt is the card's text, two or three lines.
 */
export const TITLE_MAX = 90
export const EXCERPT_MAX = 200
export const DESCRIPTION_MAX = 160

export type SummaryRule = {
  field: string
  /** The field's label in the admin, as the message names it. */
  label: string
  max: number
  /** A missing summary is worth a warning (news: the list shows the excerpt). */
  expected?: boolean
}

const length = (value: unknown) => (typeof value === 'string' ? value.trim().length : 0)

/** Warnings (never errors) for titles and summaries longer than the site shows well. */
export function checkLengths(
  doc: Record<string, unknown>,
  titleField: string,
  summary?: SummaryRule,
): Finding[] {
  const findings: Finding[] = []
  const title = length(doc[titleField])
  if (title > TITLE_MAX)
    findings.push({
      severity: 'warning',
      code: 'title-long',
      field: titleField,
      message: `Назва має ${title} знаків; на сайті добре читаються до ${TITLE_MAX}: довша займе три-чотири рядки в картці й обріжеться в пошуковиках.`,
      fix: 'Скоротіть назву: подробиці можна перенести в анонс чи текст.',
    })
  if (!summary) return findings
  const size = length(doc[summary.field])
  if (size > summary.max)
    findings.push({
      severity: 'warning',
      code: 'summary-long',
      field: summary.field,
      message: `«${summary.label}» має ${size} знаків; сайт добре показує до ${summary.max}, довше обріжеться.`,
      fix: 'Скоротіть до одного-двох речень.',
    })
  else if (size === 0 && summary.expected)
    findings.push({
      severity: 'warning',
      code: 'summary-missing',
      field: summary.field,
      message: `Не заповнено «${summary.label}»: у списку під назвою буде порожньо.`,
      fix: 'Напишіть одне-два речення про головне.',
    })
  return findings
}
