import { spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The real site build, with switches for the publishing suite (SITE_BUILD_COMMAND there only):
 * - every build adds a line to $DATA_DIR/builds-started as it starts, so the suite counts builds;
 * - while $DATA_DIR/hold-builds exists, a build that has started (its output folder begun) waits,
 *   so the suite knows a build is running when it acts: it publishes or kills meanwhile;
 * - while $DATA_DIR/fail-next-build exists, the build fails with the message written in it, as a
 *   build broken by content would.
 */
const outDir = process.argv[2]
if (!outDir) throw new Error('usage: faultableBuild.ts <outDir>')
const dataDir = process.env.DATA_DIR ?? 'data'
const hold = path.join(dataDir, 'hold-builds')
const failure = path.join(dataDir, 'fail-next-build')

if (existsSync(hold)) {
  // Half a release on disk, as a build cut short would leave it.
  mkdirSync(outDir, { recursive: true })
  writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><html lang="uk"><bo')
}
appendFileSync(path.join(dataDir, 'builds-started'), `${outDir}\n`)
const pause = new Int32Array(new SharedArrayBuffer(4))
while (existsSync(hold)) Atomics.wait(pause, 0, 0, 100)

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
