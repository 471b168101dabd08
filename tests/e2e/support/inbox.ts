import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { E2E } from './ports'

/** A stored submission as the admin's REST API returns it (the fields the suite reads). */
export type StoredSubmission = {
  id: number
  reference: string
  kind: string
  status: string
  dueAt?: string | null
  proof?: string | null
  requester?: { name?: string | null; email?: string | null; phone?: string | null } | null
  organisation?: string | null
  message?: string | null
  useful?: string | null
  pageUrl?: string | null
  replies?: { text: string; to: string; at: string }[] | null
}

/** Signs in to the e2e CMS as the local admin and returns the header for its REST API. */
export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post(`${E2E.cmsUrl}/api/users/login`, {
    data: { email: LOCAL_ADMIN.email, password: LOCAL_ADMIN.password },
  })
  expect(response.status()).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** The submissions matching a REST `where` query, newest first (as an admin sees them). */
export async function findSubmissions(
  request: APIRequestContext,
  where: Record<string, string>,
): Promise<StoredSubmission[]> {
  const params: Record<string, string> = { sort: '-receivedAt', limit: '10', depth: '0' }
  for (const [path, value] of Object.entries(where)) params[`where[${path}][equals]`] = value
  const response = await request.get(`${E2E.cmsUrl}/api/submissions`, {
    params,
    headers: await adminHeaders(request),
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: StoredSubmission[] }).docs
}

/**
 * Each test plays a visitor of its own address: the CMS counts stored submissions per address
 * (10 an hour), and the whole suite runs from 127.0.0.1. The address goes into X-Forwarded-For
 * on the way to the CMS, as the site's reverse proxy writes it.
 */
export async function visitFrom(page: Page, address: string): Promise<void> {
  await page.route(`${E2E.cmsUrl}/**`, (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': address } }),
  )
}
