import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import dotenv from 'dotenv'
import { z } from 'zod'

import { DEFAULT_RETENTION_DAYS } from '@domain/registration/consent'

import { repoRoot } from './paths'

dotenv.config({ path: path.join(repoRoot, '.env'), quiet: true })

/** The admin account created on a local first start; documented in the README as local-only. */
export const LOCAL_ADMIN = {
  email: 'admin@biblioteka.local',
  password: 'biblioteka-local',
} as const

const emptyAsUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const optionalString = z.preprocess(emptyAsUndefined, z.string().optional())

const booleanFlag = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase())
      : value,
  z.boolean(),
)

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /**
     * `production` on a public server: then secrets and the first admin must be set explicitly.
     * Separate from NODE_ENV, which Next.js sets to production for every `next start`.
     */
    APP_ENV: z.preprocess(emptyAsUndefined, z.enum(['local', 'production']).default('local')),
    /** mongodb://… selects MongoDB; empty selects the embedded SQLite file; file:… an explicit SQLite file. */
    DATABASE_URI: optionalString,
    /** Folder for the SQLite file and uploads, relative to the repository root unless absolute. */
    DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('data')),
    /** Signs sessions and tokens. */
    PAYLOAD_SECRET: optionalString,
    /** Public address of the CMS. */
    CMS_URL: z.preprocess(emptyAsUndefined, z.url().default('http://localhost:3000')),
    /** Port of the CMS server. */
    CMS_PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(65535).default(3000),
    ),
    /** Public address of the static site. */
    SITE_URL: z.preprocess(emptyAsUndefined, z.url().default('http://localhost:4321')),
    /** First admin account. */
    ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
    ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(12).optional()),
    /** Load the sample content on first start when the database is empty. */
    SEED_ON_START: z.preprocess(emptyAsUndefined, booleanFlag.default(true)),
    /** Port of the local static server for the live release of the public site. */
    SITE_PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(65535).default(4321),
    ),
    /** Port of the preview server, which shows drafts to signed-in editors only. */
    PREVIEW_PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(65535).default(4322),
    ),
    /** Public address of the preview server. */
    PREVIEW_URL: z.preprocess(emptyAsUndefined, z.url().default('http://localhost:4322')),
    /** Command that builds the site into `{outDir}`; empty: Astro's build. */
    SITE_BUILD_COMMAND: optionalString,
    /**
     * Keep the next release's build process loaded while the publisher waits (Astro's build,
     * about 4 s sooner at 10,000 documents, for one idle Node process's memory); `false`: start
     * each build afresh.
     */
    SITE_BUILD_STANDBY: z.preprocess(emptyAsUndefined, booleanFlag.default(true)),
    /** How many earlier releases to keep for rollback. */
    KEEP_RELEASES: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(100).default(5),
    ),
    /** Outgoing mail server, e.g. smtps://user:password@mail.example.org:465; empty: mail goes to the log. */
    SMTP_URL: optionalString,
    /** Sender of the CMS's mail (password resets). */
    EMAIL_FROM_ADDRESS: z.preprocess(
      emptyAsUndefined,
      z.email().default('noreply@biblioteka.local'),
    ),
    EMAIL_FROM_NAME: z.preprocess(emptyAsUndefined, z.string().default('Бібліотеки Солом’янки')),
    /**
     * `off` lifts the limits of the anonymous API (rate, size, GraphQL): only for measuring what
     * they protect against (`npm run bench:api`), never on a server.
     */
    API_LIMITS: z.preprocess(emptyAsUndefined, z.enum(['on', 'off']).default('on')),
    /** Largest accepted upload, in megabytes. */
    UPLOAD_MAX_MB: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().positive().max(2048).default(20),
    ),
    /** Days after an event's date that its registrations (personal data) are deleted. */
    REGISTRATION_RETENTION_DAYS: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1).max(365).default(DEFAULT_RETENTION_DAYS),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== 'production') return
    if (!env.PAYLOAD_SECRET || env.PAYLOAD_SECRET.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'set at least 32 random characters in production',
      })
    }
  })

export type Env = z.infer<typeof envSchema> & {
  /** Absolute data folder. */
  dataDir: string
  /** Which database adapter the URI selects. */
  databaseKind: 'sqlite' | 'mongodb'
  /** URL for the SQLite client, when SQLite is used. */
  sqliteUrl: string
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
}

/** Reads and validates the environment once; every module takes settings from here. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration in environment or .env:\n${describeIssues(parsed.error)}\nSee .env.example for every setting.`,
    )
  }
  const env = parsed.data
  const dataDir = path.resolve(repoRoot, env.DATA_DIR)
  const uri = env.DATABASE_URI
  const databaseKind = uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
  const sqliteUrl = uri && uri.startsWith('file:') ? uri : `file:${path.join(dataDir, 'cms.db')}`
  return { ...env, dataDir, databaseKind, sqliteUrl }
}

/**
 * The secret that signs sessions: PAYLOAD_SECRET, or on a local install a random one made on
 * first use and kept in the data folder, so no two installs share a secret.
 */
export function resolveSecret(env: Env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(env.dataDir, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(env.dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export const env = loadEnv()
