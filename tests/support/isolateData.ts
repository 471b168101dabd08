import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

// Runs before each integration test file, before the CMS config is imported: the file gets a
// data folder of its own, so its SQLite database and uploads start empty and are thrown away.
const dataDir = mkdtempSync(path.join(tmpdir(), 'cbs-test-'))
Object.assign(process.env, {
  DATA_DIR: dataDir,
  NODE_ENV: 'test',
  SEED_ON_START: 'false',
  UPLOAD_MAX_MB: '2',
})

// `npm run test:mongo` passes a MongoDB server; each file then gets a database of its own on it.
const mongo = process.env.TEST_MONGODB_URI
process.env.DATABASE_URI = mongo
  ? `${mongo.replace(/\/$/, '')}/cbs-test-${randomUUID().slice(0, 8)}`
  : ''
