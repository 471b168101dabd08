import { env } from '../config/env'
import { prepareCms } from '../bootstrap/prepare'
import { buildCmsIfChanged, forwardSignals, runNext } from './nextServer'

/**
 * `npm start`: migrates and (on first start) seeds the embedded database, builds the admin if
 * its sources changed, and serves the CMS. `--dev` serves it with Next's dev server instead.
 */
async function main(): Promise<void> {
  const dev = process.argv.includes('--dev')
  const payload = await prepareCms()
  await payload.destroy()
  const port = String(env.CMS_PORT)
  if (!dev) await buildCmsIfChanged()
  const server = runNext(dev ? ['dev', 'cms', '--port', port] : ['start', 'cms', '--port', port])
  forwardSignals(server)
  process.stdout.write(
    `\nCMS: ${env.CMS_URL}/admin  ·  API: ${env.CMS_URL}/api  ·  GraphQL: ${env.CMS_URL}/api/graphql\n\n`,
  )
}

main().catch((error: unknown) => {
  process.stderr.write(
    `\nНе вдалося запустити CMS: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  if (error instanceof Error && error.cause instanceof Error)
    process.stderr.write(`Причина: ${error.cause.message}\n`)
  process.exit(1)
})
