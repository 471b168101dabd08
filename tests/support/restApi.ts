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
    const request = new Request(`http://localhost:3000${url}`, {
      method,
      body: await bytesOf(init.body, headers),
      headers,
      // A streamed body (a test of size limits) needs it; bytes do not mind.
      duplex: 'half',
    } as RequestInit)
    const response = await handler(request, { params: Promise.resolve({}) })
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      body: bodyOf(text),
    }
  }
}

/** JSON as an object; anything else (an HTML page) as `{ text }`. */
function bodyOf(text: string): Record<string, unknown> {
  if (!text) return {}
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    return { text }
  }
}

/**
 * The body as bytes, the way a server receives it from its socket. A FormData body would
 * otherwise be streamed by undici inside this process, and when Payload stops reading a
 * malformed upload, undici's pump writes into the cancelled stream: an unhandled rejection in
 * the test run that no server would see.
 */
async function bytesOf(
  body: BodyInit | undefined,
  headers: Headers,
): Promise<BodyInit | undefined> {
  if (!(body instanceof FormData)) return body
  const encoded = new Response(body)
  headers.set('Content-Type', encoded.headers.get('Content-Type')!)
  return encoded.arrayBuffer()
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
