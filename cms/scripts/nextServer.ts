import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { cmsDir, repoRoot } from '../config/paths'
import { isRunning } from '../runtime/processes'

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const buildDir = path.join(cmsDir, '.next')
const sourceHashFile = path.join(buildDir, 'source-hash.txt')

/**
 * What shapes the admin build, relative to the repository root: the CMS, the shared domain code
 * it imports (never the site: tests/architecture/checkLayers.ts; tests/integration/cmsBuild.test.ts
 * checks that this list covers every import), and the TypeScript and package setup.
 */
export const CMS_BUILD_INPUTS = [
  'cms',
  'domain',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
]

/**
 * What builds and tools write inside those inputs (all git-ignored). Only needed without git:
 * with git, the ignore rules keep them out.
 */
const GENERATED_NAMES = new Set(['.next', 'node_modules', 'next-env.d.ts', '.DS_Store'])
const isGenerated = (name: string) => GENERATED_NAMES.has(name) || name.endsWith('.tsbuildinfo')

/** Runs the Next.js CLI on the CMS with this process's Node (the project's pinned one). */
export function runNext(args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
  })
}

function waitForExit(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed with exit code ${code}.`)),
    )
  })
}

/** The input files tracked or added in git (never what the ignore rules leave out), or undefined. */
function filesFromGit(root: string): string[] | undefined {
  try {
    const listed = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...CMS_BUILD_INPUTS],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    )
    // A tracked file deleted in the working tree is still listed: it no longer shapes the build.
    return listed.split('\0').filter((file) => file && existsSync(path.join(root, file)))
  } catch {
    return undefined
  }
}

/** The input files found by walking the folders, for a copy without git (a downloaded archive). */
async function filesFromDisk(root: string): Promise<string[]> {
  const files: string[] = []
  const visit = async (relative: string): Promise<void> => {
    const full = path.join(root, relative)
    if (!existsSync(full)) return
    const entries = await readdir(full, { withFileTypes: true }).catch(() => undefined)
    if (!entries) {
      files.push(relative)
      return
    }
    for (const entry of entries) {
      if (isGenerated(entry.name)) continue
      const child = path.posix.join(relative, entry.name)
      if (entry.isDirectory()) await visit(child)
      else if (entry.isFile()) files.push(child)
    }
  }
  for (const input of CMS_BUILD_INPUTS) await visit(input)
  return files
}

/**
 * The files the admin is built from, relative to `root` and sorted: from git when there is one,
 * else from the disk. What `next build` writes (cms/.next, cms/next-env.d.ts) is never among them,
 * so a build cannot change the hash of its own sources.
 */
export async function cmsBuildSources(
  root = repoRoot,
  { git = true }: { git?: boolean } = {},
): Promise<string[]> {
  const files = (git ? filesFromGit(root) : undefined) ?? (await filesFromDisk(root))
  return [...new Set(files)].sort()
}

/** A digest of the admin's sources: their paths and contents. */
export async function hashCmsSources(
  root = repoRoot,
  options: { git?: boolean } = {},
): Promise<string> {
  const hash = createHash('sha256')
  for (const file of await cmsBuildSources(root, options)) {
    hash.update(`${file}\0`).update(await readFile(path.join(root, file)))
  }
  return hash.digest('hex')
}

/** Where each running `next start` of the CMS leaves a file named after its pid. */
const servingDir = (dir: string) => path.join(dir, 'serving')

/**
 * Whether `pid` is still the server that registered: a server killed with SIGKILL leaves its file
 * behind, and its pid may since belong to another program. Where /proc tells, the command line
 * must be `next start`; elsewhere a live pid counts, erring on the side of not rebuilding.
 */
function isServer(pid: number): boolean {
  if (!isRunning(pid)) return false
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
    return args.some((arg) => path.basename(arg) === 'next') && args.includes('start')
  } catch {
    return true
  }
}

/** The pids of the CMS servers that serve from `dir` now (files of dead ones are ignored). */
export function servingPids(dir = buildDir): number[] {
  if (!existsSync(servingDir(dir))) return []
  return readdirSync(servingDir(dir))
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid > 0 && isServer(pid))
}

/** Refuses to replace a build that a running server uses: it would break under the server. */
export function refuseIfServed(dir = buildDir): void {
  const pids = servingPids(dir)
  if (pids.length === 0) return
  throw new Error(
    `Адмінку CMS треба зібрати заново (змінилися її джерела), але збірку в ${path.relative(repoRoot, dir) || dir} зараз обслуговує процес ${pids.join(', ')}. Зупиніть його й запустіть знову.`,
  )
}

/**
 * `next start` for the CMS, registered in cms/.next/serving while it runs so that no
 * `buildCmsIfChanged` replaces the build it serves.
 */
export function startCms(args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const child = runNext(['start', 'cms', ...args], extraEnv)
  if (child.pid) {
    const marker = path.join(servingDir(buildDir), String(child.pid))
    mkdirSync(servingDir(buildDir), { recursive: true })
    writeFileSync(marker, '')
    child.on('exit', () => rmSync(marker, { force: true }))
  }
  return child
}

/** Builds the admin with `next build` unless the existing build came from the same sources. */
export async function buildCmsIfChanged(): Promise<void> {
  const sourceHash = await hashCmsSources()
  const built = existsSync(path.join(buildDir, 'BUILD_ID')) && existsSync(sourceHashFile)
  if (built && (await readFile(sourceHashFile, 'utf8')) === sourceHash) return
  refuseIfServed()
  process.stdout.write('Збирання адмінки CMS (next build, близько хвилини)…\n')
  await waitForExit(runNext(['build', 'cms']), 'Building the CMS (next build cms)')
  await writeFile(sourceHashFile, sourceHash)
}
