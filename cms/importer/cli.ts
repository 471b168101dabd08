import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { prepareCms } from '../bootstrap/prepare'
import type { User } from '../payload-types'
import { exitAfterOutput } from '../runtime/processes'
import { importItems, type ImportProgress, type ImportReport } from './importItems'

const USAGE = `Імпорт об’єктів із таблиці метаданих і теки (або ZIP) зображень.

  npm run import:items -- <таблиця.csv або .xlsx> [--images <тека|архів.zip>] [--collection <slug>]
                          [--dry-run] [--publish] [--user <e-mail>]

  --dry-run     лише перевірити кожен рядок і показати проблеми; нічого не записувати
  --publish     опублікувати об’єкти (типово — зберегти як чернетки)
  --collection  колекція для рядків без стовпця «collection»
  --user        від чийого імені імпорт (типово — перший адміністратор)
`

function progressBar(progress: ImportProgress): string {
  const width = 30
  const filled = Math.round((progress.done / progress.total) * width)
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
  return `[${bar}] ${progress.done}/${progress.total} ${progress.identifier}`
}

function printReport(report: ImportReport): void {
  const out = (line = '') => process.stdout.write(`${line}\n`)
  for (const note of report.notes) out(`Увага: ${note}`)
  for (const line of report.fatal) out(`Помилка: ${line}`)
  for (const file of report.refusedFiles) out(`Файл «${file.name}»: ${file.reason}`)
  for (const problem of report.problems)
    out(
      `Рядок ${problem.row}${problem.identifier ? ` (${problem.identifier})` : ''}: ${problem.message}`,
    )
  out()
  out(
    `Рядків у таблиці: ${report.total}; без помилок: ${report.valid}; з помилками: ${new Set(report.problems.map((p) => p.row)).size}.`,
  )
  if (report.dryRun) {
    out(
      `Пробний запуск: буде створено ${report.wouldCreate.length}, оновлено ${report.wouldUpdate.length}. Нічого не записано.`,
    )
  } else {
    out(
      `Створено: ${report.created.length}; оновлено: ${report.updated.length}${report.resumed.length ? `; уже імпортовано раніше (продовження): ${report.resumed.length}` : ''}.`,
    )
    if (report.interrupted)
      out('Імпорт перервано. Запустіть ту саму команду ще раз — він продовжиться з місця зупинки.')
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      images: { type: 'string' },
      collection: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      user: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
  const sheetPath = positionals[0]
  if (values.help || !sheetPath) {
    process.stdout.write(USAGE)
    return values.help ? 0 : 2
  }
  // Like `npm start`: migrated database and a first admin, but no seeding of a fresh database.
  const payload = await prepareCms({ seedIfFresh: false, report: () => undefined })
  try {
    const users = await payload.find({
      collection: 'users',
      where: values.user ? { email: { equals: values.user } } : { role: { equals: 'admin' } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const user: User | undefined = users.docs[0]
    if (!user) {
      process.stderr.write(`Користувача ${values.user ?? '(адміністратора)'} не знайдено.\n`)
      return 2
    }
    process.stdout.write(
      `Імпорт від імені ${user.email}${values['dry-run'] ? ' (пробний запуск)' : ''}.\n`,
    )
    const controller = new AbortController()
    process.once('SIGINT', () => {
      process.stderr.write('\nЗупиняюся після поточного рядка…\n')
      controller.abort()
    })
    const tty = process.stderr.isTTY
    let lastPercent = -1
    const report = await importItems(payload, {
      sheet: { bytes: await readFile(sheetPath), name: path.basename(sheetPath) },
      images: values.images,
      collection: values.collection,
      dryRun: values['dry-run'],
      publish: values.publish,
      user,
      signal: controller.signal,
      onProgress: (progress) => {
        if (tty) {
          process.stderr.write(`\r\u001b[2K${progressBar(progress)}`)
          if (progress.done === progress.total) process.stderr.write('\n')
          return
        }
        const percent = Math.floor((progress.done / progress.total) * 10) * 10
        if (percent !== lastPercent || progress.done === progress.total) {
          lastPercent = percent
          process.stderr.write(`${progressBar(progress)}\n`)
        }
      },
    })
    printReport(report)
    return report.fatal.length || report.problems.length || report.interrupted ? 1 : 0
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => exitAfterOutput(code),
  (error: unknown) => {
    process.stderr.write(`\nПомилка: ${error instanceof Error ? error.message : String(error)}\n`)
    exitAfterOutput(1)
  },
)
