import { spawn, type ChildProcess } from 'node:child_process'

import { repoRoot } from '@cms/config/paths'
import { e2eEnv } from './ports'

/** Runs a Node script of the repository to its end; a non-zero exit is an error. */
function run(command: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command[0]} exited ${code}`)),
    )
  })
}

/**
 * Builds the public site from the e2e database into `outDir`, as the publisher would after an
 * editor's change. `extraEnv` can fix the build's clock (SITE_NOW).
 */
export function buildSiteFromCms(outDir: string, extraEnv: Record<string, string> = {}) {
  const env = { ...e2eEnv(), SITE_OUT_DIR: outDir, PAYLOAD_DISABLE_JOBS: 'true', ...extraEnv }
  return run(['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], env)
}

async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/** Serves a built site on its own port until `stop()`; resolves once it answers. */
export async function serveBuiltSite(
  outDir: string,
  port: number,
): Promise<{ url: string; stop: () => void }> {
  const server: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'cms/scripts/serveSite.ts',
      '--port',
      String(port),
      '--root',
      outDir,
    ],
    { cwd: repoRoot, stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}`
  const stop = () => void server.kill()
  // Poll for the server's first answer (a condition, not a fixed wait).
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (await isUp(`${url}/`)) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`The site server on ${url} did not start`)
}
