import { handleEndpoints, type Payload } from 'payload'

import { guardRest } from '@cms/api-guard/guard'
import { ANONYMOUS_LIMITS, type ApiLimits } from '@cms/api-guard/limits'
import config from '@cms/payload.config'
import { testCmsKey } from './cms'

export type ApiResponse = { status: number; headers: Headers; body: Record<string, unknown> }

/**
 * The REST API as the Next.js route serves it (cms/app/(payload)/api/[...slug]/route.ts): our
 * guard in front of Payload's own handler, on the test file's CMS, without an HTTP server.
 */
export function restApi(payload: Payload, options: { limits?: ApiLimits; enabled?: boolean } = {}) {
  const key = testCmsKey(payload)
  const handler = guardRest(
    (request) => handleEndpoints({ config, request, payloadInstanceCacheKey: key }),
    {
      payload: () => Promise.resolve(payload),
      enabled: options.enabled ?? true,
      limits: options.limits ?? ANONYMOUS_LIMITS,
    },
  )
  return async (
    method: string,
    url: string,
    init: { body?: BodyInit; token?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> => {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    const request = new Request(`http://localhost:3000${url}`, { method, body: init.body, headers })
    const response = await handler(request, { params: Promise.resolve({}) })
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
    }
  }
}

/** A signed-in user's token, as the admin's session cookie would carry it. */
export async function tokenFor(payload: Payload, email: string): Promise<string> {
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: 'correct-horse-battery' },
  })
  return token!
}

/** The first error message of a Payload-shaped error response. */
export function errorMessage(response: ApiResponse): string {
  const errors = response.body.errors as { message?: string }[] | undefined
  return errors?.[0]?.message ?? ''
}
