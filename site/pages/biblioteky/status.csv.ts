import type { APIRoute } from 'astro'

import { csvText } from '@domain/csv/csvSafe'
import { content } from '../../data/store'
import { statusCsvRows, statusRecords } from '../../lib/statusData'

/** Open data: the same as status.json, one row per branch, cells safe against formulas. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const base = siteUrl ?? new URL('http://localhost:4321')
  const [site, branches] = await Promise.all([content.site(), content.branches()])
  const rows = statusCsvRows(statusRecords(branches, new Date(site.builtAt), base))
  // A byte-order mark so that spreadsheets read the Ukrainian text as UTF-8.
  return new Response(`\ufeff${csvText(rows)}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })
}
