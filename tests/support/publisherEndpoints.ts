import { createLocalReq, type Payload } from 'payload'

import type { TestUser } from './fixtures'

export type EndpointAnswer = { status: number; body: Record<string, unknown> }

/**
 * Calls one of the publisher global's endpoints (rebuild, releases, rollback) as the configured
 * Payload app would, as `user` (anonymous when undefined): the real handler with a real request.
 */
export async function callPublisherEndpoint(
  payload: Payload,
  user: TestUser | undefined,
  method: 'get' | 'post',
  endpointPath: '/rebuild' | '/releases' | '/rollback',
  body: Record<string, unknown> = {},
): Promise<EndpointAnswer> {
  const global = payload.config.globals.find((candidate) => candidate.slug === 'publisher')
  const endpoint = (global?.endpoints || []).find(
    (candidate) => candidate.path === endpointPath && candidate.method === method,
  )
  if (!endpoint) throw new Error(`The publisher global has no ${method} ${endpointPath} endpoint.`)
  const req = await createLocalReq({ user: user as never }, payload)
  req.json = () => Promise.resolve(body)
  const response = await endpoint.handler(req)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
