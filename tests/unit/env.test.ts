import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { loadEnv, resolveSecret } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'

describe('loadEnv', () => {
  it('defaults to the embedded SQLite file in ./data', () => {
    const env = loadEnv({ NODE_ENV: 'development' })
    expect(env.databaseKind).toBe('sqlite')
    expect(env.sqliteUrl).toBe(`file:${path.join(repoRoot, 'data', 'cms.db')}`)
    expect(env.CMS_PORT).toBe(3000)
    expect(env.SEED_ON_START).toBe(true)
  })

  it('selects MongoDB for a mongodb:// URI', () => {
    expect(
      loadEnv({ NODE_ENV: 'development', DATABASE_URI: 'mongodb://127.0.0.1/cbs' }).databaseKind,
    ).toBe('mongodb')
    expect(
      loadEnv({ NODE_ENV: 'development', DATABASE_URI: 'mongodb+srv://host/cbs' }).databaseKind,
    ).toBe('mongodb')
  })

  it('treats empty values as unset', () => {
    expect(loadEnv({ NODE_ENV: 'development', DATABASE_URI: '', CMS_PORT: '' }).databaseKind).toBe(
      'sqlite',
    )
  })

  it('refuses a production deployment without a real secret, naming the variable', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', APP_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET/,
    )
    const secret = 'x'.repeat(32)
    expect(
      loadEnv({ NODE_ENV: 'production', APP_ENV: 'production', PAYLOAD_SECRET: secret })
        .PAYLOAD_SECRET,
    ).toBe(secret)
  })

  it('lets `next start` run locally: NODE_ENV=production alone is not a production deployment', () => {
    expect(loadEnv({ NODE_ENV: 'production' }).APP_ENV).toBe('local')
  })

  it('makes a random secret per install when none is set, and keeps it', () => {
    const newDataDir = () => mkdtempSync(path.join(tmpdir(), 'cbs-env-'))
    const env = loadEnv({ NODE_ENV: 'development', DATA_DIR: newDataDir() })
    const secret = resolveSecret(env)
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(env)).toBe(secret)
    expect(resolveSecret(loadEnv({ NODE_ENV: 'development', DATA_DIR: newDataDir() }))).not.toBe(
      secret,
    )
  })

  it('names each invalid setting', () => {
    expect(() => loadEnv({ NODE_ENV: 'development', CMS_PORT: 'eighty' })).toThrow(/CMS_PORT/)
    expect(() => loadEnv({ NODE_ENV: 'development', ADMIN_PASSWORD: 'short' })).toThrow(
      /ADMIN_PASSWORD/,
    )
  })

  it('reads SEED_ON_START=false', () => {
    expect(loadEnv({ NODE_ENV: 'development', SEED_ON_START: 'false' }).SEED_ON_START).toBe(false)
  })
})
