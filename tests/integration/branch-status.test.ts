import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STATUS_LINE_MAX_LENGTH } from '@domain/branch-status/validateStatus'
import { startTestCms, stopTestCms } from '../support/cms'
import { as, createBranch, createUser, type TestUser } from '../support/fixtures'

let payload: Payload
let ownBranch: number
let otherBranch: number
let branchEditor: TestUser
let editor: TestUser

beforeAll(async () => {
  payload = await startTestCms()
  ownBranch = (await createBranch(payload, 'Бібліотека своя')).id
  otherBranch = (await createBranch(payload, 'Бібліотека чужа')).id
  branchEditor = await createUser(payload, 'branch-editor', ownBranch)
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await stopTestCms(payload)
})

type FieldErrors = { status?: number; data?: { errors?: { path: string; message: string }[] } }

/** Expects a 400 validation error whose message for `path` matches. */
async function expectFieldError(promise: Promise<unknown>, path: string, pattern: RegExp) {
  const error = (await promise.then(
    () => {
      throw new Error(`expected a validation error on ${path}, but the save succeeded`)
    },
    (caught: unknown) => caught,
  )) as FieldErrors
  expect(error.status).toBe(400)
  const fieldError = error.data?.errors?.find((entry) => entry.path === path)
  expect(fieldError, `errors: ${JSON.stringify(error.data?.errors)}`).toBeDefined()
  expect(fieldError!.message).toMatch(pattern)
}

const closure = { from: '2026-12-01', to: '2026-12-03', reason: 'no-heating' as const }

function storedStatus(id: number) {
  return payload.findByID({ collection: 'branches', id, overrideAccess: true })
}

describe('who sets a branch status', () => {
  it('a branch editor sets their own branch closed, published at once', async () => {
    const saved = await payload.update({
      collection: 'branches',
      id: ownBranch,
      data: { closures: [closure], statusLine: 'Зачинено: немає опалення', _status: 'published' },
      ...as(branchEditor),
    })
    expect(saved.closures?.[0]?.reason).toBe('no-heating')
    const published = await payload.findByID({
      collection: 'branches',
      id: ownBranch,
      ...as(undefined),
    })
    expect(published.statusLine).toBe('Зачинено: немає опалення')
  })

  it('a branch editor cannot set another branch’s status', async () => {
    const before = await storedStatus(otherBranch)
    await expect(
      payload.update({
        collection: 'branches',
        id: otherBranch,
        data: { closures: [closure], statusLine: 'Зачинено' },
        ...as(branchEditor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const after = await storedStatus(otherBranch)
    expect(after.closures).toEqual(before.closures)
    expect(after.statusLine ?? null).toBe(before.statusLine ?? null)
  })

  it('a branch editor cannot reach another branch through a bulk update either', async () => {
    const result = await payload.update({
      collection: 'branches',
      where: { id: { in: [ownBranch, otherBranch] } },
      data: { statusLine: 'Світло є' },
      ...as(branchEditor),
    })
    expect(result.docs.map((doc) => doc.id)).toEqual([ownBranch])
    expect((await storedStatus(otherBranch)).statusLine ?? null).not.toBe('Світло є')
  })

  it('an editor sets any branch’s resilience point and shelter', async () => {
    const saved = await payload.update({
      collection: 'branches',
      id: otherBranch,
      data: {
        resilience: { active: true, features: ['generator', 'wifi'], chargingPlaces: 12 },
        shelter: { address: 'вулиця Соломʼянська, 3', distance: 150 },
        _status: 'published',
      },
      ...as(editor),
    })
    expect(saved.resilience?.features).toEqual(['generator', 'wifi'])
    expect(saved.shelter?.distance).toBe(150)
  })
})

describe('bad status input is refused with a Ukrainian message and nothing is saved', () => {
  const update = (data: Record<string, unknown>) =>
    payload.update({ collection: 'branches', id: ownBranch, data, ...as(editor) })

  it('a closure ending before it starts', async () => {
    await expectFieldError(
      update({ closures: [{ from: '2026-12-10', to: '2026-12-01', reason: 'renovation' }] }),
      'closures.0.to',
      /не може бути раніше дати початку/,
    )
  })

  it('overlapping closures', async () => {
    await expectFieldError(
      update({
        closures: [
          { from: '2026-12-01', to: '2026-12-10', reason: 'renovation' },
          { from: '2026-12-10', to: '2026-12-12', reason: 'no-heating' },
        ],
      }),
      'closures',
      /Періоди 2026-12-01 — 2026-12-10 і 2026-12-10 — 2026-12-12 перетинаються/,
    )
  })

  it('overlapping changed hours', async () => {
    const hours = { opens: '10:00', closes: '16:00' }
    await expectFieldError(
      update({
        changedHours: [
          { from: '2026-12-01', to: '2026-12-10', ...hours },
          { from: '2026-12-05', to: '2026-12-06', ...hours },
        ],
      }),
      'changedHours',
      /перетинаються/,
    )
  })

  it('a 10 kB status line', async () => {
    await expectFieldError(
      update({ statusLine: 'x'.repeat(10_240) }),
      'statusLine',
      new RegExp(`Рядок стану задовгий: 10240 символів, найбільше ${STATUS_LINE_MAX_LENGTH}`),
    )
  })

  it('a branch slug the «Де зараз відчинено» page uses', async () => {
    await expectFieldError(update({ slug: 'zaraz' }), 'slug', /Адреса «zaraz» зайнята/)
  })

  it('HTML in the status line', async () => {
    const before = (await storedStatus(ownBranch)).statusLine
    await expectFieldError(
      update({ statusLine: 'Світло є <script>alert(1)</script>' }),
      'statusLine',
      /лише звичайний текст/,
    )
    expect((await storedStatus(ownBranch)).statusLine).toBe(before)
  })
})
