import path from 'node:path'

import { createBackup } from '../backup/createBackup'
import { env } from '../config/env'
import { repoRoot } from '../config/paths'
import { printToConsole } from '../reporting/progress'
import { exitAfterOutput } from '../runtime/processes'

/** `npm run backup [-- <folder>]`: a snapshot of the database and uploads, safe while the CMS runs. */
const target = path.resolve(repoRoot, process.argv[2] ?? 'backups')

createBackup(env, target, printToConsole).then(
  (archive) => {
    printToConsole(`Резервну копію збережено: ${archive}`)
    const shown = path.relative(repoRoot, archive).startsWith('..')
      ? archive
      : path.relative(repoRoot, archive)
    printToConsole(`Відновлення: зупиніть CMS і виконайте  npm run restore -- ${shown}`)
  },
  (error: unknown) => {
    process.stderr.write(
      `Не вдалося створити резервну копію: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    exitAfterOutput(1)
  },
)
