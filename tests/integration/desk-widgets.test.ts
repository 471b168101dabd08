import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deskCounts } from '@cms/desk/counts'
import { problemsInScope } from '@cms/desk/problems'
import type { DeskUser } from '@cms/desk/work'
import { reportPublishedContent } from '@cms/editorial-checks/report'
import { addDays, isoWeekday, kyivInstant } from '@domain/events'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createUser, unique } from '../support/fixtures'

let payload: Payload
let editor: DeskUser
let branchEditorA: DeskUser
let branchA: number
let branchB: number

/** A Tuesday next October: the events' own validation wants dates within a few years. */
const day = (() => {
  let value = `${new Date().getUTCFullYear() + 1}-10-01`
  while (isoWeekday(value) !== 2) value = addDays(value, 1)
  return value
})()
/** The desk's «now»: the day before, at noon in Kyiv. */
const NOW = kyivInstant(addDays(day, -1), '12:00')

const event = (branch: number, date: string, status: 'published' | 'draft' = 'published') =>
  payload.create({
    collection: 'events',
    draft: status === 'draft',
    data: {
      title: unique('Подія'),
      summary: 'Анонс події',
      category: 'club',
      audiences: ['adults'],
      branches: [branch],
      schedule: { kind: 'single', date, startTime: '18:00', endTime: '19:00' },
      venue: 'branch',
      registration: { mode: 'none' },
      _status: status,
    } as never,
    overrideAccess: true,
  })

const linkToDraft = (pageId: number | string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'pages', value: pageId } },
            children: [{ type: 'text', text: 'анонс' }],
          },
        ],
      },
    ],
  },
})

beforeAll(async () => {
  payload = await startTestCms()
  branchA = (await createBranch(payload, 'Бібліотека А')).id
  branchB = (await createBranch(payload, 'Бібліотека Б')).id
  // Users as Payload's Local API takes them (the desk reads as the signed-in user).
  editor = (await createUser(payload, 'editor')) as DeskUser
  branchEditorA = (await createUser(payload, 'branch-editor', branchA)) as DeskUser
})

afterAll(async () => {
  await stopTestCms(payload)
})

describe('the desk’s counts', () => {
  it('counts the events of the coming 7 days, a branch editor’s own branch only', async () => {
    await event(branchA, day)
    await event(branchB, day)
    await event(branchA, addDays(day, 10)) // after the 7 days
    await event(branchA, day, 'draft') // not published
    const count = async (user: DeskUser) =>
      (await deskCounts(payload, user, NOW)).find((entry) => entry.id === 'desk-count-events')
        ?.count
    expect(await count(editor)).toBe(2)
    expect(await count(branchEditorA)).toBe(1)
  })

  it('counts open and overdue submissions, a branch editor’s branch only, without reading them', async () => {
    const submission = (branch: number, status: string, dueAt: string) =>
      payload.create({
        collection: 'submissions',
        data: {
          kind: 'question',
          status,
          branch,
          receivedAt: addDays(day, -20) + 'T09:00:00.000Z',
          dueAt,
        } as never,
        overrideAccess: true,
      })
    await submission(branchA, 'new', NOW.toISOString().replace(/T.*/, 'T00:00:00.000Z')) // overdue
    await submission(branchA, 'in-progress', addDays(day, 5) + 'T12:00:00.000Z')
    await submission(branchB, 'waiting', addDays(day, -3) + 'T12:00:00.000Z') // overdue
    await submission(branchA, 'answered', addDays(day, -3) + 'T12:00:00.000Z') // closed
    const counts = async (user: DeskUser) =>
      Object.fromEntries(
        (await deskCounts(payload, user, NOW))
          .filter((entry) => entry.id.startsWith('desk-count-submissions'))
          .map((entry) => [entry.id, entry.count]),
      )
    expect(await counts(editor)).toEqual({
      'desk-count-submissions-open': 3,
      'desk-count-submissions-overdue': 2,
    })
    expect(await counts(branchEditorA)).toEqual({
      'desk-count-submissions-open': 2,
      'desk-count-submissions-overdue': 1,
    })
    // Counting is not viewing: no view of personal data was logged.
    expect(
      (await payload.count({ collection: 'submission-views', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('leaves out a count whose collection this CMS does not have', async () => {
    const counts = await deskCounts(payload, editor, NOW, [
      {
        id: 'desk-count-missing',
        label: 'Звернення',
        collection: 'no-such-collection',
        where: () => ({}),
        href: '/admin',
      },
    ])
    expect(counts).toEqual([])
  })
})

describe('problems on the desk', () => {
  it('lists published documents with problems in the user’s scope only', async () => {
    const draft = await payload.create({
      collection: 'pages',
      draft: true,
      data: { title: 'Чернетка', _status: 'draft' } as never,
      overrideAccess: true,
    })
    const news = async (branch: number) =>
      payload.create({
        collection: 'news',
        data: {
          title: unique('Новина'),
          excerpt: 'Анонс',
          branches: [branch],
          body: linkToDraft(draft.id),
          _status: 'published',
        } as never,
        overrideAccess: true,
      })
    const ofA = await news(branchA)
    const ofB = await news(branchB)
    const report = await reportPublishedContent(payload)
    const ids = async (user: DeskUser) =>
      (await problemsInScope(payload, user, report)).map((item) => `${item.collection} ${item.id}`)
    expect(await ids(editor)).toEqual(expect.arrayContaining([`news ${ofA.id}`, `news ${ofB.id}`]))
    expect(await ids(branchEditorA)).toEqual([`news ${ofA.id}`])
    const [first] = await problemsInScope(payload, branchEditorA, report)
    expect(first).toMatchObject({
      editUrl: `/admin/collections/news/${ofA.id}`,
      errors: 1,
    })
    expect(await problemsInScope(payload, editor, null)).toEqual([])
  })
})
