import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { newReleaseId, releasePaths } from '@cms/publisher/paths'
import { pendingPublishJobs, PUBLISH_QUEUE } from '@cms/publisher/queue'
import { liveReleaseId, switchLive } from '@cms/publisher/releases'
import { startTestCms, stopTestCms } from '../support/cms'
import {
  as,
  createBranch,
  createFile,
  createImage,
  createUser,
  minimalData,
  unique,
  type TestUser,
} from '../support/fixtures'
import { callPublisherEndpoint } from '../support/publisherEndpoints'

type Role = 'admin' | 'editor' | 'branch-editor' | 'anonymous'
type Operation = 'create' | 'read' | 'update' | 'delete'
const ROLES: Role[] = ['admin', 'editor', 'branch-editor', 'anonymous']

/**
 * The access matrix of the content model: which role may do what in each collection.
 * For the branch editor, "own" means the document belongs to their branch (or their upload)
 * and "other" that it belongs to another branch (or another person's upload).
 */
const MATRIX: Record<string, Record<Operation, Role[]>> = {
  news: {
    create: ['admin', 'editor', 'branch-editor'],
    read: ROLES,
    update: ['admin', 'editor', 'branch-editor'],
    delete: ['admin', 'editor', 'branch-editor'],
  },
  branches: {
    create: ['admin', 'editor'],
    read: ROLES,
    update: ['admin', 'editor', 'branch-editor'],
    delete: ['admin', 'editor'],
  },
  documents: {
    create: ['admin', 'editor'],
    read: ROLES,
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  pages: {
    create: ['admin', 'editor'],
    read: ROLES,
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  'digital-collections': {
    create: ['admin', 'editor'],
    read: ROLES,
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  items: {
    create: ['admin', 'editor'],
    read: ROLES,
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  media: {
    create: ['admin', 'editor', 'branch-editor'],
    read: ROLES,
    update: ['admin', 'editor', 'branch-editor'],
    delete: ['admin', 'editor', 'branch-editor'],
  },
  files: {
    create: ['admin', 'editor', 'branch-editor'],
    read: ROLES,
    update: ['admin', 'editor', 'branch-editor'],
    delete: ['admin', 'editor', 'branch-editor'],
  },
  users: { create: ['admin'], read: ['admin'], update: ['admin'], delete: ['admin'] },
}

const DRAFTABLE = [
  'news',
  'branches',
  'documents',
  'pages',
  'digital-collections',
  'items',
] as const

/** Where the branch editor's right is limited to their own branch or uploads. */
const BRANCH_SCOPED: Partial<Record<string, Operation[]>> = {
  news: ['update', 'delete'],
  branches: ['update'],
  media: ['update', 'delete'],
  files: ['update', 'delete'],
}

let payload: Payload
const users = {} as Record<Exclude<Role, 'anonymous'>, TestUser>
let ownBranch: number
let otherBranch: number
let collectionId: number | string

beforeAll(async () => {
  payload = await startTestCms()
  ownBranch = (await createBranch(payload, 'Бібліотека своя')).id
  otherBranch = (await createBranch(payload, 'Бібліотека чужа')).id
  collectionId = (
    await payload.create({
      collection: 'digital-collections',
      data: { title: 'Колекція', _status: 'published' },
      overrideAccess: true,
    })
  ).id
  users.admin = await createUser(payload, 'admin')
  users.editor = await createUser(payload, 'editor')
  users['branch-editor'] = await createUser(payload, 'branch-editor', ownBranch)
})

afterAll(async () => {
  await stopTestCms(payload)
})

function userFor(role: Role): TestUser | undefined {
  return role === 'anonymous' ? undefined : users[role]
}

/** A fresh target document for an operation; for the branch editor, one inside their scope. */
async function makeTarget(collection: CollectionSlug, role: Role, scope: 'own' | 'other' = 'own') {
  const branchId = scope === 'own' ? ownBranch : otherBranch
  if (collection === 'media' || collection === 'files') {
    const uploader =
      scope === 'own' && role === 'branch-editor' ? users['branch-editor'] : users.editor
    return collection === 'media' ? createImage(payload, uploader) : createFile(payload, uploader)
  }
  if (collection === 'users') return createUser(payload, 'editor')
  if (collection === 'branches') {
    if (role === 'branch-editor')
      return payload.findByID({ collection: 'branches', id: branchId, overrideAccess: true })
    return createBranch(payload, `Філія для перевірки ${Math.random()}`)
  }
  return payload.create({
    collection,
    data: minimalData(collection, { branchId, collectionId }) as never,
    overrideAccess: true,
  })
}

/** The field an update changes in each collection, read back to see whether it was saved. */
function changedField(collection: CollectionSlug): string {
  if (collection === 'users') return 'name'
  if (collection === 'media') return 'caption'
  if (collection === 'files') return 'description'
  if (collection === 'branches') return 'shortName'
  return 'title'
}

const stored = (collection: CollectionSlug, id: number | string, draft = false) =>
  payload
    .findByID({ collection, id, depth: 0, draft, overrideAccess: true, disableErrors: true })
    .then((doc) => (doc ?? undefined) as Record<string, unknown> | undefined)

const total = async (collection: CollectionSlug) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

/**
 * Whether an error is a refusal: 401 or 403, or 404 when a rule hides a document that exists
 * (Payload's answer when access narrows what one may see). A 404 for a missing document, or any
 * other error, is no proof of access control and fails the test.
 */
async function expectRefusal(
  error: unknown,
  target?: { collection: CollectionSlug; id: number | string },
) {
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403) return
  if (status === 404 && target && (await stored(target.collection, target.id, true))) return
  throw error
}

/**
 * Tries an operation as `role` and says whether it was done or refused, after checking what the
 * database holds: a change that was allowed was saved, a refused one left everything as it was.
 */
async function attempt(
  collection: CollectionSlug,
  operation: Operation,
  role: Role,
  scope: 'own' | 'other' = 'own',
): Promise<'done' | 'refused'> {
  const user = userFor(role)
  switch (operation) {
    case 'create': {
      const before = await total(collection)
      try {
        if (collection === 'media') await createImage(payload, user ?? 'anonymous')
        else if (collection === 'files') await createFile(payload, user ?? 'anonymous')
        else {
          const data =
            collection === 'users'
              ? {
                  email: `new-${Math.random()}@test.local`,
                  password: 'correct-horse-battery',
                  role: 'editor',
                }
              : minimalData(collection, { branchId: ownBranch, collectionId })
          await payload.create({ collection, data: data as never, ...as(user) })
        }
      } catch (error) {
        await expectRefusal(error)
        expect(await total(collection), 'a refused create stored nothing').toBe(before)
        return 'refused'
      }
      expect(await total(collection), 'an allowed create was stored').toBe(before + 1)
      return 'done'
    }
    case 'read': {
      const target = await makeTarget(collection, role)
      try {
        const doc = await payload.findByID({ collection, id: target.id, ...as(user) })
        expect(doc.id).toBe(target.id)
        return 'done'
      } catch (error) {
        await expectRefusal(error, { collection, id: target.id })
        return 'refused'
      }
    }
    case 'update': {
      const target = await makeTarget(collection, role, scope)
      const field = changedField(collection)
      const value = unique('Змінено')
      try {
        await payload.update({ collection, id: target.id, data: { [field]: value }, ...as(user) })
      } catch (error) {
        await expectRefusal(error, { collection, id: target.id })
        expect((await stored(collection, target.id))?.[field]).not.toBe(value)
        return 'refused'
      }
      expect((await stored(collection, target.id))?.[field], 'the change was saved').toBe(value)
      return 'done'
    }
    case 'delete': {
      const target = await makeTarget(collection, role, scope)
      try {
        await payload.delete({ collection, id: target.id, ...as(user) })
      } catch (error) {
        await expectRefusal(error, { collection, id: target.id })
        expect(await stored(collection, target.id), 'a refused delete kept it').toBeDefined()
        return 'refused'
      }
      expect(await stored(collection, target.id), 'an allowed delete removed it').toBeUndefined()
      return 'done'
    }
  }
}

describe('access matrix: every role × collection × operation', () => {
  for (const [collection, operations] of Object.entries(MATRIX)) {
    for (const operation of ['create', 'read', 'update', 'delete'] as const) {
      for (const role of ROLES) {
        const allowed = operations[operation].includes(role)
        it(`${role} ${allowed ? 'may' : 'may not'} ${operation} ${collection}`, async () => {
          expect(await attempt(collection as CollectionSlug, operation, role)).toBe(
            allowed ? 'done' : 'refused',
          )
        })
      }
    }
  }
})

describe('branch editors stay inside their branch', () => {
  for (const [collection, operations] of Object.entries(BRANCH_SCOPED)) {
    for (const operation of operations ?? []) {
      it(`may not ${operation} ${collection} of another branch or person`, async () => {
        expect(
          await attempt(collection as CollectionSlug, operation, 'branch-editor', 'other'),
        ).toBe('refused')
      })
    }
  }

  it('may not create news for another branch, with a message saying why', async () => {
    const creating = payload.create({
      collection: 'news',
      data: { title: 'Новина чужої філії', branches: [otherBranch], _status: 'published' } as never,
      ...as(users['branch-editor']),
    })
    await expect(creating).rejects.toMatchObject({ status: 400 })
    await expect(creating).rejects.toSatisfy(
      (error: { data?: { errors?: { message: string }[] } }) =>
        Boolean(error.data?.errors?.[0]?.message.startsWith('Редактор філії')),
    )
    const found = await payload.find({
      collection: 'news',
      where: { title: { equals: 'Новина чужої філії' } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('may not move own news to another branch', async () => {
    const own = await makeTarget('news', 'branch-editor', 'own')
    await expect(
      payload.update({
        collection: 'news',
        id: own.id,
        data: { branches: [ownBranch, otherBranch] },
        ...as(users['branch-editor']),
      }),
    ).rejects.toMatchObject({ status: 400 })
    const stored = await payload.findByID({
      collection: 'news',
      id: own.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.branches).toEqual([ownBranch])
  })
})

describe('the public never sees drafts, versions, users or internal fields', () => {
  for (const collection of DRAFTABLE) {
    it(`anonymous reads of ${collection} return published documents only`, async () => {
      const data = minimalData(collection, { branchId: ownBranch, collectionId })
      const draft = await payload.create({
        collection,
        draft: true,
        data: { ...data, _status: 'draft' } as never,
        overrideAccess: true,
      })
      const list = await payload.find({ collection, limit: 1000, draft: true, ...as(undefined) })
      expect(list.docs.map((doc) => doc.id)).not.toContain(draft.id)
      expect(list.docs.every((doc) => (doc as { _status?: string })._status === 'published')).toBe(
        true,
      )
      await expect(
        payload.findByID({ collection, id: draft.id, draft: true, ...as(undefined) }),
      ).rejects.toMatchObject({ status: 404 })
      await expect(payload.findVersions({ collection, ...as(undefined) })).rejects.toMatchObject({
        status: 403,
      })
      const staffList = await payload.find({
        collection,
        limit: 1000,
        draft: true,
        ...as(users.editor),
      })
      expect(staffList.docs.map((doc) => doc.id)).toContain(draft.id)
    })
  }

  it('a published document later saved as a draft shows the public only the published version', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: {
        title: 'Опублікований заголовок',
        branches: [ownBranch],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      draft: true,
      data: { title: 'Секретна чернетка' },
      overrideAccess: true,
    })
    const publicView = await payload.findByID({ collection: 'news', id: doc.id, ...as(undefined) })
    expect(publicView.title).toBe('Опублікований заголовок')
  })

  it('internal notes are hidden from anonymous readers', async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: {
        title: 'Документ із нотатками',
        type: 'order',
        editorialNotes: 'лише для працівників',
        _status: 'published',
      },
      overrideAccess: true,
    })
    const publicView = await payload.findByID({
      collection: 'documents',
      id: doc.id,
      ...as(undefined),
    })
    expect(publicView).not.toHaveProperty('editorialNotes')
    const staffView = await payload.findByID({
      collection: 'documents',
      id: doc.id,
      ...as(users.editor),
    })
    expect(staffView.editorialNotes).toBe('лише для працівників')
  })

  it('anonymous readers cannot list users', async () => {
    await expect(payload.find({ collection: 'users', ...as(undefined) })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('only admins may change roles, and the site global only content managers', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.editor.id,
      data: { role: 'admin' },
      ...as(users.editor),
    })
    expect(updated.role).toBe('editor')
    await expect(
      payload.updateGlobal({ slug: 'site', data: { name: 'Злам' }, ...as(users['branch-editor']) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.updateGlobal({ slug: 'site', data: { name: 'Злам' }, ...as(undefined) }),
    ).rejects.toMatchObject({ status: 403 })
    const site = await payload.updateGlobal({
      slug: 'site',
      data: { name: 'ЦБС' },
      ...as(users.editor),
    })
    expect(site.name).toBe('ЦБС')
  })

  it('only admins may unlock a locked account', async () => {
    await expect(
      payload.unlock({
        collection: 'users',
        data: { email: users.editor.email } as never,
        ...as(users.editor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.unlock({
        collection: 'users',
        data: { email: users.editor.email } as never,
        ...as(users.admin),
      }),
    ).resolves.toBe(true)
  })
})

describe('drafts and versions, for every role', () => {
  /** A published document of the role's scope, then saved as a draft with another value. */
  async function publishedWithDraft(collection: (typeof DRAFTABLE)[number], role: Role) {
    const target = await makeTarget(collection, role === 'anonymous' ? 'editor' : role)
    const field = changedField(collection)
    const draftValue = unique('Чернетка')
    await payload.update({
      collection,
      id: target.id,
      draft: true,
      data: { [field]: draftValue },
      overrideAccess: true,
    })
    return { id: target.id, field, draftValue }
  }

  for (const collection of DRAFTABLE) {
    for (const role of ROLES) {
      const isStaff = role !== 'anonymous'
      it(`${role} ${isStaff ? 'sees' : 'never sees'} the draft and the versions of ${collection}`, async () => {
        const { id, field, draftValue } = await publishedWithDraft(collection, role)
        const user = userFor(role)
        const read = (await payload.findByID({
          collection,
          id,
          draft: true,
          ...as(user),
        })) as unknown as Record<string, unknown>
        const versions = payload.findVersions({
          collection,
          where: { parent: { equals: id } },
          ...as(user),
        })
        if (isStaff) {
          expect(read[field]).toBe(draftValue)
          expect((await versions).docs.length).toBeGreaterThanOrEqual(2)
        } else {
          // The public gets the published version even when it asks for the draft.
          expect(read[field]).not.toBe(draftValue)
          await expect(versions).rejects.toMatchObject({ status: 403 })
        }
      })

      const mayUpdate = MATRIX[collection]!.update.includes(role)
      it(`${role} ${mayUpdate ? 'may' : 'may not'} save a draft of ${collection}, and the published version stays`, async () => {
        const target = await makeTarget(collection, role === 'anonymous' ? 'editor' : role)
        const field = changedField(collection)
        const publishedBefore = (await stored(collection, target.id))?.[field]
        const value = unique('Нова чернетка')
        const saving = payload.update({
          collection,
          id: target.id,
          draft: true,
          data: { [field]: value },
          ...as(userFor(role)),
        })
        if (mayUpdate) {
          await saving
          expect((await stored(collection, target.id, true))?.[field]).toBe(value)
        } else {
          await saving.then(
            () => expect.fail('the draft was saved'),
            (error: unknown) => expectRefusal(error, { collection, id: target.id }),
          )
          expect((await stored(collection, target.id, true))?.[field]).not.toBe(value)
        }
        expect((await stored(collection, target.id))?.[field]).toBe(publishedBefore)
      })
    }
  }
})

describe('the publisher: its status, rebuild, release list and rollback', () => {
  const paths = releasePaths(env)
  const releases = [
    newReleaseId(new Date('2026-11-01T10:00:00Z')),
    newReleaseId(new Date('2026-11-02T10:00:00Z')),
  ]

  beforeAll(async () => {
    for (const id of releases) {
      await mkdir(path.join(paths.releasesDir, id), { recursive: true })
      await writeFile(path.join(paths.releasesDir, id, 'index.html'), `<h1>${id}</h1>`)
    }
  })

  beforeEach(async () => {
    // Content changes above queued builds; each case starts from an empty publish queue.
    await payload.delete({
      collection: 'payload-jobs',
      where: { queue: { equals: PUBLISH_QUEUE } },
      overrideAccess: true,
    })
    await switchLive(paths, releases[1]!)
  })

  for (const role of ROLES) {
    const isStaff = role !== 'anonymous'
    it(`${role} ${isStaff ? 'may' : 'may not'} read the publisher status, and nobody may write it`, async () => {
      const reading = payload.findGlobal({ slug: 'publisher', ...as(userFor(role)) })
      if (isStaff) await expect(reading).resolves.toHaveProperty('state')
      else await expect(reading).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.updateGlobal({
          slug: 'publisher',
          data: { liveRelease: 'forged' },
          ...as(userFor(role)),
        }),
      ).rejects.toMatchObject({ status: 403 })
      const status = await payload.findGlobal({ slug: 'publisher', overrideAccess: true })
      expect(status.liveRelease).not.toBe('forged')
    })

    const mayRebuild = role === 'admin' || role === 'editor'
    it(`${role} ${mayRebuild ? 'may' : 'may not'} ask for a rebuild`, async () => {
      const answer = await callPublisherEndpoint(payload, userFor(role), 'post', '/rebuild')
      const queued = await pendingPublishJobs(payload)
      if (mayRebuild) {
        expect(answer.status).toBe(200)
        expect(queued).toHaveLength(1)
        expect(queued[0]!.input?.reasons?.map((reason) => reason.kind)).toEqual(['manual'])
      } else {
        expect(answer.status).toBe(403)
        expect(queued).toHaveLength(0)
      }
    })

    it(`${role} ${isStaff ? 'may' : 'may not'} list the releases`, async () => {
      const answer = await callPublisherEndpoint(payload, userFor(role), 'get', '/releases')
      if (isStaff)
        expect(answer).toEqual({
          status: 200,
          body: { live: releases[1], releases: [...releases].reverse() },
        })
      else expect(answer.status).toBe(403)
    })

    const mayRollBack = role === 'admin'
    it(`${role} ${mayRollBack ? 'may' : 'may not'} roll the site back`, async () => {
      const answer = await callPublisherEndpoint(payload, userFor(role), 'post', '/rollback', {
        releaseId: releases[0],
      })
      expect(answer.status).toBe(mayRollBack ? 200 : 403)
      expect(await liveReleaseId(paths)).toBe(mayRollBack ? releases[0] : releases[1])
    })
  }
})
