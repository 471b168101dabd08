import { getPayload } from 'payload'

import { e2eEnv } from './ports'

/**
 * Runs the release check's report on published content (cms/editorial-checks/report.ts) against
 * the e2e database and records it as the publisher does, for admin tests that show the report
 * without running a whole build. Usage: tsx tests/e2e/support/reportContent.ts
 */
async function main(): Promise<void> {
  Object.assign(process.env, e2eEnv())
  const { default: config } = await import('@cms/payload.config')
  const { reportPublishedContent } = await import('@cms/editorial-checks/report')
  const { setStatus } = await import('@cms/publisher/status')
  const payload = await getPayload({ config })
  await setStatus(payload, { contentReport: await reportPublishedContent(payload) })
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `The content report failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    )
    process.exit(1)
  },
)
