import type { APIRoute } from 'astro'
import { stringify } from 'csv-stringify/sync'

import { neutraliseFormula } from '@domain/open-data/csvSafe'
import { content } from '../../data/store'
import { statusCsvRows, statusRecords } from '../../lib/statusData'

const cell = (value: string | number | boolean | null) =>
  value === null ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value)

/** Open data: the same as status.json, one row per branch, cells safe against formulas. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const base = siteUrl ?? new URL('http://localhost:4321')
  const [site, branches] = await Promise.all([content.site(), content.branches()])
  const rows = statusCsvRows(statusRecords(branches, new Date(site.builtAt), base))
  const csv = stringify(
    rows.map((row) => row.map(cell)),
    { record_delimiter: '\r\n' },
  )
  // A byte-order mark so that spreadsheets read the Ukrainian text as UTF-8.
  return new Response(`\ufeff${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}
