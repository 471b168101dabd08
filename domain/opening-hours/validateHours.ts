import { minutesOfDay } from './time'

/** One span of opening hours, optionally with a break inside it. */
export type HoursSpan = {
  opens?: string | null
  closes?: string | null
  breakFrom?: string | null
  breakTo?: string | null
}

/** What is wrong with a span, if anything, as a message key and its values. */
export type HoursProblem =
  | { key: 'timeFormat'; vars?: undefined }
  | { key: 'closesBeforeOpens'; vars: { opens: string; closes: string } }
  | { key: 'breakIncomplete'; vars?: undefined }
  | { key: 'breakOutsideHours'; vars: { from: string; to: string; opens: string; closes: string } }

function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === ''
}

/**
 * Checks a span of opening hours: times are HH:MM, closing is after opening, and a break (both
 * ends or neither) lies strictly inside the open hours. Returns the first problem found.
 */
export function findHoursProblem(span: HoursSpan): HoursProblem | undefined {
  const opens = minutesOfDay(span.opens)
  const closes = minutesOfDay(span.closes)
  if (opens === undefined || closes === undefined) return { key: 'timeFormat' }
  if (closes <= opens)
    return { key: 'closesBeforeOpens', vars: { opens: span.opens!, closes: span.closes! } }
  const hasFrom = !isBlank(span.breakFrom)
  const hasTo = !isBlank(span.breakTo)
  if (!hasFrom && !hasTo) return undefined
  if (hasFrom !== hasTo) return { key: 'breakIncomplete' }
  const from = minutesOfDay(span.breakFrom)
  const to = minutesOfDay(span.breakTo)
  if (from === undefined || to === undefined) return { key: 'timeFormat' }
  if (from <= opens || to >= closes || to <= from) {
    return {
      key: 'breakOutsideHours',
      vars: { from: span.breakFrom!, to: span.breakTo!, opens: span.opens!, closes: span.closes! },
    }
  }
  return undefined
}
