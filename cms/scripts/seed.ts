import { getPayload } from 'payload'

import { migrateDatabase } from '../bootstrap/migrate'
import config from '../payload.config'
import { printToConsole } from '../reporting/progress'
import { exitAfterOutput } from '../runtime/processes'
import { removeSamples } from '../seed/removeSamples'
import { seed } from '../seed/seed'

/** `npm run seed` loads content/ (idempotent); `npm run seed -- --remove-samples` removes all samples. */
async function main(): Promise<void> {
  const payload = await getPayload({ config })
  await migrateDatabase(payload, printToConsole)
  if (process.argv.includes('--remove-samples')) {
    printToConsole('Вилучення демонстраційного вмісту…')
    const removed = await removeSamples(payload, printToConsole)
    printToConsole(`Вилучено записів: ${removed}.`)
  } else {
    await seed(payload)
  }
  await payload.destroy()
}

main().then(
  () => exitAfterOutput(0),
  (error: unknown) => {
    process.stderr.write(`\nПомилка: ${error instanceof Error ? error.message : String(error)}\n`)
    exitAfterOutput(1)
  },
)
