import path from 'node:path'

import { restoreBackup } from '../backup/restoreBackup'
import { env } from '../config/env'
import { repoRoot } from '../config/paths'
import { printToConsole } from '../reporting/progress'
import { exitAfterOutput } from '../runtime/processes'

/** `npm run restore -- <archive>`: restores a backup; stop the CMS first. */
const archive = process.argv[2]
if (!archive) {
  process.stderr.write('Вкажіть архів: npm run restore -- backups/cbs-backup-….tar.gz\n')
  exitAfterOutput(2)
} else {
  restoreBackup(env, path.resolve(repoRoot, archive), printToConsole).then(
    () => printToConsole('Готово. Запустіть CMS: npm start'),
    (error: unknown) => {
      process.stderr.write(
        `Не вдалося відновити: ${error instanceof Error ? error.message : String(error)}\nПопередні дані лишилися на місці або відкладені в теку before-restore-… у теці даних.\n`,
      )
      exitAfterOutput(1)
    },
  )
}
