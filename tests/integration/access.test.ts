import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, stopTestCms } from '../support/cms'
import {
  as,
  createBranch,
  createFile,
  createImage,
  createUser,
  minimalData,
  type TestUser,
} from '../support/fixtures'

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

async function attempt(
  collection: CollectionSlug,
  operation: Operation,
  role: Role,
  scope: 'own' | 'other' = 'own',
): Promise<boolean> {
  const user = userFor(role)
  try {
    switch (operation) {
      case 'create': {
        if (collection === 'media') return Boolean(await createImage(payload, user ?? 'anonymous'))
        if (collection === 'files') return Boolean(await createFile(payload, user ?? 'anonymous'))
        const data =
          collection === 'users'
            ? {
                email: `new-${Math.random()}@test.local`,
                password: 'correct-horse-battery',
                role: 'editor',
              }
            : minimalData(collection, { branchId: ownBranch, collectionId })
        await payload.create({ collection, data: data as never, ...as(user) })
        return true
      }
      case 'read': {
        const target = await makeTarget(collection, role)
        await payload.findByID({ collection, id: target.id, ...as(user) })
        return true
      }
      case 'update': {
        const target = await makeTarget(collection, role, scope)
        const field =
          collection === 'users'
            ? { name: 'Змінено' }
            : collection === 'media'
              ? { caption: 'Змінено' }
              : collection === 'files'
                ? { description: 'Змінено' }
                : collection === 'branches'
                  ? { shortName: 'Змінено' }
                  : { title: 'Змінено' }
        await payload.update({ collection, id: target.id, data: field, ...as(user) })
        return true
      }
      case 'delete': {
        const target = await makeTarget(collection, role, scope)
        await payload.delete({ collection, id: target.id, ...as(user) })
        return true
      }
    }
  } catch (error) {
    rethrowUnlessDenied(error)
    return false
  }
}

function rethrowUnlessDenied(error: unknown): false {
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403 || status === 404) return false
  throw error
}

describe('access matrix: every role × collection × operation', () => {
  for (const [collection, operations] of Object.entries(MATRIX)) {
    for (const operation of ['create', 'read', 'update', 'delete'] as const) {
      for (const role of ROLES) {
        const allowed = operations[operation].includes(role)
        it(`${role} ${allowed ? 'may' : 'may not'} ${operation} ${collection}`, async () => {
          expect(await attempt(collection as CollectionSlug, operation, role)).toBe(allowed)
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
        ).toBe(false)
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
  const DRAFTABLE = [
    'news',
    'branches',
    'documents',
    'pages',
    'digital-collections',
    'items',
  ] as const

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
