import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The real site build, with a fault switch for the publishing suite: while
 * $DATA_DIR/fail-next-build exists, the build fails with the message written in it, as a build
 * broken by content would. Used as SITE_BUILD_COMMAND by tests/e2e/publishing only.
 */
const outDir = process.argv[2]
if (!outDir) throw new Error('usage: faultableBuild.ts <outDir>')
const failure = path.join(process.env.DATA_DIR ?? 'data', 'fail-next-build')
if (existsSync(failure)) {
  process.stderr.write(`${readFileSync(failure, 'utf8')}\n`)
  process.exit(1)
}
const astro = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
)
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
