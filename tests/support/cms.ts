import { rm } from 'node:fs/promises'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { migrateDatabase } from '@cms/bootstrap/migrate'
import { env } from '@cms/config/env'
import config from '@cms/payload.config'

let starts = 0
const keys = new WeakMap<Payload, string>()

/** The key a test CMS was started under, for code that looks it up itself (handleEndpoints). */
export function testCmsKey(payload: Payload): string {
  const key = keys.get(payload)
  if (!key) throw new Error('This Payload was not started by startTestCms')
  return key
}

/**
 * A real CMS on the test file's own database, migrated like a fresh install; `adjust` changes
 * its configuration first (e.g. adds the endpoints of a test's own public form).
 */
export async function startTestCms(
  adjust: (config: SanitizedConfig) => SanitizedConfig = (same) => same,
): Promise<Payload> {
  // A key per start: getPayload would otherwise hand back an instance stopped by an earlier test.
  starts += 1
  const payload = await getPayload({ config: adjust(await config), key: `test-${starts}` })
  keys.set(payload, `test-${starts}`)
  await migrateDatabase(payload, () => undefined)
  return payload
}

/** Closes the database and removes the test file's data folder. */
export async function stopTestCms(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') {
    const connection = (
      payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }
    ).connection
    await connection?.dropDatabase()
  }
  await payload.destroy()
  await rm(env.dataDir, { recursive: true, force: true })
}
