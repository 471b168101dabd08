import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { cmsDir, repoRoot } from '../config/paths'

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const buildDir = path.join(cmsDir, '.next')
const sourceHashFile = path.join(buildDir, 'source-hash.txt')

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

async function hashSources(): Promise<string> {
  const hash = createHash('sha256')
  const visit = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )
    for (const entry of entries) {
      if (entry.name === '.next' || entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await visit(full)
      else hash.update(full).update(await readFile(full))
    }
  }
  await visit(cmsDir)
  hash.update(await readFile(path.join(repoRoot, 'package-lock.json')))
  return hash.digest('hex')
}

/** Builds the admin with `next build` unless the existing build came from the same sources. */
export async function buildCmsIfChanged(): Promise<void> {
  const sourceHash = await hashSources()
  const built = existsSync(path.join(buildDir, 'BUILD_ID')) && existsSync(sourceHashFile)
  if (built && (await readFile(sourceHashFile, 'utf8')) === sourceHash) return
  process.stdout.write('Збирання адмінки CMS (next build, близько хвилини)…\n')
  await waitForExit(runNext(['build', 'cms']), 'Building the CMS (next build cms)')
  await writeFile(sourceHashFile, sourceHash)
}
