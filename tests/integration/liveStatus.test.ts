import { readdir, readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import {
  alertsFragment,
  LIVE_STATUS_QUEUE,
  liveStatusPaths,
  processLiveStatusRequests,
  requestLiveStatus,
  type LiveStatus,
} from '@cms/publisher/liveStatus'
import { releasePaths } from '@cms/publisher/paths'
import { createStaticServer } from '@cms/publisher/staticServer'
import { addDays, kyivDay } from '@domain/time/kyivTime'

import { startTestCms, stopTestCms } from '../support/cms'
import { as, createBranch, createUser, unique, type TestUser } from '../support/fixtures'

let payload: Payload
let editor: TestUser
let branch: { id: number; slug?: string | null }
let server: ReturnType<typeof createStaticServer>
let base: string

beforeAll(async () => {
  payload = await startTestCms()
  editor = await createUser(payload, 'editor')
  branch = await createBranch(payload, unique('Бібліотека'))
  server = createStaticServer(releasePaths(env).liveLink, liveStatusPaths(env).link).listen(0)
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.close()
  await stopTestCms(payload)
})

const pendingRequests = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ queue: { equals: LIVE_STATUS_QUEUE } }, { completedAt: { exists: false } }],
      },
      overrideAccess: true,
    })
  ).totalDocs

const served = async () => (await (await fetch(`${base}/stan/status.json`)).json()) as LiveStatus

describe('the live status bundle (fast path)', () => {
  it('an editor closes a branch and posts an urgent alert: one request, then a bundle with both', async () => {
    const today = kyivDay(new Date())
    await payload.update({
      collection: 'branches',
      id: branch.id,
      data: {
        closures: [{ from: today, to: addDays(today, 1), reason: 'no-heating', note: 'Холодно' }],
        statusLine: 'Сьогодні зачинено',
        _status: 'published',
      } as never,
      ...as(editor),
    })
    await payload.create({
      collection: 'alerts',
      data: {
        text: 'Повітряна тривога: бібліотеки працюють в укриттях',
        level: 'urgent',
        scope: 'network',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'published',
      } as never,
      ...as(editor),
    })
    // Saves in a burst make one request.
    expect(await pendingRequests()).toBe(1)

    const id = await processLiveStatusRequests(env, payload)
    expect(id).toBeTruthy()
    expect(await pendingRequests()).toBe(0)

    const status = await served()
    const mine = status.branches.find((entry) => entry.slug === branch.slug)!
    expect(mine.statusLine).toBe('Сьогодні зачинено')
    expect(mine.closures).toEqual([
      expect.objectContaining({
        from: today,
        to: addDays(today, 1),
        reasonLabel: 'Немає опалення',
      }),
    ])
    expect(status.alerts.map((alert) => [alert.level, alert.branch, alert.text])).toEqual([
      ['urgent', null, 'Повітряна тривога: бібліотеки працюють в укриттях'],
    ])
    const fragment = await (await fetch(`${base}/stan/alerts.html`)).text()
    expect(fragment).toContain('role="alert"')
    expect(fragment).toContain('Повітряна тривога')
  })

  it('writes nothing when nothing was asked for, and replaces the bundle atomically when asked', async () => {
    expect(await processLiveStatusRequests(env, payload)).toBeUndefined()
    const before = (await served()).generatedAt
    await payload.update({
      collection: 'branches',
      id: branch.id,
      data: { statusLine: 'Працюємо від генератора' },
      ...as(editor),
    })
    await processLiveStatusRequests(env, payload)
    const after = await served()
    expect(after.generatedAt > before).toBe(true)
    expect(after.branches.find((entry) => entry.slug === branch.slug)?.statusLine).toBe(
      'Працюємо від генератора',
    )
  })

  it('keeps only a few old bundles', async () => {
    for (let round = 0; round < 4; round += 1) {
      await payload.update({
        collection: 'branches',
        id: branch.id,
        data: { statusLine: `Стан ${round}` },
        ...as(editor),
      })
      await processLiveStatusRequests(env, payload, new Date(Date.now() + round * 1000))
    }
    expect((await readdir(liveStatusPaths(env).dir)).length).toBeLessThanOrEqual(3)
    const link = await readFile(path.join(liveStatusPaths(env).link, 'stan', 'status.json'), 'utf8')
    expect(JSON.parse(link)).toMatchObject({ timeZone: 'Europe/Kyiv' })
  })

  it('leaves out alerts that are over and drafts', async () => {
    await payload.create({
      collection: 'alerts',
      data: {
        text: 'Чернетка термінового оголошення',
        level: 'urgent',
        scope: 'network',
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'draft',
      } as never,
      draft: true,
      ...as(editor),
    })
    // A draft asks for nothing; the next bundle, two hours on, is asked for by another save.
    expect(await pendingRequests()).toBe(0)
    await requestLiveStatus(payload)
    await processLiveStatusRequests(env, payload, new Date(Date.now() + 2 * 3_600_000))
    const texts = (await served()).alerts.map((alert) => alert.text)
    expect(texts).toEqual([])
  })

  it('escapes the text in the fragment, whatever got into it', () => {
    const status: LiveStatus = {
      generatedAt: '2026-11-29T10:00:00.000Z',
      timeZone: 'Europe/Kyiv',
      branches: [],
      alerts: [
        {
          id: '1',
          level: 'info',
          levelLabel: 'Інформація',
          branch: null,
          text: '<img src=x onerror=alert(1)> & "лапки"',
          startsAt: '2026-11-29T11:00:00.000Z',
          endsAt: '2026-11-29T12:00:00.000Z',
        },
      ],
    }
    const html = alertsFragment(status)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;лапки&quot;')
    // Not started yet at generation: hidden until the browser's clock reaches its start.
    expect(html).toMatch(/data-visible-from="2026-11-29T11:00:00.000Z"[^>]* hidden>/)
    expect(html).not.toContain('role="alert"')
  })
})
