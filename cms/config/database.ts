import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { Env } from './env'
import { cmsDir } from './paths'

/** Committed SQLite migrations; MongoDB needs none for its schema. */
export const migrationDir = path.join(cmsDir, 'migrations')

/**
 * MongoDB when DATABASE_URI says mongodb://, otherwise the embedded SQLite file. SQLite never
 * pushes its schema on the fly: committed migrations create it, so nothing prompts.
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({ url: env.DATABASE_URI!, transactionOptions: false })
  }
  // SQLite creates the file but not its folder: make the data folder on a first start.
  if (env.sqliteUrl.startsWith('file:'))
    mkdirSync(path.dirname(env.sqliteUrl.slice('file:'.length)), { recursive: true })
  return sqliteAdapter({
    client: { url: env.sqliteUrl },
    push: false,
    migrationDir,
    // The CMS and the publisher are two processes on one file: WAL lets readers and a writer work
    // at once, and a busy timeout makes a writer wait for the other instead of failing.
    wal: true,
    busyTimeout: 5000,
  })
}
