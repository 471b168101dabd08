import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { placeholderPdf } from '@cms/seed/placeholderPdf'

export type TestUser = Record<string, unknown> & {
  id: number | string
  collection: 'users'
  role: string
}

/** A small real PNG made by sharp. */
export async function pngBytes(width = 32, height = 24): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .png()
    .toBuffer()
}

export async function pdfBytes(title = 'Тестовий документ'): Promise<Buffer> {
  return placeholderPdf(title)
}

let counter = 0
/** A name that no other fixture in the run uses. */
export function unique(prefix: string): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter}`
}

export async function createBranch(
  payload: Payload,
  name: string,
  status: 'published' | 'draft' = 'published',
) {
  return payload.create({
    collection: 'branches',
    draft: status === 'draft',
    data: {
      name,
      kind: 'adult',
      address: { street: 'вулиця Соломʼянська', building: '1' },
      weeklyHours: [{ day: 'mon', opens: '10:00', closes: '18:00' }],
      _status: status,
    },
    overrideAccess: true,
  })
}

export async function createUser(
  payload: Payload,
  role: 'admin' | 'editor' | 'branch-editor',
  branch?: number,
): Promise<TestUser> {
  const user = await payload.create({
    collection: 'users',
    data: { email: `${unique(role)}@test.local`, password: 'correct-horse-battery', role, branch },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' }
}

/** Local API options that enforce access as `user` (or as an anonymous reader when undefined). */
export function as(user: TestUser | undefined) {
  return user ? { overrideAccess: false, user } : { overrideAccess: false }
}

/** Who performs an upload: a user, an anonymous request, or trusted server code (the default). */
export type Actor = TestUser | 'anonymous' | undefined

function actorOptions(actor: Actor) {
  if (actor === 'anonymous') return as(undefined)
  return actor ? as(actor) : { overrideAccess: true }
}

export async function createImage(payload: Payload, actor?: Actor) {
  const data = await pngBytes()
  return payload.create({
    collection: 'media',
    data: { alt: 'Тестове зображення бібліотеки' },
    file: { data, mimetype: 'image/png', name: `${unique('image')}.png`, size: data.length },
    ...actorOptions(actor),
  })
}

export async function createFile(payload: Payload, actor?: Actor) {
  const data = await pdfBytes()
  return payload.create({
    collection: 'files',
    data: { title: 'Тестовий файл' },
    file: { data, mimetype: 'application/pdf', name: `${unique('file')}.pdf`, size: data.length },
    ...actorOptions(actor),
  })
}

/** Minimal valid data for a new document of each content collection. */
export function minimalData(
  collection: CollectionSlug,
  refs: { branchId: number | string; collectionId?: number | string },
): Record<string, unknown> {
  const title = unique('Тест')
  switch (collection) {
    case 'news':
      return { title, branches: [refs.branchId], _status: 'published' }
    case 'documents':
      // An order is published with its register number and date (the editorial checklist).
      return {
        title,
        type: 'order',
        number: '№ 1-од',
        adoptedOn: '2026-01-15',
        _status: 'published',
      }
    case 'pages':
      return { title, _status: 'published' }
    case 'digital-collections':
      return { title, _status: 'published' }
    case 'items':
      return {
        title,
        identifier: unique('TST')
          .toUpperCase()
          .replace(/[^A-Z0-9-]/g, ''),
        type: 'photo',
        collections: [refs.collectionId],
        _status: 'published',
      }
    case 'branches':
      return {
        name: title,
        kind: 'adult',
        address: { street: 'вулиця Гарматна', building: '2' },
        _status: 'published',
      }
    default:
      throw new Error(`No minimal data for ${collection}`)
  }
}
