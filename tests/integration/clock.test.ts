import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { releasePaths } from '@cms/publisher/paths'
import { DEBOUNCE_MS, pendingPublishJobs, requestPublish } from '@cms/publisher/queue'
import {
  alertsProvider,
  branchesProvider,
  documentsProvider,
  eventsProvider,
  midnightProvider,
  registerBuiltinProviders,
} from '@cms/scheduler/builtins'
import { clockTick, readClockState } from '@cms/scheduler/clock'
import { registerTimeProvider } from '@cms/scheduler/providers'
import { addDays, isoWeekday } from '@domain/time/kyivTime'

import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, unique } from '../support/fixtures'

let payload: Payload
const lines: string[] = []
const context = () => ({ env, payload, log: (line: string) => lines.push(line) })
const stateFile = () => path.join(releasePaths(env).releasesDir, '.clock.json')
const iso = (value: string) => new Date(value)

async function setCoveredUntil(instant: string): Promise<void> {
  await writeFile(stateFile(), JSON.stringify({ coveredUntil: new Date(instant).toISOString() }))
}

/** Removes queued releases, so that each test sees only what its own tick asked for. */
async function clearQueue(): Promise<void> {
  await payload.delete({
    collection: 'payload-jobs',
    where: { queue: { equals: 'publish' } },
    overrideAccess: true,
  })
}

async function queuedReasons() {
  return (await pendingPublishJobs(payload)).flatMap((job) => job.input.reasons)
}

beforeAll(async () => {
  payload = await startTestCms()
  registerBuiltinProviders()
})

afterAll(async () => {
  await stopTestCms(payload)
})

beforeEach(async () => {
  await clearQueue()
  lines.length = 0
})

describe('the publisher clock', () => {
  it('on the very first start only records the time: the first release is built anyway', async () => {
    await rm(stateFile(), { force: true })
    const result = await clockTick(context(), iso('2026-11-29T10:00:00Z'))
    expect(result.requested).toBe(false)
    expect((await readClockState(env))?.coveredUntil).toBe('2026-11-29T09:59:58.000Z')
    expect(await queuedReasons()).toEqual([])
  })

  it('catches up a midnight missed while the server was down, at the first tick after start', async () => {
    // Last check 23:50 Kyiv; the server comes back at 00:30.
    await setCoveredUntil('2026-11-29T23:50:00+02:00')
    const result = await clockTick(context(), iso('2026-11-30T00:30:00+02:00'))
    expect(result.requested).toBe(true)
    if (!result.requested) return
    expect(result.due.map((entry) => [entry.provider, entry.at.toISOString()])).toContainEqual([
      'midnight',
      '2026-11-29T22:00:00.000Z',
    ])
    const reasons = await queuedReasons()
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatchObject({ kind: 'clock' })
    expect(reasons[0]!.title).toContain('північ')
    expect((await readClockState(env))?.coveredUntil).toBe('2026-11-29T22:29:58.000Z')
  })

  it('asks for nothing when no instant passed since the last check', async () => {
    await setCoveredUntil('2026-11-30T10:00:00+02:00')
    const result = await clockTick(context(), iso('2026-11-30T10:05:00+02:00'))
    expect(result.requested).toBe(false)
    expect(await queuedReasons()).toEqual([])
  })

  it('counts an instant as passed only a moment after it, so the build surely sees it', async () => {
    await setCoveredUntil('2026-11-30T23:59:00+02:00')
    expect((await clockTick(context(), iso('2026-12-01T00:00:01+02:00'))).requested).toBe(false)
    expect((await clockTick(context(), iso('2026-12-01T00:00:02+02:00'))).requested).toBe(true)
  })

  it('rebuilds once when its own clock went back behind what it had covered', async () => {
    await setCoveredUntil('2027-06-01T00:00:00Z')
    const result = await clockTick(context(), iso('2026-12-01T12:00:00Z'))
    expect(result.requested).toBe(true)
    expect(lines.join('\n')).toContain('Годинник публікатора')
    expect((await readClockState(env))?.coveredUntil).toBe('2026-12-01T11:59:58.000Z')
  })

  it('looks back at most a day after a long outage: one release, bounded work', async () => {
    await setCoveredUntil('2026-01-01T00:00:00Z')
    const result = await clockTick(context(), iso('2026-12-01T12:00:00Z'))
    expect(result.requested).toBe(true)
    if (!result.requested) return
    expect(result.due.filter((entry) => entry.provider === 'midnight')).toHaveLength(1)
    expect(await queuedReasons()).toHaveLength(1)
  })

  it('keeps the midnight rebuild when one provider fails, and says which one', async () => {
    registerTimeProvider({
      name: 'broken',
      label: 'зламане джерело',
      instants: () => Promise.reject(new Error('немає таблиці')),
    })
    try {
      await setCoveredUntil('2026-12-01T23:00:00+02:00')
      const result = await clockTick(context(), iso('2026-12-02T00:10:00+02:00'))
      expect(result.requested).toBe(true)
      expect(lines.join('\n')).toContain('зламане джерело')
    } finally {
      registerTimeProvider({
        name: 'broken',
        label: 'зламане джерело',
        instants: () => Promise.resolve([]),
      })
    }
  })
})

