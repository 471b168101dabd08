import type { APIRoute } from 'astro'

import { content } from '../../data/store'
import { statusRecords } from '../../lib/statusData'

/** Open data: the status of every branch at build time (see site/README.md). */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const base = siteUrl ?? new URL('http://localhost:4321')
  const [site, branches] = await Promise.all([content.site(), content.branches()])
  const body = {
    generatedAt: site.builtAt,
    timeZone: 'Europe/Kyiv',
    branches: statusRecords(branches, new Date(site.builtAt), base),
  }
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
