import type { CollectionBeforeValidateHook } from 'payload'

import { parseDateWritten } from '@domain/heritage/parseDateWritten'

type YearFields = {
  dateWritten?: string | null
  startYear?: number | null
  endYear?: number | null
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** The years a written date means, when it can be read. */
function yearsOf(written: string | null | undefined): [number, number] | undefined {
  const result = parseDateWritten(written)
  return result.ok ? [result.date.startYear, result.date.endYear] : undefined
}

/**
 * Fills «Рік від/до» from the date as written when both are empty, and keeps them in step when
 * the written date changes and the years were the ones derived from the previous text. Years an
 * editor set by hand are left alone.
 */
export const deriveYears: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const next = data as YearFields
  const previous = (originalDoc ?? {}) as YearFields
  const written = 'dateWritten' in next ? next.dateWritten : previous.dateWritten
  const start = 'startYear' in next ? next.startYear : previous.startYear
  const end = 'endYear' in next ? next.endYear : previous.endYear
  const derived = yearsOf(written)
  if (!derived) return data
  const wasDerived = (() => {
    const before = yearsOf(previous.dateWritten)
    return before !== undefined && before[0] === start && before[1] === end
  })()
  if ((isEmpty(start) && isEmpty(end)) || wasDerived) {
    next.startYear = derived[0]
    next.endYear = derived[1]
  }
  return data
}
