import type { DocumentStatus, StatusMode } from '../vocabularies/documentStatuses'

export type StatusInput = {
  statusMode?: StatusMode | null
  validFrom?: string | Date | null
  validTo?: string | Date | null
}

/** The calendar day (YYYY-MM-DD) of an instant in Kyiv, where the documents take effect. */
export function kyivDay(instant: Date): string {
  return KYIV_DAY.format(instant)
}

// Made once: creating an Intl formatter costs far more than using one (2.6 s of reading 10,000
// documents for the site build when each call made its own).
const KYIV_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Kyiv',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

function toDay(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return undefined
  return kyivDay(date)
}

/**
 * Derives a document's status: an editor's explicit "project" or "repealed" wins; otherwise the
 * validity dates decide (not yet in force, in force, expired) on the given day in Kyiv.
 */
export function deriveDocumentStatus(input: StatusInput, today: Date = new Date()): DocumentStatus {
  if (input.statusMode === 'project') return 'project'
  if (input.statusMode === 'repealed') return 'repealed'
  const day = kyivDay(today)
  const from = toDay(input.validFrom)
  const to = toDay(input.validTo)
  if (from && day < from) return 'pending'
  if (to && day > to) return 'expired'
  return 'in-force'
}
