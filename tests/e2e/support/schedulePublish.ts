import { getPayload } from 'payload'

import { e2eEnv } from './ports'

/**
 * Queues a scheduled publication the way the admin's «Запланувати публікацію» does (Payload's
 * schedulePublish job with the scheduling user), for tests that need one at a fixed time.
 * Usage: tsx tests/e2e/support/schedulePublish.ts '<json: [{collection, id, userId, at}]>'
 */
type Request = { collection: 'news'; id: number; userId: number; at: string }

async function main(): Promise<void> {
  Object.assign(process.env, e2eEnv())
  const requests = JSON.parse(process.argv[2] ?? '[]') as Request[]
  const { default: config } = await import('@cms/payload.config')
  const payload = await getPayload({ config })
  for (const request of requests) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(request.at),
      input: {
        type: 'publish',
        // The admin stores the id as a string (Payload #10481), whatever the generated type says.
        doc: { relationTo: request.collection, value: String(request.id) as unknown as number },
        user: { relationTo: 'users', value: request.userId },
      },
    })
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `Scheduling failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    )
    process.exit(1)
  },
)
