import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, isoWeekday, kyivInstant } from '@domain/time/kyivTime'
import { occurrences, unmatchedChanges } from '@domain/events/occurrences'
import type { EventSchedule } from '@domain/events/schedule'
import type { Event } from '@cms/payload-types'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createUser, unique, type TestUser } from '../support/fixtures'

let payload: Payload
let ownBranch: number
let otherBranch: number
let admin: TestUser
let editor: TestUser
let branchEditor: TestUser

/**
 * The first Tuesday of October next year: the hook checks dates against the real clock ("10
 * years away"), so the test picks a date relative to it, always a Tuesday before the DST change.
 */
const firstTuesday = (): string => {
  let day = `${new Date().getUTCFullYear() + 1}-10-01`
  while (isoWeekday(day) !== 2) day = addDays(day, 1)
  return day
}
const at = (days: number) => addDays(firstTuesday(), days)

/** A weekly club in October and November: it runs across the autumn DST change. */
const weekly = () => {
  return {
    kind: 'rule' as const,
    date: firstTuesday(),
    startTime: '18:00',
    endTime: '19:30',
    frequency: 'weekly' as const,
    weekdays: ['tue' as const],
    count: 8,
  }
}

function eventData(branch: number) {
  return {
    title: unique('Клуб'),
    category: 'club' as const,
    audiences: ['adults' as const],
    branches: [branch],
    schedule: weekly(),
    venue: 'branch' as const,
    registration: { mode: 'none' as const },
    _status: 'published' as const,
  }
}

async function createAs(user: TestUser | undefined, branch: number, status?: 'draft') {
  if (status === 'draft')
    return payload.create({
      collection: 'events',
      data: { ...eventData(branch), _status: 'draft' },
      draft: true,
      ...access(user),
    })
  return payload.create({
    collection: 'events',
    data: eventData(branch),
    draft: false,
    ...access(user),
  })
}

/** Local API options enforcing access as `user` (anonymous when undefined), one type for both. */
const access = (user: TestUser | undefined) => ({ overrideAccess: false, user })

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    return data?.errors?.map((entry) => `${entry.path}: ${entry.message}`) ?? [String(error)]
  }
  throw new Error('expected a refusal')
}

beforeAll(async () => {
  payload = await startTestCms()
  ownBranch = (await createBranch(payload, unique('Своя'))).id
  otherBranch = (await createBranch(payload, unique('Інша'))).id
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  branchEditor = await createUser(payload, 'branch-editor', ownBranch)
})

afterAll(async () => {
  await stopTestCms(payload)
})

describe('events: access per role (Local API, overrideAccess: false)', () => {
  it('admins and editors create and edit events of any branch', async () => {
    for (const user of [admin, editor]) {
      const event = await createAs(user, otherBranch)
      const updated = await payload.update({
        collection: 'events',
        id: event.id,
        data: { summary: 'Оновлено' },
        ...access(user),
      })
      expect(updated.summary).toBe('Оновлено')
    }
  })

  it('a branch editor creates, edits and deletes their own branch’s events', async () => {
    const event = await createAs(branchEditor, ownBranch)
    expect(event.schedule.rule).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8')
    const updated = await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Своя подія' },
      ...access(branchEditor),
    })
    expect(updated.summary).toBe('Своя подія')
    await payload.delete({ collection: 'events', id: event.id, ...access(branchEditor) })
  })

  it('a branch editor may not create an event for another branch, and is told why', async () => {
    expect(await refusal(createAs(branchEditor, otherBranch))).toEqual([
      'branches: Редактор філії може створювати й редагувати лише події своєї бібліотеки: у полі «Бібліотеки» має бути тільки ваша бібліотека.',
    ])
  })

  it('a branch editor may not edit, move or delete another branch’s event', async () => {
    const other = await createAs(editor, otherBranch)
    await expect(
      payload.update({
        collection: 'events',
        id: other.id,
        data: { summary: 'x' },
        ...access(branchEditor),
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'events', id: other.id, ...access(branchEditor) }),
    ).rejects.toThrow()
    const own = await createAs(branchEditor, ownBranch)
    expect(
      await refusal(
        payload.update({
          collection: 'events',
          id: own.id,
          data: { branches: [otherBranch] },
          ...access(branchEditor),
        }),
      ),
    ).toHaveLength(1)
    const stored = await payload.findByID({
      collection: 'events',
      id: other.id,
      overrideAccess: true,
    })
    expect(stored.summary ?? null).toBeNull()
  })

  it('anonymous readers see published events only, never drafts or versions, and cannot write', async () => {
    const published = await createAs(editor, ownBranch)
    const draft = await createAs(editor, ownBranch, 'draft')
    const seen = await payload.find({
      collection: 'events',
      limit: 0,
      pagination: false,
      ...access(undefined),
    })
    const ids = seen.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    expect(seen.docs.every((doc) => doc._status === 'published')).toBe(true)
    await expect(
      payload.findByID({ collection: 'events', id: draft.id, ...access(undefined) }),
    ).rejects.toThrow()
    await expect(
      payload.findVersions({ collection: 'events', ...access(undefined) }),
    ).rejects.toThrow()
    await expect(createAs(undefined, ownBranch)).rejects.toThrow()
    expect(seen.docs.every((doc) => !('editorialNotes' in doc) || doc.editorialNotes == null)).toBe(
      true,
    )
  })
})

