import { spawn } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Env } from '../config/env'
import { repoRoot } from '../config/paths'

// A plain path rather than require.resolve: this module is also bundled into the CMS by Next.js.
const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')

/** The last lines a build printed, kept to explain a failure. */
const TAIL_LINES = 25

export type BuildOutcome = { ok: true } | { ok: false; message: string }

/**
 * Builds the public site into `outDir`: Astro's build by default (which also runs the search
 * indexing its integrations add), or SITE_BUILD_COMMAND with `{outDir}` filled in.
 */
export async function buildSite(
  env: Env,
  outDir: string,
  onLine: (line: string) => void,
  extraEnv: Record<string, string> = {},
): Promise<BuildOutcome> {
  if (env.SITE_BUILD_COMMAND) {
    const command = env.SITE_BUILD_COMMAND.replaceAll('{outDir}', JSON.stringify(outDir))
    return runBuild(env, outDir, onLine, extraEnv, {
      command,
      args: [],
      shell: true,
      cwd: repoRoot,
    })
  }
  // When the output folder is outside the working directory (a data folder elsewhere, as in
  // production), Astro writes the build's server chunks to <working directory>/.astro: a release
  // and a preview built at once would share that folder and break each other. So each build gets
  // a working directory of its own, inside the project so that the chunks still find its packages.
  const workDir = path.join(repoRoot, '.astro', 'builds', path.basename(outDir))
  await mkdir(workDir, { recursive: true })
  try {
    return await runBuild(env, outDir, onLine, extraEnv, {
      command: process.execPath,
      args: [astroBin, 'build', '--root', repoRoot, '--outDir', outDir],
      shell: false,
      cwd: workDir,
    })
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

type Invocation = { command: string; args: string[]; shell: boolean; cwd: string }

function runBuild(
  env: Env,
  outDir: string,
  onLine: (line: string) => void,
  extraEnv: Record<string, string>,
  { command, args, shell, cwd }: Invocation,
): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    const tail: string[] = []
    const child = spawn(command, args, {
      cwd,
      shell,
      // The site's config and integrations read SITE_OUT_DIR; --outDir alone would not reach them.
      env: {
        ...process.env,
        DATA_DIR: env.dataDir,
        SITE_OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue
        tail.push(line)
        if (tail.length > TAIL_LINES) tail.shift()
        onLine(line)
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) =>
      resolve({ ok: false, message: `The site build could not start: ${error.message}` }),
    )
    child.on('exit', (code, signal) => {
      if (code === 0) resolve({ ok: true })
      // eslint-disable-next-line no-control-regex -- strip terminal colours from the build's output
      const output = tail.join('\n').replace(/\u001b\[[0-9;]*m/g, '')
      resolve({
        ok: false,
        message: `The site build failed (${signal ?? `exit code ${code}`}):\n${output}`,
      })
    })
  })
}