describe('midnights in Kyiv time', () => {
  it('are 21:00 UTC in summer and 22:00 UTC in winter, across the autumn change', async () => {
    const found = await midnightProvider.instants(
      payload,
      iso('2026-10-24T12:00:00Z'),
      iso('2026-10-27T12:00:00Z'),
    )
    expect(found.map((at) => at.toISOString())).toEqual([
      '2026-10-24T21:00:00.000Z',
      '2026-10-25T22:00:00.000Z',
      '2026-10-26T22:00:00.000Z',
    ])
  })

  it('across the spring change', async () => {
    const found = await midnightProvider.instants(
      payload,
      iso('2026-03-28T12:00:00Z'),
      iso('2026-03-30T12:00:00Z'),
    )
    expect(found.map((at) => at.toISOString())).toEqual([
      '2026-03-28T22:00:00.000Z',
      '2026-03-29T21:00:00.000Z',
    ])
  })
})

describe('providers of published dates', () => {
  it('documents: validity starts at the first day and ends after the last, published ones only', async () => {
    const base = {
      type: 'order',
      validFrom: '2026-12-07T00:00:00.000Z',
      validTo: '2026-12-20T00:00:00.000Z',
    }
    await payload.create({
      collection: 'documents',
      data: { ...base, title: unique('Наказ'), _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'documents',
      data: {
        ...base,
        title: unique('Чернетка наказу'),
        validTo: '2026-12-15T00:00:00.000Z',
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const found = await documentsProvider.instants(
      payload,
      iso('2026-12-01T00:00:00Z'),
      iso('2026-12-31T00:00:00Z'),
    )
    expect(found.map((at) => at.toISOString()).sort()).toEqual([
      '2026-12-06T22:00:00.000Z',
      '2026-12-20T22:00:00.000Z',
    ])
  })

  it('branches: a closure starts and ends with its days', async () => {
    const branch = (await createBranch(payload, unique('Бібліотека'))).id
    await payload.update({
      collection: 'branches',
      id: branch,
      data: {
        closures: [
          {
            from: '2027-02-01T00:00:00.000Z',
            to: '2027-02-03T00:00:00.000Z',
            reason: 'renovation',
          },
        ],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const found = await branchesProvider.instants(
      payload,
      iso('2027-01-31T00:00:00Z'),
      iso('2027-02-05T00:00:00Z'),
    )
    expect(found.map((at) => at.toISOString())).toEqual([
      '2027-01-31T22:00:00.000Z',
      '2027-02-03T22:00:00.000Z',
    ])
  })

  it('events: an occurrence ending at 16:30 Kyiv time changes the listings then, not at midnight', async () => {
    let day = `${new Date().getUTCFullYear() + 1}-12-01`
    while (isoWeekday(day) !== 3) day = addDays(day, 1)
    const branch = (await createBranch(payload, unique('Бібліотека'))).id
    await payload.create({
      collection: 'events',
      data: {
        title: unique('Лекція'),
        category: 'reading',
        audiences: ['adults'],
        branches: [branch],
        schedule: { kind: 'single', date: day, startTime: '15:00', endTime: '16:30' },
        venue: 'branch',
        registration: { mode: 'none' },
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const found = await eventsProvider.instants(
      payload,
      new Date(`${day}T00:00:00+02:00`),
      new Date(`${day}T23:00:00+02:00`),
    )
    expect(found.map((at) => at.toISOString())).toEqual([
      new Date(`${day}T16:30:00+02:00`).toISOString(),
    ])
  })
})

describe('clock skew between the CMS and the publisher', () => {
  it('takes a request at once when the CMS clock that queued it runs ahead of ours', async () => {
    const ours = new Date()
    const cmsAhead = new Date(ours.getTime() + 5 * 60_000)
    await requestPublish(
      payload,
      { kind: 'change', title: 'x', at: cmsAhead.toISOString() },
      DEBOUNCE_MS,
      cmsAhead,
    )
    expect(await pendingPublishJobs(payload, ours)).toHaveLength(1)
  })

  it('still waits out the debounce window of a request from a CMS on the same clock', async () => {
    const ours = new Date()
    await requestPublish(
      payload,
      { kind: 'change', title: 'y', at: ours.toISOString() },
      DEBOUNCE_MS,
      ours,
    )
    expect(await pendingPublishJobs(payload, ours)).toHaveLength(0)
    expect(await pendingPublishJobs(payload, new Date(ours.getTime() + DEBOUNCE_MS))).toHaveLength(
      1,
    )
  })
})

describe('alerts as a time provider', () => {
  it('an alert appears at its start and disappears at its end, to the minute', async () => {
    const startsAt = new Date(Date.now() + 2 * 3_600_000)
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000)
    await payload.create({
      collection: 'alerts',
      data: {
        text: unique('Тривога: бібліотека працює в укритті'),
        level: 'urgent',
        scope: 'network',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const found = await alertsProvider.instants(
      payload,
      new Date(startsAt.getTime() - 60_000),
      new Date(endsAt.getTime() + 60_000),
    )
    expect(found.map((at) => at.toISOString())).toEqual([
      startsAt.toISOString(),
      endsAt.toISOString(),
    ])
  })
})
