import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { guardRest, type GuardOptions } from '@cms/api-guard/guard'
import { env } from '@cms/config/env'

// Malformed queries get a 400, anonymous clients the limits of cms/api-guard/limits.ts.
const guard: GuardOptions = {
  payload: () => getPayload({ config }),
  enabled: env.API_LIMITS === 'on',
}

export const GET = guardRest(REST_GET(config), guard)
export const POST = guardRest(REST_POST(config), guard)
export const DELETE = guardRest(REST_DELETE(config), guard)
export const PATCH = guardRest(REST_PATCH(config), guard)
export const PUT = guardRest(REST_PUT(config), guard)
export const OPTIONS = REST_OPTIONS(config)
