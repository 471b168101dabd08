import { defineConfig } from '@playwright/test'

import { outDir as siteOutDir } from './tests/e2e/site/pages'
import { E2E, e2eEnv } from './tests/e2e/support/ports'
import { chromiumLaunchOptions } from './tests/support/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    headless: true,
    locale: 'uk-UA',
    timezoneId: 'Europe/Kyiv',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'admin', testDir: 'tests/e2e/admin', use: { baseURL: E2E.cmsUrl } },
    { name: 'site', testDir: 'tests/e2e/site', use: { baseURL: E2E.siteUrl } },
    { name: 'search', testDir: 'tests/e2e/search', use: { baseURL: E2E.siteUrl } },
    // Starts and kills its own full stack (CMS, publisher, static server): see the spec.
    { name: 'publishing', testDir: 'tests/e2e/publishing' },
    // Imports a sheet in the admin, harvests it over OAI-PMH, builds the site and zooms in.
    { name: 'collections', testDir: 'tests/e2e/collections', use: { baseURL: E2E.cmsUrl } },
  ],
  webServer: [
    {
      name: 'cms',
      // Registered as a user of cms/.next, so that no admin build replaces it during the suite.
      command: `node node_modules/tsx/dist/cli.mjs cms/scripts/serveCms.ts --port ${E2E.cmsPort}`,
      url: `${E2E.cmsUrl}/api/globals/site`,
      env: e2eEnv(),
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The static site that tests/e2e/support/prepare.ts built from the e2e database.
      name: 'site',
      command: `node node_modules/tsx/dist/cli.mjs cms/scripts/serveSite.ts --port ${E2E.sitePort} --root ${siteOutDir}`,
      url: `${E2E.siteUrl}/`,
      // Its Content-Security-Policy names the CMS (connect-src, form-action) from CMS_URL: without
      // the suite's environment it would allow http://localhost:3000, and the browser would block
      // every call from the pages to the e2e CMS (forms, places left).
      env: e2eEnv(),
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
