import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { guardGraphQL } from '@cms/api-guard/guard'
import { env } from '@cms/config/env'

// GraphQL is for signed-in users only (cms/api-guard/guard.ts says why).
export const POST = guardGraphQL(GRAPHQL_POST(config), {
  payload: () => getPayload({ config }),
  enabled: env.API_LIMITS === 'on',
})
export const OPTIONS = REST_OPTIONS(config)
