import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { env } from '@cms/config/env'
import { startPublisher } from '@cms/publisher/worker'

import { startTestCms, stopTestCms } from '../support/cms'
import { as } from '../support/fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await startTestCms()
})

afterAll(async () => {
  await stopTestCms(payload)
})

async function scheduleNews(title: string, when: Date) {
  const draft = await payload.create({
    collection: 'news',
    draft: true,
    data: { title, _status: 'draft' } as never,
    overrideAccess: true,
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'news', value: String(draft.id) } },
    waitUntil: when,
  } as never)
  return draft
}

describe('scheduled publishing of news', () => {
  it('publishes a news item when its time comes, and not before', async () => {
    const later = await scheduleNews(
      'Анонс на наступний рік',
      new Date(Date.now() + 24 * 60 * 60 * 1000),
    )
    const due = await scheduleNews('Анонс, час якого настав', new Date(Date.now() - 1000))

    await payload.jobs.run({ queue: 'default' })

    const publicTitles = (await payload.find({ collection: 'news', ...as(undefined) })).docs.map(
      (doc) => doc.title,
    )
    expect(publicTitles).toContain('Анонс, час якого настав')
    expect(publicTitles).not.toContain('Анонс на наступний рік')
    const stillDraft = await payload.findByID({
      collection: 'news',
      id: later.id,
      draft: true,
      overrideAccess: true,
    })
    expect(stillDraft._status).toBe('draft')
    const published = await payload.findByID({
      collection: 'news',
      id: due.id,
      overrideAccess: true,
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })

  it('is run by the publisher process, without anyone opening the admin', async () => {
    const due = await scheduleNews('Анонс, який опублікує публікатор', new Date(Date.now() - 1000))
    // The site build is not what this test is about: a no-op build keeps it fast.
    const publisher = await startPublisher({
      env: { ...env, SITE_BUILD_COMMAND: 'true' },
      payload,
      log: () => undefined,
    })
    try {
      await vi.waitFor(
        async () => {
          const doc = await payload.findByID({
            collection: 'news',
            id: due.id,
            overrideAccess: true,
          })
          expect(doc._status).toBe('published')
        },
        { timeout: 30_000, interval: 500 },
      )
    } finally {
      await publisher.stop()
    }
  })
})
