import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, stopTestCms } from '../support/cms'
import { as, createBranch, createUser, unique, type TestUser } from '../support/fixtures'

let payload: Payload
let ownBranch: number
let otherBranch: number
let editor: TestUser
let branchEditor: TestUser

const hour = 3_600_000
const soon = () => new Date(Date.now() + hour).toISOString()
const later = (hours: number) => new Date(Date.now() + hours * hour).toISOString()

beforeAll(async () => {
  payload = await startTestCms()
  ownBranch = (await createBranch(payload, unique('Своя'))).id
  otherBranch = (await createBranch(payload, unique('Інша'))).id
  editor = await createUser(payload, 'editor')
  branchEditor = await createUser(payload, 'branch-editor', ownBranch)
})

afterAll(async () => {
  await stopTestCms(payload)
})

function alertData(overrides: Record<string, unknown> = {}) {
  return {
    text: unique('Сьогодні зачинено через відсутність світла'),
    level: 'urgent',
    scope: 'branch',
    branch: ownBranch,
    startsAt: new Date().toISOString(),
    endsAt: soon(),
    _status: 'published',
    ...overrides,
  }
}

async function create(user: TestUser | undefined, overrides: Record<string, unknown> = {}) {
  return payload.create({ collection: 'alerts', data: alertData(overrides) as never, ...as(user) })
}

/** The field errors of a refused save, as "path: message". */
async function refusal(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (error) {
    const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    return data?.errors?.map((entry) => `${entry.path}: ${entry.message}`) ?? [String(error)]
  }
  throw new Error('The save was accepted')
}

const count = async () =>
  (await payload.count({ collection: 'alerts', overrideAccess: true })).totalDocs

describe('who may post alerts', () => {
  it('an editor posts a network-wide alert', async () => {
    const alert = await create(editor, { scope: 'network', branch: null, level: 'warning' })
    expect(alert.scope).toBe('network')
  })

  it('a branch editor posts an alert for their own branch', async () => {
    const alert = await create(branchEditor)
    expect(alert.branch).toMatchObject({ id: ownBranch })
  })

  it('a branch editor may not post for another branch nor for the whole network', async () => {
    const before = await count()
    expect(await refusal(create(branchEditor, { branch: otherBranch }))).toEqual([
      'branch: Ви можете створювати оголошення лише для своєї бібліотеки.',
    ])
    expect(await refusal(create(branchEditor, { scope: 'network', branch: null }))).toEqual([
      'scope: Оголошення для всієї мережі створюють лише редактори. Оберіть свою бібліотеку.',
    ])
    expect(await count()).toBe(before)
  })

  it('a branch editor may not turn their alert into a network-wide one or edit another branch’s', async () => {
    const own = await create(branchEditor)
    expect(
      await refusal(
        payload.update({
          collection: 'alerts',
          id: own.id,
          data: { scope: 'network' } as never,
          ...as(branchEditor),
        }),
      ),
    ).toEqual([
      'scope: Оголошення для всієї мережі створюють лише редактори. Оберіть свою бібліотеку.',
    ])
    const theirs = await create(editor, { branch: otherBranch })
    await expect(
      payload.update({
        collection: 'alerts',
        id: theirs.id,
        data: { text: 'Чуже' },
        ...as(branchEditor),
      }),
    ).rejects.toThrow()
    const unchanged = await payload.findByID({
      collection: 'alerts',
      id: theirs.id,
      overrideAccess: true,
    })
    expect(unchanged.text).toBe(theirs.text)
  })

  it('anonymous readers see published alerts only, and may not post', async () => {
    const draft = await payload.create({
      collection: 'alerts',
      data: alertData({ _status: 'draft', text: unique('Чернетка оголошення') }) as never,
      draft: true,
      ...as(editor),
    })
    const visible = await payload.find({ collection: 'alerts', limit: 100, ...as(undefined) })
    expect(visible.docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect(visible.docs.length).toBeGreaterThan(0)
    await expect(create(undefined)).rejects.toThrow()
  })
})

describe('bad input is refused with a Ukrainian message, and nothing is saved', () => {
  it('an alert without an end', async () => {
    expect(await refusal(create(editor, { endsAt: null }))).toEqual([
      'endsAt: Вкажіть, коли оголошення закінчується: без кінця воно висіло б на сайті завжди.',
    ])
  })

  it('an end before the start', async () => {
    const errors = await refusal(create(editor, { startsAt: later(5), endsAt: later(2) }))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^endsAt: Кінець оголошення \(.+\) має бути пізніше за початок/)
  })

  it('an alert lasting months', async () => {
    expect(await refusal(create(editor, { endsAt: later(24 * 60) }))).toEqual([
      'endsAt: Оголошення може тривати щонайбільше 31 днів; постійну інформацію розмістіть на сторінці.',
    ])
  })

  it('10 kB of text', async () => {
    const errors = await refusal(create(editor, { text: 'Світло є. '.repeat(1024) }))
    expect(errors.some((error) => error.startsWith('text: '))).toBe(true)
  })

  it('HTML in the text', async () => {
    expect(await refusal(create(editor, { text: 'Зачинено <script>alert(1)</script>' }))).toEqual([
      'text: Оголошення — лише звичайний текст: приберіть HTML-теги та сутності (<…>, &…;).',
    ])
  })

  it('a branch alert without a branch', async () => {
    expect(await refusal(create(editor, { branch: null }))).toEqual([
      'branch: Оберіть бібліотеку, на сторінці якої показати оголошення.',
    ])
  })
})
