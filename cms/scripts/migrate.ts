import { getPayload } from 'payload'

import { migrateDatabase } from '../bootstrap/migrate'
import config from '../payload.config'
import { printToConsole } from '../reporting/progress'
import { exitAfterOutput } from '../runtime/processes'

/** `npm run migrate`: applies the committed migrations without prompting. */
async function main(): Promise<void> {
  const payload = await getPayload({ config })
  await migrateDatabase(payload, printToConsole)
  printToConsole('Схема бази даних актуальна.')
  await payload.destroy()
}

main().then(
  () => exitAfterOutput(0),
  (error: unknown) => {
    process.stderr.write(
      `\nПомилка міграції: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    exitAfterOutput(1)
  },
)
