import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Env } from '../../config/env'
import { repoRoot } from '../../config/paths'
import { eachLine } from '../lines'

// Plain paths rather than require.resolve: this module is also bundled into the CMS by Next.js.
const runnerScript = path.join(repoRoot, 'cms', 'publisher', 'standby', 'runner.ts')
const standbyDir = path.join(repoRoot, '.astro', 'builds', 'standby')

/**
 * The warm-up's environment: the content is read but not kept (site/content.config.ts), and no
 * cache of the releases' is touched; each build brings its own environment.
 */
function warmUpEnv(env: Env): NodeJS.ProcessEnv {
  const { SITE_CACHE_DIR: _cache, SITE_INCREMENTAL: _incremental, ...inherited } = process.env
  return {
    ...inherited,
    DATA_DIR: env.dataDir,
    SITE_OUT_DIR: path.join(standbyDir, 'warm-up'),
    SITE_BUILD_WARM_UP: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
}

/** One site build process, spawned by `spawnBuildProcess`, to be sent one build. */
export type BuildProcess = {
  child: ChildProcess
  /** Settles when the process is loaded and waits for its build (or has exited). */
  ready: Promise<void>
  /** Where its output goes from now on; before, it is dropped (the warm-up's). */
  pipeOutput: (onLine: (line: string) => void) => void
}

/**
 * Starts a build process (./runner.ts). `warm`: it loads everything a build loads first, by a
 * content sync that shows nothing, and then waits; otherwise it waits for its build at once.
 */
export function spawnBuildProcess(env: Env, warm: boolean): BuildProcess {
  mkdirSync(standbyDir, { recursive: true })
  const child = spawn(process.execPath, [runnerScript, repoRoot, warm ? 'warm' : 'cold'], {
    cwd: standbyDir,
    env: warmUpEnv(env),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let sink: ((line: string) => void) | undefined
  const collect = (line: string) => sink?.(line)
  if (child.stdout) eachLine(child.stdout, collect)
  if (child.stderr) eachLine(child.stderr, collect)
  const ready = new Promise<void>((resolve) => {
    child.once('message', () => resolve())
    child.once('exit', () => resolve())
    child.once('error', () => resolve())
  })
  return { child, ready, pipeOutput: (onLine) => (sink = onLine) }
}

/**
 * Keeps one site build process loaded ahead of the next release. Loading Astro, Vite, the site's
 * integrations and Payload takes a fresh process about 4 s of a 10,000-document release (module
 * loading, compiling, Payload's start and the database connection); the publisher pays that
 * while it is idle instead. Each process builds once, so no state of one build reaches the next.
 */
export type BuildStandby = {
  /** Starts a warm process for the next build, unless one is already waiting or warming. */
  prepare: () => void
  /** Settles when the waiting process (if any) is loaded. */
  ready: () => Promise<void>
  /** The waiting process, for a build to use now; a process started cold when none waits. */
  take: () => BuildProcess
  /** Ends the waiting process. */
  stop: () => Promise<void>
}

export function createBuildStandby(env: Env): BuildStandby {
  let waiting: BuildProcess | undefined
  const alive = (build: BuildProcess | undefined): build is BuildProcess =>
    Boolean(build && build.child.exitCode === null && build.child.signalCode === null)
  return {
    prepare: () => {
      if (!alive(waiting)) waiting = spawnBuildProcess(env, true)
    },
    ready: async () => {
      await waiting?.ready
    },
    take: () => {
      const build = alive(waiting) ? waiting : spawnBuildProcess(env, false)
      waiting = undefined
      return build
    },
    stop: async () => {
      const build = waiting
      waiting = undefined
      if (!alive(build)) return
      const exited = new Promise((resolve) => build.child.once('exit', resolve))
      build.child.kill()
      await exited
    },
  }
}
