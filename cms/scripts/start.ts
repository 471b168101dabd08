import { env } from '../config/env'
import { prepareCms } from '../bootstrap/prepare'
import { createPreviewServer } from '../preview/previewServer'
import { liveStatusPaths } from '../publisher/liveStatus'
import { releasePaths } from '../publisher/paths'
import { createStaticServer } from '../publisher/staticServer'
import { startPublisher } from '../publisher/worker'
import { exitAfterOutput } from '../runtime/processes'
import { buildCmsIfChanged, runNext, startCms } from './nextServer'

const log = (line: string) => process.stdout.write(`[publisher] ${line}\n`)

/**
 * `npm start`: migrates and (on first start) seeds the embedded database, builds the admin if
 * its sources changed, then runs together: the CMS (Next.js), the publisher that turns published
 * changes into releases of the static site, a static server for the live release, and the
 * private preview server for drafts. `--dev` serves the CMS with Next's dev server instead.
 */
async function main(): Promise<void> {
  const dev = process.argv.includes('--dev')
  const payload = await prepareCms()
  const port = String(env.CMS_PORT)
  if (!dev) await buildCmsIfChanged()
  const cms = dev ? runNext(['dev', 'cms', '--port', port]) : startCms(['--port', port])
  const publisher = await startPublisher({ env, payload, log })
  const site = createStaticServer(releasePaths(env).liveLink, liveStatusPaths(env).link).listen(
    env.SITE_PORT,
  )
  const preview = createPreviewServer(env).listen(env.PREVIEW_PORT)

  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    cms.kill('SIGTERM')
    site.close()
    preview.close()
    await publisher.stop()
    await payload.destroy()
    exitAfterOutput(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0))
  cms.on('exit', (code) => void stop(code ?? 0))

  process.stdout.write(
    [
      '',
      `Сайт:     http://localhost:${env.SITE_PORT}/  (перша збірка — кілька секунд)`,
      `CMS:      ${env.CMS_URL}/admin`,
      `Перегляд: ${env.PREVIEW_URL}/  (чернетки — кнопкою «Попередній перегляд» в адмінці)`,
      `API:      ${env.CMS_URL}/api  ·  GraphQL: ${env.CMS_URL}/api/graphql`,
      '',
    ].join('\n') + '\n',
  )
  if (env.APP_ENV === 'production' && !env.SMTP_URL)
    process.stderr.write(
      'Увага: SMTP_URL не задано, тож листи CMS (відновлення пароля) лише пишуться в журнал. Задайте SMTP_URL, щоб редактори могли відновлювати паролі.\n',
    )
}

main().catch((error: unknown) => {
  process.stderr.write(
    `\nНе вдалося запустити: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  if (error instanceof Error && error.cause instanceof Error)
    process.stderr.write(`Причина: ${error.cause.message}\n`)
  exitAfterOutput(1)
})
