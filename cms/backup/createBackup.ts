import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'

import { create as createTar } from 'tar'

import type { Env } from '../config/env'
import type { Reporter } from '../reporting/progress'

/** What a backup archive holds, written as manifest.json inside it. */
export type BackupManifest = {
  format: 'cbs-backup'
  version: 1
  createdAt: string
  database: 'sqlite'
  /** Upload folders included, relative to the data folder. */
  uploads: string[]
}

export const UPLOAD_FOLDERS = ['media', 'files'] as const

export function sqliteFileOf(env: Env): string {
  if (env.databaseKind !== 'sqlite') {
    throw new Error(
      'This backup command covers the embedded SQLite database. For MongoDB use mongodump and mongorestore as the README describes.',
    )
  }
  return env.sqliteUrl.replace(/^file:/, '')
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
}

/**
 * Writes a consistent snapshot of the live database (SQLite's online backup API, safe while the
 * CMS runs) and the uploaded files into one .tar.gz archive, and returns its path.
 */
export async function createBackup(env: Env, targetDir: string, report: Reporter): Promise<string> {
  const databaseFile = sqliteFileOf(env)
  if (!existsSync(databaseFile))
    throw new Error(`There is no database at ${databaseFile} to back up. Start the CMS once first.`)
  const staging = await mkdtemp(path.join(tmpdir(), 'cbs-backup-'))
  try {
    report('Знімок бази даних (SQLite online backup)…')
    const source = new DatabaseSync(databaseFile, { readOnly: true })
    try {
      await backup(source, path.join(staging, 'cms.db'))
    } finally {
      source.close()
    }
    const uploads: string[] = []
    for (const folder of UPLOAD_FOLDERS) {
      const from = path.join(env.dataDir, folder)
      if (!existsSync(from)) continue
      report(`Копіювання завантажених файлів: ${folder}/…`)
      await cp(from, path.join(staging, folder), { recursive: true })
      uploads.push(folder)
    }
    const createdAt = new Date()
    const manifest: BackupManifest = {
      format: 'cbs-backup',
      version: 1,
      createdAt: createdAt.toISOString(),
      database: 'sqlite',
      uploads,
    }
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    await mkdir(targetDir, { recursive: true })
    const archive = path.join(targetDir, `cbs-backup-${timestamp(createdAt)}.tar.gz`)
    report('Пакування архіву…')
    await createTar({ gzip: true, file: archive, cwd: staging, portable: true }, [
      'manifest.json',
      'cms.db',
      ...uploads,
    ])
    return archive
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
