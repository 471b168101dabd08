import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INBOX_SYSTEM } from '@cms/collections/Submissions/hooks/workflow'
import { inboxStatistics } from '@cms/submissions/statistics'
import { kyivDay } from '@domain/time/kyivTime'
import { inboxStatisticsSchema } from '../../site/data/read/schemas'
import { startTestCms, stopTestCms } from '../support/cms'
import { createUser } from '../support/fixtures'
import { formBody, siteOrigin } from '../support/publicForms'
import { restApi, tokenFor } from '../support/restApi'

// The public statistics page's numbers: computed by the CMS from submissions sent through the
// real endpoint, counts only, and nothing a requester wrote or is called reaches them.

let payload: Payload
let api: ReturnType<typeof restApi>
let editorToken: string
let address = 0

/** What the requesters wrote and are called: none of it may appear in the statistics. */
const PERSONAL = [
  'Ганна Приватна',
  'hanna.private@example.org',
  '+380671112233',
  '0671112233',
  'Таємний текст запиту',
  'Особисте запитання',
  'Олег Особистий',
  'ГО «Партнер»',
]

async function submit(form: string, fields: Record<string, string>): Promise<void> {
  address += 1
  const response = await api('POST', `/api/forms/${form}`, {
    body: formBody(form === 'vidhuk' ? fields : { consent: 'on', ...fields }),
    headers: {
      Origin: siteOrigin,
      'X-Forwarded-For': `198.51.100.${address}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
  })
  expect(response.status).toBe(303)
  // Accepted: forms with a number go to their signed receipt, the others to the thank-you page.
  expect(response.headers.get('location')).toMatch(/\/api\/forms\/receipt\?|\/nadislano\//)
}

type Stored = { id: number; kind: string; receivedAt: string; requester: { name?: string } }

async function byName(name: string): Promise<Stored> {
  const found = await payload.find({
    collection: 'submissions',
    where: { 'requester.name': { equals: name } },
    overrideAccess: true,
  })
  return found.docs[0] as unknown as Stored
}

async function setStatus(id: number, status: string): Promise<void> {
  const response = await api('PATCH', `/api/submissions/${id}`, {
    token: editorToken,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status }),
  })
  expect(response.status).toBe(200)
}

beforeAll(async () => {
  payload = await startTestCms()
  api = restApi(payload)
  editorToken = await tokenFor(payload, (await createUser(payload, 'editor')).email as string)
}, 300_000)

afterAll(async () => {
  await stopTestCms(payload)
})

describe('public statistics of the inbox', () => {
  it('counts received and answered-on-time requests per Kyiv month, spam and offers apart', async () => {
    const request = (name: string) => ({
      name,
      email: 'hanna.private@example.org',
      phone: '067 111 22 33',
      request: 'Таємний текст запиту',
      answerForm: 'email',
      urgentGround: 'none',
    })
    await submit('publichna-informatsiia', request('Ганна Приватна'))
    await submit('publichna-informatsiia', request('Ганна Пізня'))
    await submit('publichna-informatsiia', request('Ганна Спам'))
    await submit('zapytannia', {
      question: 'Особисте запитання',
      topic: 'other',
      name: 'Олег Особистий',
      contact: '0671112233',
    })
    await submit('partnerstvo', {
      organisation: 'ГО «Партнер»',
      offers: 'books',
      contact: '0671112233',
    })
    await submit('vidhuk', { page: '/pro-nas/', useful: 'no', comment: 'Таємний текст запиту' })

    const onTime = await byName('Ганна Приватна')
    const late = await byName('Ганна Пізня')
    const spam = await byName('Ганна Спам')
    // The late one's deadline passed before it was answered (as the clock would have moved).
    await payload.update({
      collection: 'submissions',
      id: late.id,
      data: { dueAt: new Date(Date.parse(late.receivedAt) - 60_000).toISOString() },
      overrideAccess: true,
      context: { [INBOX_SYSTEM]: true },
    })
    await setStatus(onTime.id, 'answered')
    await setStatus(late.id, 'answered')
    await setStatus(spam.id, 'spam')

    const statistics = await inboxStatistics(payload)
    expect(statistics).toEqual([
      {
        month: kyivDay(new Date(onTime.receivedAt)).slice(0, 7),
        'information-request': { received: 2, answered: 2, answeredOnTime: 1 },
        question: { received: 1, answered: 0, answeredOnTime: 0 },
      },
    ])
    // What the build reads: the site's strict schema accepts it as it is.
    expect(inboxStatisticsSchema.parse(statistics)).toEqual(statistics)
    // The build reaches it through the config only (site/data/read/reader.ts).
    const custom = payload.config.custom as {
      publicStatistics: { inbox: (payload: Payload) => Promise<unknown> }
    }
    expect(await custom.publicStatistics.inbox(payload)).toEqual(statistics)
  })

  it('holds no personal data, and the site refuses anything but months and counts', async () => {
    const text = JSON.stringify(await inboxStatistics(payload))
    for (const value of PERSONAL) expect(text).not.toContain(value)
    expect(text).not.toMatch(/@|\+380|requester|message/)
    const leaked = [
      {
        month: '2026-11',
        'information-request': { received: 1, answered: 0, answeredOnTime: 0 },
        question: { received: 0, answered: 0, answeredOnTime: 0 },
        requester: 'Ганна Приватна',
      },
    ]
    expect(inboxStatisticsSchema.safeParse(leaked).success).toBe(false)
  })
})
