import { spawn, type ChildProcess } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { expect, type APIRequestContext } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'

/**
 * The whole stack as `npm start` runs it (CMS, publisher, static server), on data and ports of
 * its own, for a publishing spec: started before its tests, stopped after, its output kept in
 * test-results/<name>-stack.log.
 */
export function fullStack(options: {
  name: string
  cmsPort: number
  sitePort: number
  previewPort: number
  env?: Record<string, string>
}) {
  const cms = `http://127.0.0.1:${options.cmsPort}`
  const site = `http://127.0.0.1:${options.sitePort}`
  const dataDir = path.join(repoRoot, 'data', `e2e-${options.name}`)
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URI: '',
    CMS_PORT: String(options.cmsPort),
    CMS_URL: cms,
    SITE_PORT: String(options.sitePort),
    SITE_URL: site,
    PREVIEW_PORT: String(options.previewPort),
    PREVIEW_URL: `http://127.0.0.1:${options.previewPort}`,
    SEED_ON_START: 'true',
    ...options.env,
  }
  let stack: ChildProcess | undefined
  let output = ''

  /** Starts on a fresh data folder and waits until the first release is served. */
  async function start(): Promise<void> {
    await rm(dataDir, { recursive: true, force: true })
    stack = spawn(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cms/scripts/start.ts'],
      { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    )
    stack.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    stack.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await expect
      .poll(async () => (await fetch(`${site}/`).catch(() => undefined))?.status, {
        timeout: 540_000,
        intervals: [1000],
      })
      .toBe(200)
  }

  async function stop(): Promise<void> {
    if (stack?.pid) process.kill(-stack.pid, 'SIGTERM')
    await writeFile(path.join(repoRoot, 'test-results', `${options.name}-stack.log`), output).catch(
      () => undefined,
    )
  }

  async function token(request: APIRequestContext): Promise<string> {
    const response = await request.post(`${cms}/api/users/login`, { data: LOCAL_ADMIN })
    return ((await response.json()) as { token: string }).token
  }

  /** A page of the served site, as text. */
  const served = async (urlPath: string) => (await fetch(`${site}${urlPath}`)).text()

  return { cms, site, dataDir, start, stop, token, served }
}
