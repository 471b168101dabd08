import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { buildSite } from '@cms/publisher/build'
import { createBuildStandby, type BuildStandby } from '@cms/publisher/standby/standby'
import { isRunning } from '@cms/runtime/processes'
import { seed } from '@cms/seed/seed'
import { openReader } from '@site/data/read/reader'
import { buildProcesses } from '../support/buildProcesses'
import { startTestCms, stopTestCms } from '../support/cms'

// The publisher's build process loaded ahead of a release (cms/publisher/standby): what it
// builds must be what a fresh process would build at that moment, not what it saw when it loaded.
let payload: Payload
let standby: BuildStandby
/** The build's clock, which the process gets with its build, long after it was started. */
const SITE_NOW = '2026-03-02T10:00:00+02:00'

/** FORCE_COLOR as the suite found it, put back afterwards. */
const colours = process.env.FORCE_COLOR

beforeAll(async () => {
  // Astro colours its log when CI or FORCE_COLOR is set; the build processes inherit this.
  process.env.FORCE_COLOR = '1'
  payload = await startTestCms()
  await seed(payload, () => undefined)
  standby = createBuildStandby(env)
}, 180_000)

afterAll(async () => {
  await standby.stop()
  await stopTestCms(payload)
  if (colours === undefined) delete process.env.FORCE_COLOR
  else process.env.FORCE_COLOR = colours
})

describe('the build process kept loaded for the next release', () => {
  it('builds content published after it loaded, with the environment of its own build', async () => {
    standby.prepare()
    await standby.ready()
    // Published once the process had read every collection for its warm-up.
    const news = await payload.create({
      collection: 'news',
      data: {
        title: 'Новина, опублікована після розігріву',
        excerpt: 'Її має бути на сайті, зібраному процесом, що чекав.',
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const outDir = path.join(env.dataDir, 'standby-site')
    const lines: string[] = []
    const outcome = await buildSite(env, outDir, (line) => lines.push(line), { SITE_NOW }, standby)
    expect(outcome).toEqual({ ok: true })
    const page = await readFile(path.join(outDir, 'novyny', news.slug!, 'index.html'), 'utf8')
    expect(page).toContain('Новина, опублікована після розігріву')
    expect(page).toContain(`data-built-at="${new Date(SITE_NOW).toISOString()}"`)
    // The build's own lines reach the publisher, as plain text; the warm-up's stay out of them.
    expect(lines.some((line) => line.includes('[build] Complete!'))).toBe(true)
    expect(lines.filter((line) => line.includes('\u001b'))).toEqual([])
    expect(lines.filter((line) => line.includes('Syncing content'))).toHaveLength(1)
  }, 300_000)

  it('starts a fresh process when none is waiting, and reports its failure', async () => {
    // A build into a file, not a folder, fails in Astro itself.
    const blocked = path.join(env.dataDir, 'not-a-folder')
    await writeFile(blocked, 'x')
    const lines: string[] = []
    const outcome = await buildSite(env, blocked, (line) => lines.push(line), {}, standby)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.message).toMatch(/The site build failed \(exit code 1\)/)
    // Astro's error, written just before the process exits, arrives whole: its cause and, as
    // the last line, the runner's own frame.
    expect(lines.join('\n')).toContain(`EEXIST: file already exists, mkdir '${blocked}'`)
    expect(lines.at(-1)).toMatch(/standby\/runner\.ts:\d+:\d+\)?$/)
  }, 300_000)

  it('reads a sample of each collection for its warm-up, of the published documents only', async () => {
    const ids = (docs: unknown[]) => docs.map((doc) => (doc as { id: number }).id)
    const everyPublished = ids(await (await openReader()).published('news'))
    const sample = ids(await (await openReader({ sample: 2 })).published('news'))
    expect(everyPublished.length).toBeGreaterThan(2)
    expect(sample).toHaveLength(2)
    for (const id of sample) expect(everyPublished).toContain(id)
  })

  it('ends the waiting process when the publisher stops', async () => {
    standby.prepare()
    await standby.ready()
    const [waiting] = buildProcesses()
    expect(waiting).toBeDefined()
    const exited = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (isRunning(waiting!)) return
        clearInterval(poll)
        resolve()
      }, 50)
    })
    await standby.stop()
    await exited
    expect(buildProcesses()).toEqual([])
  }, 300_000)
})
