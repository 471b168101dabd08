import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { repoRoot } from '@cms/config/paths'
import { outDir as siteOutDir } from '../site/pages'
import { seedFaqFixtures } from './faqFixtures'
import { E2E, E2E_SITE_NOW, e2eEnv } from './ports'

/**
 * Before the browser suite: a fresh seeded database in data/e2e and an up-to-date admin build.
 * The servers that Playwright starts then only serve.
 */
async function main(): Promise<void> {
  Object.assign(process.env, e2eEnv())
  await rm(E2E.dataDir, { recursive: true, force: true })
  const { prepareCms } = await import('@cms/bootstrap/prepare')
  const payload = await prepareCms({ seedIfFresh: true })
  await seedFaqFixtures(payload)
  await payload.destroy()
  const { buildCmsIfChanged } = await import('@cms/scripts/nextServer')
  await buildCmsIfChanged()
  await buildSite()
}

/** Builds the public site from the freshly seeded e2e database, for the 'site' project, on a fixed day. */
function buildSite(): Promise<void> {
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--silent'], {
      cwd: repoRoot,
      env: { ...process.env, ...e2eEnv(), SITE_OUT_DIR: siteOutDir, SITE_NOW: E2E_SITE_NOW },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The site build failed (exit code ${code}).`)),
    )
  })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `Preparing the end-to-end suite failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    )
    process.exit(1)
  },
)
