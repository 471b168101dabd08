/**
 * A site build process started before it is needed (see ./standby.ts). Started with `warm`, it
 * runs Astro's content sync once with nothing to show for it: that loads Astro, Vite, the site's
 * integrations and the CMS's modules and database connection, so that the build it is then sent
 * starts where a fresh process would be seconds later. It builds once and exits, so no state of
 * one build can reach the next.
 *
 * Run by Node itself (type stripping), not through the project's bundlers: erasable types only,
 * and no imports of the project's own modules but self-contained ones, by their `.ts` path (as
 * Node needs; tsconfig.json allows it with `allowImportingTsExtensions`).
 *
 * Messages (Node's IPC channel): it sends `{ ready: true }` after the warm-up, and takes one
 * `{ outDir, cwd, env }`: the build's output folder, working directory and whole environment,
 * as a process spawned for that build would have them.
 */
import module from 'node:module'

import { exitAfterOutput } from '../../runtime/processes.ts'

type BuildJob = { outDir: string; cwd: string; env: Record<string, string> }

const [root, mode] = process.argv.slice(2)
if (!root || !process.send) {
  console.error('usage: node runner.ts <project root> [warm], spawned with an IPC channel')
  process.exit(2)
}
// As Astro's own command line does: compiled code is cached between processes.
module.enableCompileCache?.()

const job = new Promise<BuildJob>((resolve) => process.once('message', resolve))
// The publisher is gone (stopped or crashed): a build now would go nowhere.
process.once('disconnect', () => process.exit(1))

const { build, sync } = await import('astro')
if (mode === 'warm') {
  // Best effort: a failure here (a database being migrated, a broken entry) is the real build's
  // to report, with its own output; the warm-up only loads what that build will load.
  await sync({ root, logLevel: 'silent' }).catch(() => undefined)
}
process.send({ ready: true })

const { outDir, cwd, env } = await job
process.chdir(cwd)
for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name]
Object.assign(process.env, env)
try {
  await build({ root, outDir })
  exitAfterOutput(0)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  exitAfterOutput(1)
}
