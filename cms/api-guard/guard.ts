import type { Payload } from 'payload'
import * as qs from 'qs-esm'

import { PUBLIC_FORMS_API_PREFIX } from '@domain/public-forms/forms'

import {
  clientAddress,
  createConcurrencyGate,
  createRateLimiter,
  type RateLimiter,
} from '../abuse/rateLimiter'
import { ANONYMOUS_LIMITS, type ApiLimits } from './limits'
import { findQueryProblem } from './queryRules'
import { withDefaultLocale } from '@cms/localization/defaultLocale'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

export type GuardOptions = {
  /** The running Payload, to tell a signed-in request from an anonymous one. */
  payload: () => Promise<Payload>
  /** False lifts the anonymous limits (the bench's baseline); malformed queries are still refused. */
  enabled: boolean
  limits?: ApiLimits
}

/** The same parsing Payload applies to a REST query string (createPayloadRequest). */
function parseQuery(search: string): Record<string, unknown> {
  return qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  })
}

/** An error in Payload's own shape, `{ errors: [{ message }] }`, so clients read it the same way. */
function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers })
}

const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

/** Whether the request carries a valid session or token; a forged or expired one is anonymous. */
async function isSignedIn(request: Request, payload: Payload): Promise<boolean> {
  const hasCredentials =
    request.headers.has('authorization') || SESSION_COOKIE.test(request.headers.get('cookie') ?? '')
  if (!hasCredentials) return false
  const { user } = await payload.auth({ headers: request.headers })
  return Boolean(user)
}

/** The collection a REST path names (`/api/news/…` → news), for the types of its fields. */
function fieldTypeLookup(payload: Payload, pathname: string) {
  const slug = pathname.replace(/^\/api\//, '').split('/')[0] ?? ''
  const collection = payload.collections[slug as keyof typeof payload.collections]
  if (!collection) return undefined
  const fields = collection.config.flattenedFields
  return (path: string): string | undefined => {
    let current: readonly { name: string; type: string; flattenedFields?: unknown }[] = fields
    let type: string | undefined
    for (const segment of path.split('.')) {
      const field = current.find((each) => each.name === segment)
      if (!field) return undefined
      type = field.type
      current = (field.flattenedFields as typeof current | undefined) ?? []
    }
    return type
  }
}

/**
 * Whether a REST path reads documents (a collection or a global), whose localized fields need a
 * locale. Custom endpoints (OAI-PMH, the forms, the inbox) answer by their own rules: OAI-PMH
 * refuses any argument it does not define, so a locale added to it broke every harvest.
 */
function readsDocuments(payload: Payload, pathname: string): boolean {
  const slug = pathname.replace(/^\/api\//, '').split('/')[0] ?? ''
  return slug === 'globals' || slug in payload.collections
}

/** The query a request asks for: its URL, plus the form body of a POST that overrides to GET. */
async function requestQuery(request: Request): Promise<Record<string, unknown>> {
  const url = new URL(request.url)
  const override =
    request.method === 'POST' &&
    (request.headers.get('x-payload-http-method-override') === 'GET' ||
      request.headers.get('x-http-method-override') === 'GET') &&
    request.headers.get('content-type') === 'application/x-www-form-urlencoded'
  const body = override ? await request.clone().text() : ''
  return parseQuery([url.search.replace(/^\?/, ''), body].filter(Boolean).join('&'))
}

const BODY_TYPES = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']

/**
 * A write whose body is neither JSON nor a form: Payload reads no data from it and fails with a
 * 500 deep inside the operation. (Malformed JSON Payload answers itself with a 400.)
 */
function bodyTypeProblem(request: Request): string | undefined {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method) || request.body === null) return undefined
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (BODY_TYPES.includes(type)) return undefined
  return 'Надсилайте дані як JSON (Content-Type: application/json) або як форму з файлом (multipart/form-data).'
}

type Admission = { response: Response } | { anonymous: boolean; release: () => void }

/**
 * Decides before Payload runs: a signed-in request passes; an anonymous one within its address's
 * rate and the server-wide number of anonymous requests at once passes; the rest get a 429 or
 * 503 that says when to try again.
 */
function createAdmission(options: GuardOptions) {
  const limits = options.limits ?? ANONYMOUS_LIMITS
  const rate: RateLimiter = createRateLimiter(limits.rate)
  const gate = createConcurrencyGate(limits.concurrent)
  return async (request: Request, payload: Payload): Promise<Admission> => {
    const nothing = () => undefined
    if (request.method === 'OPTIONS') return { anonymous: true, release: nothing }
    if (await isSignedIn(request, payload)) return { anonymous: false, release: nothing }
    if (!options.enabled) return { anonymous: true, release: nothing }
    const verdict = await rate.take(clientAddress(request.headers))
    if (!verdict.allowed)
      return {
        response: refuse(
          429,
          `Забагато запитів без входу з вашої адреси: не більше ${limits.rate.points} за ${limits.rate.windowSeconds} с. Спробуйте через ${verdict.retryAfterSeconds} с.`,
          { 'Retry-After': String(verdict.retryAfterSeconds) },
        ),
      }
    if (!gate.tryEnter())
      return {
        response: refuse(503, 'Сервер зайнятий запитами без входу. Спробуйте за секунду.', {
          'Retry-After': '1',
        }),
      }
    return { anonymous: true, release: () => gate.leave() }
  }
}

/**
 * The REST API behind our checks: malformed query parameters and JSON bodies get a 400 for
 * everyone; anonymous clients also get the limits of ANONYMOUS_LIMITS.
 */
export function guardRest(handler: RouteHandler, options: GuardOptions): RouteHandler {
  const admit = createAdmission(options)
  const limits = options.limits ?? ANONYMOUS_LIMITS
  return async (request, args) => {
    // The public forms answer refusals themselves (a redirect to the site's error page for a
    // browser without JavaScript) and have limits of their own (cms/public-forms/limits.ts).
    if (new URL(request.url).pathname.startsWith(PUBLIC_FORMS_API_PREFIX))
      return handler(request, args)
    const payload = await options.payload()
    const admission = await admit(request, payload)
    if ('response' in admission) return admission.response
    try {
      const bodyProblem = bodyTypeProblem(request)
      if (bodyProblem) return refuse(415, bodyProblem)
      const problem = findQueryProblem(await requestQuery(request), {
        anonymous: admission.anonymous && options.enabled,
        limits,
        fieldType: fieldTypeLookup(payload, new URL(request.url).pathname),
      })
      if (problem) return refuse(400, problem)
      const pathname = new URL(request.url).pathname
      return await handler(
        readsDocuments(payload, pathname) ? await withDefaultLocale(request) : request,
        args,
      )
    } finally {
      admission.release()
    }
  }
}

/**
 * GraphQL for signed-in users only. The public site never uses it, and one anonymous query of
 * many aliased lists costs seconds of CPU while Payload's complexity limit ignores `limit`;
 * published content stays open through the REST API with its limits.
 */
export function guardGraphQL(
  handler: (request: Request) => Promise<Response>,
  options: GuardOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!options.enabled || request.method === 'OPTIONS') return handler(request)
    const payload = await options.payload()
    if (!(await isSignedIn(request, payload)))
      return refuse(
        401,
        'GraphQL доступний лише після входу. Опубліковані матеріали читайте через REST API (/api/<колекція>).',
      )
    return handler(request)
  }
}
