/**
 * Checks of an alert banner: short plain text, a start and an end (an alert without an end would
 * hang on every page for ever), the end after the start and within a bounded span.
 */

/** A banner is one or two sentences; a longer text belongs in news. */
export const ALERT_TEXT_MAX_LENGTH = 500
/** Longer than this is not an alert but a standing notice: a page or news. */
export const ALERT_MAX_DAYS = 31

export type AlertProblem =
  | { key: 'alertTextTooLong'; vars: { length: number; max: number } }
  | { key: 'alertTextMarkup'; vars?: undefined }
  | { key: 'alertNoEnd'; vars?: undefined }
  | { key: 'alertEndBeforeStart'; vars: { start: string; end: string } }
  | { key: 'alertTooLong'; vars: { days: number } }

/** Markup (a tag, a comment or a character reference): the text is plain text only. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|&(#\d+|#x[\da-f]+|[a-z]+);/i

export function findAlertTextProblem(value: string): AlertProblem | undefined {
  if (MARKUP.test(value)) return { key: 'alertTextMarkup' }
  const length = [...value].length
  if (length > ALERT_TEXT_MAX_LENGTH)
    return { key: 'alertTextTooLong', vars: { length, max: ALERT_TEXT_MAX_LENGTH } }
  return undefined
}

const instant = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** Checks the end against the start. */
export function findAlertSpanProblem(start: unknown, end: unknown): AlertProblem | undefined {
  const to = instant(end)
  if (!to) return { key: 'alertNoEnd' }
  const from = instant(start)
  if (!from) return undefined
  if (to.getTime() <= from.getTime())
    return {
      key: 'alertEndBeforeStart',
      vars: { start: from.toISOString(), end: to.toISOString() },
    }
  if (to.getTime() - from.getTime() > ALERT_MAX_DAYS * 86_400_000)
    return { key: 'alertTooLong', vars: { days: ALERT_MAX_DAYS } }
  return undefined
}

/** Whether an alert shows at an instant: from its start (inclusive) to its end (exclusive). */
export function isAlertActive(alert: { startsAt: string; endsAt: string }, now: Date): boolean {
  const time = now.getTime()
  return Date.parse(alert.startsAt) <= time && time < Date.parse(alert.endsAt)
}
