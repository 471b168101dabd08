import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { prepareCms } from '../bootstrap/prepare'
import type { User } from '../payload-types'
import { exitAfterOutput } from '../runtime/processes'
import { collectItems, itemsToCsv, itemsToJson } from './exportCollection'

/** `npm run export:items -- --collection <slug> [--format csv|json] [--out file]` */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      collection: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      user: { type: 'string' },
    },
  })
  if (!values.collection || !['csv', 'json'].includes(values.format)) {
    process.stderr.write(
      'npm run export:items -- --collection <slug> [--format csv|json] [--out <файл>] [--user <e-mail>]\n',
    )
    return 2
  }
  // Like `npm start`: migrated database and a first admin, but no seeding of a fresh database.
  const payload = await prepareCms({ seedIfFresh: false, report: () => undefined })
  try {
    const { docs } = await payload.find({
      collection: 'users',
      where: values.user ? { email: { equals: values.user } } : { role: { equals: 'admin' } },
      sort: 'createdAt',
      limit: 1,
      overrideAccess: true,
    })
    const user: User | undefined = docs[0]
    if (!user) throw new Error('Користувача не знайдено.')
    const items = await collectItems(payload, values.collection, user)
    const output = values.format === 'json' ? itemsToJson(items) : itemsToCsv(items)
    if (values.out) {
      await writeFile(values.out, output)
      process.stderr.write(`Експортовано об’єктів: ${items.length} → ${values.out}\n`)
    } else process.stdout.write(output)
    return 0
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => exitAfterOutput(code),
  (error: unknown) => {
    process.stderr.write(`Помилка: ${error instanceof Error ? error.message : String(error)}\n`)
    exitAfterOutput(1)
  },
)
