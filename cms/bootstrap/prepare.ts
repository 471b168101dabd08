import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { env } from '../config/env'
import { printToConsole, type Reporter } from '../reporting/progress'
import { seed } from '../seed/seed'
import { ensureAdmin } from './ensureAdmin'
import { isFreshDatabase, migrateDatabase } from './migrate'
import { refreshQueryStatistics } from './statistics'

export type PrepareOptions = { seedIfFresh?: boolean; report?: Reporter }

/**
 * Gets the CMS ready to serve: migrates the database, creates the first admin, and on a fresh
 * database loads the seed content (unless SEED_ON_START=false).
 */
export async function prepareCms(options: PrepareOptions = {}): Promise<Payload> {
  const report = options.report ?? printToConsole
  const payload = await getPayload({ config })
  const fresh = await isFreshDatabase(payload)
  await migrateDatabase(payload, report)
  await ensureAdmin(payload, env, report)
  if (fresh && (options.seedIfFresh ?? env.SEED_ON_START)) await seed(payload, report)
  await refreshQueryStatistics(payload, report)
  return payload
}
