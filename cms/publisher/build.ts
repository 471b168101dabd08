import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import type { Env } from '../config/env'
import { repoRoot } from '../config/paths'
import { eachLine } from './lines'
import { spawnBuildProcess, type BuildStandby } from './standby/standby'

/** The last lines a build printed, kept to explain a failure. */
const TAIL_LINES = 25

export type BuildOutcome = { ok: true } | { ok: false; message: string }

/**
 * Builds the public site into `outDir`: Astro's build by default (which also runs the search
 * indexing its integrations add), or SITE_BUILD_COMMAND with `{outDir}` filled in. With a
 * `standby` (the publisher's), Astro's build runs in the process it keeps loaded ahead.
 */
export async function buildSite(
  env: Env,
  outDir: string,
  onLine: (line: string) => void,
  extraEnv: Record<string, string> = {},
  standby?: BuildStandby,
): Promise<BuildOutcome> {
  // The site's config and integrations read SITE_OUT_DIR; an output folder alone would not reach them.
  const buildEnv = {
    ...process.env,
    DATA_DIR: env.dataDir,
    SITE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  }
  if (env.SITE_BUILD_COMMAND) {
    const command = env.SITE_BUILD_COMMAND.replaceAll('{outDir}', JSON.stringify(outDir))
    const child = spawn(command, [], {
      cwd: repoRoot,
      shell: true,
      env: buildEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const outcome = watchBuild(child, onLine)
    eachLine(child.stdout, outcome.collect)
    eachLine(child.stderr, outcome.collect)
    return outcome.done
  }
  // When the output folder is outside the working directory (a data folder elsewhere, as in
  // production), Astro writes the build's server chunks to <working directory>/.astro: a release
  // and a preview built at once would share that folder and break each other. So each build gets
  // a working directory of its own, inside the project so that the chunks still find its packages.
  const workDir = path.join(repoRoot, '.astro', 'builds', path.basename(outDir))
  await mkdir(workDir, { recursive: true })
  try {
    const build = standby ? standby.take() : spawnBuildProcess(env, false)
    const outcome = watchBuild(build.child, onLine)
    build.pipeOutput(outcome.collect)
    const job = { outDir, cwd: workDir, env: definedOnly(buildEnv) }
    build.child.send(job, (error) => {
      // The process died before its build: its exit reports that.
      if (error) build.child.kill()
    })
    return await outcome.done
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

const definedOnly = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )

/** Passes a build's output lines on, and settles with its outcome when it has exited. */
function watchBuild(
  child: ChildProcess,
  onLine: (line: string) => void,
): { collect: (line: string) => void; done: Promise<BuildOutcome> } {
  const tail: string[] = []
  // Plain text onwards: the release log and the progress read from it match words, and Astro
  // colours its output whenever CI or FORCE_COLOR is set (piccolore), not only on a terminal.
  const collect = (output: string) => {
    const line = stripVTControlCharacters(output)
    tail.push(line)
    if (tail.length > TAIL_LINES) tail.shift()
    onLine(line)
  }
  const done = new Promise<BuildOutcome>((resolve) => {
    child.on('error', (error) =>
      resolve({ ok: false, message: `The site build could not start: ${error.message}` }),
    )
    // 'close', not 'exit': the output may still be on its way when the process has exited.
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ ok: true })
      const output = tail.join('\n')
      resolve({
        ok: false,
        message: `The site build failed (${signal ?? `exit code ${code}`}):\n${output}`,
      })
    })
  })
  return { collect, done }
}
