import type { Payload } from 'payload'

import {
  COUNTED_KINDS,
  monthlyStatistics,
  type MonthStatistics,
  type StatisticsRecord,
} from '@domain/submissions/statistics'

/** Read in pages, so a year of requests never sits in memory at once. */
const PAGE_SIZE = 500

type Row = {
  kind?: string | null
  receivedAt?: string | null
  dueAt?: string | null
  history?: { at?: string | null; to?: string | null }[] | null
}

function recordOf(row: Row): StatisticsRecord | undefined {
  if (!row.kind || !row.receivedAt) return undefined
  const answered = row.history?.find((entry) => entry.to === 'answered' && entry.at)
  return {
    kind: row.kind,
    receivedAt: new Date(row.receivedAt),
    dueAt: row.dueAt ? new Date(row.dueAt) : undefined,
    answeredAt: answered?.at ? new Date(answered.at) : undefined,
  }
}

/**
 * The inbox's public statistics (requests received and answered on time per month), for the
 * site's build. It reads past access control, but selects only the kind, the instants and the
 * statuses of the history: no name, contact or text is ever read, and only counts are returned.
 * Spam is not counted. The build reaches it through the config (`custom.publicStatistics`, see
 * payload.config.ts), because the site may not import the CMS.
 */
export async function inboxStatistics(payload: Payload): Promise<MonthStatistics[]> {
  const records: StatisticsRecord[] = []
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: 'submissions',
      where: {
        and: [{ kind: { in: [...COUNTED_KINDS] } }, { status: { not_equals: 'spam' } }],
      },
      select: { kind: true, receivedAt: true, dueAt: true, history: { at: true, to: true } },
      overrideAccess: true,
      depth: 0,
      limit: PAGE_SIZE,
      page,
      sort: 'id',
    })
    for (const row of result.docs as Row[]) {
      const record = recordOf(row)
      if (record) records.push(record)
    }
    if (!result.hasNextPage) break
  }
  return monthlyStatistics(records)
}
