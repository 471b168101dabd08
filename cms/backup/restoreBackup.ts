import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { extract } from 'tar'

import type { Env } from '../config/env'
import type { Reporter } from '../reporting/progress'
import { sqliteFileOf, UPLOAD_FOLDERS, type BackupManifest } from './createBackup'

async function readManifest(folder: string): Promise<BackupManifest> {
  const file = path.join(folder, 'manifest.json')
  if (!existsSync(file))
    throw new Error(
      'The archive has no manifest.json: it is not a backup made by `npm run backup`.',
    )
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Partial<BackupManifest>
  if (
    manifest.format !== 'cbs-backup' ||
    manifest.version !== 1 ||
    manifest.database !== 'sqlite'
  ) {
    throw new Error('The archive is not a version-1 SQLite backup made by `npm run backup`.')
  }
  return manifest as BackupManifest
}

function checkIntegrity(databaseFile: string): void {
  const database = new DatabaseSync(databaseFile, { readOnly: true })
  try {
    const row = database.prepare('PRAGMA integrity_check').get() as
      { integrity_check?: string } | undefined
    if (row?.integrity_check !== 'ok')
      throw new Error(
        `The database in the archive is damaged: ${row?.integrity_check ?? 'no answer'}.`,
      )
  } finally {
    database.close()
  }
}

/**
 * Restores a backup archive into the data folder. The CMS must be stopped. Anything already
 * there is moved aside to `<data>/before-restore-<time>/` rather than deleted, unless the data
 * folder holds no database yet (a fresh install).
 */
export async function restoreBackup(
  env: Env,
  archive: string,
  report: Reporter,
): Promise<{ setAside?: string }> {
  if (!existsSync(archive)) throw new Error(`No backup archive at ${archive}.`)
  const databaseFile = sqliteFileOf(env)
  const staging = await mkdtemp(path.join(tmpdir(), 'cbs-restore-'))
  try {
    report('Розпакування архіву…')
    // tar refuses absolute paths and "..", so an archive cannot write outside the staging folder.
    await extract({ file: archive, cwd: staging, strict: true })
    const manifest = await readManifest(staging)
    checkIntegrity(path.join(staging, 'cms.db'))
    await mkdir(env.dataDir, { recursive: true })
    let setAside: string | undefined
    const present = [
      databaseFile,
      ...UPLOAD_FOLDERS.map((folder) => path.join(env.dataDir, folder)),
    ].filter((file) => existsSync(file))
    if (present.length > 0) {
      setAside = path.join(env.dataDir, `before-restore-${Date.now()}`)
      await mkdir(setAside)
      for (const file of present) await rename(file, path.join(setAside, path.basename(file)))
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(databaseFile + suffix))
          await rename(
            databaseFile + suffix,
            path.join(setAside, path.basename(databaseFile) + suffix),
          )
      }
      report(`Поточні дані відкладено в ${setAside}`)
    }
    await rename(path.join(staging, 'cms.db'), databaseFile)
    for (const folder of manifest.uploads) {
      await rename(path.join(staging, folder), path.join(env.dataDir, folder))
    }
    report(`Відновлено знімок від ${manifest.createdAt}.`)
    return { setAside }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
