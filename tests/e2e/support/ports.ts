import path from 'node:path'

import { repoRoot } from '@cms/config/paths'

/** The end-to-end suite's own servers and data, apart from a developer's running instance. */
export const E2E = {
  cmsPort: 3210,
  sitePort: 4330,
  /** The mailbox an admin spec opens (tests/support/smtpServer.ts); the CMS sends mail there. */
  smtpPort: 2530,
  dataDir: path.join(repoRoot, 'data', 'e2e'),
  get cmsUrl() {
    return `http://127.0.0.1:${this.cmsPort}`
  },
  get siteUrl() {
    return `http://127.0.0.1:${this.sitePort}`
  },
} as const

/**
 * The instant the e2e site is built at: the sample events, document validity and alerts are read
 * as on this day, whatever day the suite runs (specs fix the reader's clock from the pages).
 */
export const E2E_SITE_NOW = '2026-11-23T08:00:00.000Z'

/** Environment for every process of the suite, so all of them use the e2e database. */
export function e2eEnv(): Record<string, string> {
  return {
    DATA_DIR: E2E.dataDir,
    DATABASE_URI: '',
    CMS_PORT: String(E2E.cmsPort),
    CMS_URL: E2E.cmsUrl,
    SITE_URL: E2E.siteUrl,
    SMTP_URL: `smtp://127.0.0.1:${E2E.smtpPort}`,
    SEED_ON_START: 'true',
    UPLOAD_MAX_MB: '2',
    NEXT_TELEMETRY_DISABLED: '1',
  }
}
