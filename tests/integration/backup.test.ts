import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup } from '@cms/backup/createBackup'
import { restoreBackup } from '@cms/backup/restoreBackup'
import { env } from '@cms/config/env'
import { startTestCms, stopTestCms } from '../support/cms'
import { createImage } from '../support/fixtures'

let payload: Payload
let backupDir: string
const quiet = () => undefined

beforeAll(async () => {
  payload = await startTestCms()
  backupDir = await mkdtemp(path.join(tmpdir(), 'cbs-backups-'))
})

afterAll(async () => {
  await stopTestCms(payload)
  await rm(backupDir, { recursive: true, force: true })
})

async function snapshotOfContent() {
  const pages = await payload.find({
    collection: 'pages',
    depth: 0,
    draft: true,
    overrideAccess: true,
    sort: 'id',
  })
  const media = await payload.find({
    collection: 'media',
    depth: 0,
    overrideAccess: true,
    sort: 'id',
  })
  const files = (await readdir(path.join(env.dataDir, 'media'))).sort()
  return {
    pages: pages.docs.map((doc) => [doc.id, doc.title, doc.slug]),
    media: media.docs.map((doc) => [doc.id, doc.filename]),
    files,
  }
}

describe.skipIf(env.databaseKind !== 'sqlite')('backup and restore (SQLite)', () => {
  it('backs up a live database, and restore brings back exactly what it held', async () => {
    await payload.create({
      collection: 'pages',
      data: { title: 'Про нас', _status: 'published' } as never,
      overrideAccess: true,
    })
    await createImage(payload)
    const before = await snapshotOfContent()

    // The CMS keeps running during the backup, as it would in production.
    const archive = await createBackup(env, backupDir, quiet)

    await payload.create({
      collection: 'pages',
      data: { title: 'Додано після копії', _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'pages',
      where: { title: { equals: 'Про нас' } },
      data: { title: 'Змінено після копії' },
      overrideAccess: true,
    })
    await createImage(payload)
    expect(await snapshotOfContent()).not.toEqual(before)

    // Restore needs the CMS stopped; then a new start sees the restored data.
    await payload.destroy()
    const { setAside } = await restoreBackup(env, archive, quiet)
    expect(setAside).toBeDefined()
    payload = await startTestCms()
    expect(await snapshotOfContent()).toEqual(before)
  })

  it('refuses an archive that is not a backup and leaves the data alone', async () => {
    const before = await snapshotOfContent()
    await payload.destroy()
    const bogus = path.join(backupDir, 'bogus.tar.gz')
    const { create } = await import('tar')
    await create({ gzip: true, file: bogus, cwd: path.join(env.dataDir) }, ['media'])
    await expect(restoreBackup(env, bogus, quiet)).rejects.toThrow(/not a backup/)
    payload = await startTestCms()
    expect(await snapshotOfContent()).toEqual(before)
  })
})
