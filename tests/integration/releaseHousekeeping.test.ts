import { spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { releasePaths } from '@cms/publisher/paths'
import { requestPublish } from '@cms/publisher/queue'
import { liveReleaseId, listReleases } from '@cms/publisher/releases'
import { processDueRequests } from '@cms/publisher/worker'
import { startTestCms, stopTestCms } from '../support/cms'

// What happens after a release went live is housekeeping: when it fails, the release is still
// live and must be reported so. The fault is real: an old release that cannot be removed, made
// so by the file system (an immutable file for root, a read-only folder for anyone else).
const isRoot = process.getuid?.() === 0

/** Whether this machine lets a test make a file that even its owner cannot remove. */
function canPin(): boolean {
  if (!isRoot) return true
  const probe = path.join(tmpdir(), `cbs-pin-probe-${process.pid}`)
  spawnSync('touch', [probe])
  const pinned = spawnSync('chattr', ['+i', probe]).status === 0
  spawnSync('chattr', ['-i', probe])
  spawnSync('rm', ['-f', probe])
  return pinned
}

async function pin(dir: string): Promise<() => void> {
  const locked = path.join(dir, 'locked')
  await mkdir(locked, { recursive: true })
  const file = path.join(locked, 'index.html')
  await writeFile(file, '<!doctype html><title>Старий реліз</title>')
  if (isRoot) {
    spawnSync('chattr', ['+i', file])
    return () => void spawnSync('chattr', ['-i', file])
  }
  spawnSync('chmod', ['0555', locked])
  return () => void spawnSync('chmod', ['0755', locked])
}

let payload: Payload
let unpin: (() => void) | undefined
const paths = releasePaths(env)
const OLD_RELEASE = '20200101-000000-old1'

beforeAll(async () => {
  payload = await startTestCms()
})

afterAll(async () => {
  unpin?.()
  await stopTestCms(payload)
})

describe.skipIf(!canPin())('release housekeeping', () => {
  it('counts a release as live when removing old releases fails after the switch, with a warning', async () => {
    // A quick stand-in for the site build: the two pages every release must have.
    const page = '<!doctype html><html lang="uk"><title>Головна</title></html>'
    const quick = {
      ...env,
      KEEP_RELEASES: 1,
      SITE_BUILD_COMMAND: `mkdir -p {outDir} && echo '${page}' > {outDir}/index.html && cp {outDir}/index.html {outDir}/404.html`,
    }
    const old = path.join(paths.releasesDir, OLD_RELEASE)
    await mkdir(old, { recursive: true })
    unpin = await pin(old)

    const lines: string[] = []
    await requestPublish(payload, { kind: 'start', at: new Date().toISOString() }, 0)
    const result = await processDueRequests({
      env: quick,
      payload,
      log: (line) => lines.push(line),
    })

    expect(result, JSON.stringify(result)).toMatchObject({ ok: true })
    const releaseId = result?.ok ? result.releaseId : undefined
    expect(await liveReleaseId(paths)).toBe(releaseId)
    expect(result?.ok && result.warnings.join(' ')).toMatch(/Не вдалося вилучити старі релізи/)
    expect(lines.join('\n')).toMatch(/Попередження \(реліз уже працює\)/)
    // The old release is still there: nothing was lost, it is only reported.
    expect(await listReleases(paths)).toContain(OLD_RELEASE)

    const status = await payload.findGlobal({ slug: 'publisher', overrideAccess: true })
    expect(status.liveRelease).toBe(releaseId)
    expect(status.lastSuccess?.releaseId).toBe(releaseId)
    expect(status.lastSuccess?.warning).toMatch(/Не вдалося вилучити старі релізи/)
    expect(status.lastFailure?.at ?? null).toBeNull()
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { completedAt: { exists: true } },
      overrideAccess: true,
      depth: 0,
    })
    expect(jobs.length).toBeGreaterThan(0)
    for (const job of jobs) expect(job.hasError).toBe(false)
  })
})
