import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refreshQueryStatistics } from '@cms/bootstrap/statistics'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { startTestCms, stopTestCms } from '../support/cms'

// How SQLite reads one document's texts, as Payload asks for them: by the parent's id alone,
// every locale at once (the table's only index is on (_locale, _parent_id)).
const LOCALES_LOOKUP = 'SELECT _locale, slug FROM documents_locales WHERE _parent_id = ?'

let payload: Payload

const plan = async (query: string): Promise<string> => {
  const result = await (payload.db as unknown as SQLiteAdapter).client.execute({
    sql: `EXPLAIN QUERY PLAN ${query}`,
    args: [1],
  })
  return result.rows.map((row) => row.detail as string).join('\n')
}

beforeAll(async () => {
  payload = await startTestCms()
})

afterAll(async () => {
  await stopTestCms(payload)
})

describe.skipIf(process.env.TEST_MONGODB_URI)('query statistics (SQLite)', () => {
  it('lets a localized document be read through the index instead of a scan of every text', async () => {
    const types = Object.keys(DOCUMENT_TYPES)
    // Enough rows per locale for statistics to tell that _locale has few values.
    for (let index = 0; index < 40; index += 1)
      await payload.create({
        collection: 'documents',
        overrideAccess: true,
        data: {
          title: `Наказ № ${index + 1}`,
          slug: `nakaz-${index + 1}`,
          type: types[index % types.length]!,
          number: `${index + 1}-од`,
          adoptedOn: '2020-01-15T12:00:00.000Z',
          _status: 'published',
        } as never,
      })
    // Without statistics: one full scan of the texts per document read (quadratic in all).
    expect(await plan(LOCALES_LOOKUP)).toMatch(/^SCAN documents_locales/m)

    await refreshQueryStatistics(payload)

    expect(await plan(LOCALES_LOOKUP)).toMatch(
      /SEARCH documents_locales USING INDEX documents_locales_locale_parent_id_unique \(ANY\(_locale\) AND _parent_id=\?\)/,
    )
  })
})
