/** A dated range of days (YYYY-MM-DD, inclusive), as closures and changed hours are. */
export type DayRange = { from?: string | null; to?: string | null }

/** What is wrong with a list of ranges: the first problem found, as a message key and values. */
export type RangeProblem =
  | { key: 'endBeforeStart'; vars: { start: string; end: string } }
  | { key: 'rangesOverlap'; vars: { first: string; second: string } }

/** The status line is one short sentence for today; a longer text belongs in news. */
export const STATUS_LINE_MAX_LENGTH = 280

export type StatusLineProblem =
  | { key: 'statusLineTooLong'; vars: { length: number; max: number } }
  | { key: 'statusLineMarkup'; vars?: undefined }

const rangeText = (range: { from: string; to: string }) =>
  range.from === range.to ? range.from : `${range.from} — ${range.to}`

/**
 * Checks ranges of days: none ends before it starts and no two share a day (two closures or two
 * changed-hours periods on the same day would leave readers guessing which one holds).
 */
export function findRangeProblem(ranges: DayRange[]): RangeProblem | undefined {
  const complete: { from: string; to: string }[] = []
  for (const range of ranges) {
    if (!range.from) continue
    const to = range.to || range.from
    if (to < range.from) return { key: 'endBeforeStart', vars: { start: range.from, end: to } }
    complete.push({ from: range.from, to })
  }
  const sorted = [...complete].sort((a, b) => a.from.localeCompare(b.from))
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1]!
    const current = sorted[index]!
    if (current.from <= previous.to)
      return {
        key: 'rangesOverlap',
        vars: { first: rangeText(previous), second: rangeText(current) },
      }
  }
  return undefined
}

/** Markup (a tag, a comment or a character reference): the status line is plain text only. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|&(#\d+|#x[\da-f]+|[a-z]+);/i

/** Checks the status line: plain text, and short. */
export function findStatusLineProblem(value: string): StatusLineProblem | undefined {
  if (MARKUP.test(value)) return { key: 'statusLineMarkup' }
  const length = [...value].length
  if (length > STATUS_LINE_MAX_LENGTH)
    return { key: 'statusLineTooLong', vars: { length, max: STATUS_LINE_MAX_LENGTH } }
  return undefined
}
