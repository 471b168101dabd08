import { rm } from 'node:fs/promises'

import { E2E, e2eEnv } from './ports'

/**
 * Before the browser suite: a fresh seeded database in data/e2e and an up-to-date admin build.
 * The servers that Playwright starts then only serve.
 */
async function main(): Promise<void> {
  Object.assign(process.env, e2eEnv())
  await rm(E2E.dataDir, { recursive: true, force: true })
  const { prepareCms } = await import('../../../cms/bootstrap/prepare')
  const payload = await prepareCms({ seedIfFresh: true })
  await payload.destroy()
  const { buildCmsIfChanged } = await import('../../../cms/scripts/nextServer')
  await buildCmsIfChanged()
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