describe('events: dates and per-date changes through the CMS', () => {
  it('refuses impossible dates with Ukrainian messages on the right fields', async () => {
    const data = eventData(ownBranch)
    expect(
      await refusal(
        payload.create({
          collection: 'events',
          draft: false,
          data: { ...data, schedule: { ...data.schedule, endTime: '17:00' } },
          ...access(editor),
        }),
      ),
    ).toEqual(['schedule.endTime: Час завершення раніше за час початку або збігається з ним.'])
    const farYear = new Date().getUTCFullYear() + 11
    expect(
      await refusal(
        payload.create({
          collection: 'events',
          draft: false,
          data: {
            ...data,
            schedule: { kind: 'single', date: `${farYear}-01-10`, startTime: '10:00' },
          },
          ...access(editor),
        }),
      ),
    ).toEqual([
      `schedule.date: Дата ${farYear}-01-10 — понад 10 років від сьогодні. Перевірте рік.`,
    ])
  })

  it('refuses moving a date onto another date of the event', async () => {
    const data = eventData(ownBranch)
    const first = kyivInstant(data.schedule.date, '18:00').toISOString()
    const problems = await refusal(
      payload.create({
        collection: 'events',
        draft: false,
        data: {
          ...data,
          changes: [{ original: first, kind: 'moved', date: at(7) }],
        },
        ...access(editor),
      }),
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^changes\.0\.date: Перенесена дата потрапляє на іншу дату цієї події/,
    )
  })

  it('keeps per-date changes across a rule edit and shows which no longer match', async () => {
    const data = eventData(ownBranch)
    const day = (d: string) => kyivInstant(d, '18:00').toISOString()
    const cancelled = day(at(14))
    const late = day(at(49))
    const event: Event = await payload.create({
      collection: 'events',
      draft: false,
      data: {
        ...data,
        changes: [
          { original: cancelled, kind: 'cancelled', note: 'Ремонт' },
          { original: late, kind: 'full' },
        ],
      },
      ...access(editor),
    })
    // Four dates instead of eight: the November change loses its date, the October one keeps it.
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { schedule: { ...data.schedule, count: 4 } },
      ...access(editor),
    })
    const edited = await payload.findByID({ collection: 'events', id: event.id, ...access(editor) })
    expect(edited.schedule.rule).toContain('COUNT=4')
    expect(edited.changes).toHaveLength(2)
    const schedule = edited.schedule as EventSchedule
    expect(unmatchedChanges(schedule, edited.changes).map((change) => change.original)).toEqual([
      late,
    ])
    const list = occurrences(schedule, edited.changes, {
      from: kyivInstant(at(-1)),
      to: kyivInstant(at(90)),
    })
    expect(list.map((occurrence) => occurrence.state)).toEqual([
      'scheduled',
      'scheduled',
      'cancelled',
      'scheduled',
    ])
  })
})
