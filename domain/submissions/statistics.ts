import { kyivDay } from '../time/kyivTime'

/**
 * The public statistics of the inbox: per Kyiv month, how many requests came in and how many
 * were answered on time. Only counts leave this module; it never sees a name, contact or text
 * (its input is kinds and instants, which the CMS selects: cms/submissions/statistics.ts).
 */

/** The kinds with a deadline, counted on the page (offers and page feedback have none). */
export const COUNTED_KINDS = ['information-request', 'question'] as const
export type CountedKind = (typeof COUNTED_KINDS)[number]

export type StatisticsRecord = {
  kind: string
  receivedAt: Date
  /** The deadline in force (after an extension, the extended one). */
  dueAt?: Date
  /** When the submission was first marked answered, if ever. */
  answeredAt?: Date
}

export type KindCounts = { received: number; answered: number; answeredOnTime: number }

/** One month (YYYY-MM in Kyiv), by kind; months without any requests are left out. */
export type MonthStatistics = { month: string } & Record<CountedKind, KindCounts>

const isCounted = (kind: string): kind is CountedKind =>
  (COUNTED_KINDS as readonly string[]).includes(kind)

const emptyCounts = (): KindCounts => ({ received: 0, answered: 0, answeredOnTime: 0 })

/** Requests counted in the month they came in; answered on time means by their deadline. */
export function monthlyStatistics(records: Iterable<StatisticsRecord>): MonthStatistics[] {
  const months = new Map<string, MonthStatistics>()
  for (const record of records) {
    if (!isCounted(record.kind)) continue
    const month = kyivDay(record.receivedAt).slice(0, 7)
    let entry = months.get(month)
    if (!entry) {
      entry = { month, 'information-request': emptyCounts(), question: emptyCounts() }
      months.set(month, entry)
    }
    const counts = entry[record.kind]
    counts.received += 1
    if (record.answeredAt) {
      counts.answered += 1
      if (!record.dueAt || record.answeredAt.getTime() <= record.dueAt.getTime())
        counts.answeredOnTime += 1
    }
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month))
}

/** «листопад 2026» for "2026-11". */
export function monthTitle(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number]
  return new Intl.DateTimeFormat('uk', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(Date.UTC(year, number - 1, 15)))
    .replace(/\s*р\.$/, '')
}
