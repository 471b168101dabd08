import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import * as XLSX from '@e965/xlsx'
import iconv from 'iconv-lite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repoRoot } from '@cms/config/paths'
import { neutraliseFormula } from '@domain/open-data/csvSafe'
import { collectItems, itemsToCsv, itemsToJson } from '@cms/importer/exportCollection'
import { importItems, type ImportOptions } from '@cms/importer/importItems'
import type { User } from '@cms/payload-types'
import { startTestCms, stopTestCms } from '../support/cms'
import { as, createBranch, createUser, type TestUser } from '../support/fixtures'
import {
  hugePngBytes,
  jpegBytes,
  SAMPLE_DIR,
  scanFolder,
  truncatedJpegBytes,
  writeTemp,
  zipBytes,
} from '../support/importFixtures'

let payload: Payload
let editor: TestUser
let branchEditor: TestUser
let journalDir: string
const COLLECTION = 'stari-svitlyny'

const HEADER = 'dc:identifier,dc:title,dc:type,dc:date,dc:rights,dcterms:isPartOf,images,dc:subject'

beforeAll(async () => {
  payload = await startTestCms()
  editor = await createUser(payload, 'editor')
  const branch = await createBranch(payload, 'Бібліотека імені Тестову')
  branchEditor = await createUser(payload, 'branch-editor', branch.id)
  for (const [title, slug] of [
    ['Старі світлини', COLLECTION],
    ['Листівки', 'lystivky'],
  ] as const)
    await payload.create({
      collection: 'digital-collections',
      data: { title, slug, _status: 'published' },
      overrideAccess: true,
    })
  journalDir = await mkdtemp(path.join(os.tmpdir(), 'cbs-journal-'))
})

afterAll(async () => {
  await stopTestCms(payload)
})

function run(sheet: string | Buffer, options: Partial<ImportOptions> = {}, name = 'sheet.csv') {
  return importItems(payload, {
    sheet: { bytes: typeof sheet === 'string' ? Buffer.from(sheet) : sheet, name },
    collection: COLLECTION,
    user: editor as unknown as User,
    journalDir,
    ...options,
  })
}

async function itemByIdentifier(identifier: string, draft = true) {
  const { docs } = await payload.find({
    collection: 'items',
    where: { identifier: { equals: identifier } },
    draft,
    depth: 1,
    overrideAccess: true,
  })
  return docs[0]
}

async function countItems(identifierPrefix: string) {
  const { totalDocs } = await payload.count({
    collection: 'items',
    where: { identifier: { like: identifierPrefix } },
    overrideAccess: true,
  })
  return totalDocs
}

describe('importing the sample sheet', () => {
  it('validates in a dry run without writing anything', async () => {
    const report = await run(await readFile(path.join(SAMPLE_DIR, 'items.csv')), {
      images: path.join(SAMPLE_DIR, 'scans'),
      dryRun: true,
    })
    expect(report.fatal).toEqual([])
    expect(report.problems).toEqual([])
    expect(report.wouldCreate).toEqual(['SOL-IM-0001', 'SOL-IM-0002', 'SOL-IM-0003'])
    expect(await countItems('SOL-IM-')).toBe(0)
  })

  it('creates drafts with parsed dates, rights codes, lists and ordered pages', async () => {
    const progress: string[] = []
    const report = await run(await readFile(path.join(SAMPLE_DIR, 'items.csv')), {
      images: path.join(SAMPLE_DIR, 'scans'),
      onProgress: (step) => progress.push(`${step.done}/${step.total} ${step.action}`),
    })
    expect(report.problems).toEqual([])
    expect(report.created).toEqual(['SOL-IM-0001', 'SOL-IM-0002', 'SOL-IM-0003'])
    expect(progress).toEqual(['1/3 created', '2/3 created', '3/3 created'])

    const postcard = await itemByIdentifier('SOL-IM-0002')
    expect(postcard).toMatchObject({
      _status: 'draft',
      type: 'postcard',
      dateWritten: '1960-ті?',
      startYear: 1960,
      endYear: 1969,
      rights: 'InC-RUU',
      subjects: ['Вокзал', 'Листівки'],
      source: { shelfMark: 'КЛ-014' },
    })
    expect(postcard!.images!.map((page) => page.label)).toEqual(['лицьовий бік', 'зворотний бік'])
    const firstPage = postcard!.images![0]!.image as { alt: string; filename: string }
    expect(firstPage.alt).toBe('Листівка «Привіт із Солом’янки», сторінка 1')
    expect(firstPage.filename).toMatch(/^sol-im-0002-1-[0-9a-f]{12}\.jpg$/)
    expect(await itemByIdentifier('SOL-IM-0001')).toMatchObject({ startYear: 1930, endYear: 1940 })
    expect(await itemByIdentifier('SOL-IM-0003')).toMatchObject({
      type: 'map',
      startYear: 1941,
      endYear: 1943,
      rights: 'CNE',
    })
    // Drafts stay invisible to the public.
    const { totalDocs } = await payload.count({
      collection: 'items',
      where: { identifier: { like: 'SOL-IM-' } },
      ...as(undefined),
    })
    expect(totalDocs).toBe(0)
  })

  it('updates instead of duplicating on a re-run, reusing the uploaded scans, and can publish', async () => {
    const media = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const report = await run(await readFile(path.join(SAMPLE_DIR, 'items.csv')), {
      images: path.join(SAMPLE_DIR, 'scans'),
      publish: true,
    })
    expect(report.updated).toEqual(['SOL-IM-0001', 'SOL-IM-0002', 'SOL-IM-0003'])
    expect(report.created).toEqual([])
    expect(await countItems('SOL-IM-')).toBe(3)
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(
      media,
    )
    const { docs } = await payload.find({
      collection: 'items',
      where: { identifier: { like: 'SOL-IM-' } },
      ...as(undefined),
    })
    expect(docs.map((doc) => doc.identifier).sort()).toEqual([
      'SOL-IM-0001',
      'SOL-IM-0002',
      'SOL-IM-0003',
    ])
  })

  it('never erases stored values with empty cells or absent columns', async () => {
    const report = await run(`${HEADER}\nSOL-IM-0003,План забудови (уточнено),map,,,,,\n`)
    expect(report.updated).toEqual(['SOL-IM-0003'])
    const plan = await itemByIdentifier('SOL-IM-0003')
    expect(plan).toMatchObject({
      title: 'План забудови (уточнено)',
      dateWritten: '1941–1943',
      rights: 'CNE',
      extent: '1 аркуш, 42 × 60 см',
    })
    expect(plan!.images).toHaveLength(1)
  })
})

describe('bad input, reported by row', () => {
  it('reports every problem of a row in Ukrainian and imports only the good rows', async () => {
    const scans = await scanFolder()
    await writeFile(path.join(scans, 'not-an-image.jpg'), 'це текст, а не зображення')
    await writeFile(path.join(scans, 'broken.jpg'), await truncatedJpegBytes())
    await writeFile(path.join(scans, 'huge.png'), await hugePngBytes())
    await writeFile(path.join(scans, 'drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    const sheet = [
      HEADER,
      'BAD-0001,Ок,photo,1930-ті,InC,,SOL-IM-0001.jpg,Тема',
      ',Без ідентифікатора,photo,1930,,,,',
      'BAD-0003,Чужа колекція,photo,1930,,nevidoma,,',
      'BAD-0004,Погана дата,photo,давно-давно,,,,',
      'BAD-0005,Погані права,photo,1930,CC-BY,,,',
      'BAD-0006,Немає файлу,photo,1930,,,nemaie.jpg,',
      'BAD-0007,Двійник,photo,1930,,,,',
      'BAD-0007,Двійник знову,photo,1930,,,,',
      'BAD-0009,Зайва клітинка,photo,1930,,,,,зайве',
      'BAD-0010,Обірваний рядок,photo',
      'BAD-0011,Не зображення,photo,1930,,,not-an-image.jpg,',
      'BAD-0012,Пошкоджене,photo,1930,,,broken.jpg,',
      'BAD-0013,Завелике,photo,1930,,,huge.png,',
      'BAD-0014,SVG,photo,1930,,,drawing.svg,',
      'bad-0015,Малі літери,photo,1930,,,,',
      'BAD-0016,Невідомий тип,скульптура,1930,,,,',
      'BAD-0017,"=HYPERLINK(""http://evil.example/"",""клік"")",photo,1930,,,,',
    ].join('\n')
    const report = await run(sheet, { images: scans })
    const byRow = (row: number) =>
      report.problems
        .filter((problem) => problem.row === row)
        .map((problem) => problem.message)
        .join(' | ')
    expect(byRow(2)).toBe('')
    expect(byRow(3)).toMatch(/не вказано ідентифікатор/)
    expect(byRow(4)).toMatch(/невідома колекція «nevidoma»/)
    expect(byRow(5)).toMatch(/не вдалося прочитати дату «давно-давно»/)
    expect(byRow(6)).toMatch(/невідоме зазначення прав «CC-BY»/)
    expect(byRow(7)).toMatch(/файл зображення «nemaie\.jpg» не знайдено/)
    expect(byRow(8)).toMatch(/«BAD-0007» повторюється в рядках 8, 9/)
    expect(byRow(9)).toMatch(/повторюється в рядках 8, 9/)
    expect(byRow(10)).toMatch(/зайві клітинки/)
    expect(byRow(11)).toMatch(/бракує клітинок/)
    expect(byRow(12)).toMatch(/не зображення або файл пошкоджений/)
    expect(byRow(13)).toMatch(/пошкоджений/)
    expect(byRow(14)).toMatch(/10000×10000 пікселів \(100 Мпікс\).*зменште скан/)
    expect(byRow(15)).toMatch(/не зображення, яке можна імпортувати/)
    expect(byRow(16)).toMatch(/великих латинських літер/)
    expect(byRow(17)).toMatch(/невідомий тип «скульптура»/)
    expect(byRow(18)).toBe('')
    expect(report.created).toEqual(['BAD-0001', 'BAD-0017'])
    // A title too short for alt text still gets a scan with a description.
    const short = await itemByIdentifier('BAD-0001')
    expect((short!.images![0]!.image as { alt: string }).alt).toBe('Об’єкт BAD-0001')
    expect(await countItems('BAD-')).toBe(2)
    // A formula is stored as the text it is, never evaluated.
    expect((await itemByIdentifier('BAD-0017'))!.title).toBe(
      '=HYPERLINK("http://evil.example/","клік")',
    )
  })

  it('reads a sheet saved in Windows-1251 and says so', async () => {
    const text = `${HEADER}\nCP-0001,Вулиця Солом’янська взимку,фотографія,близько 1950,,,,Вулиці; Зима\n`
    const report = await run(iconv.encode(text.replace('’', "'"), 'windows-1251'))
    expect(report.notes.join(' ')).toMatch(/Windows-1251/)
    expect(report.created).toEqual(['CP-0001'])
    expect(await itemByIdentifier('CP-0001')).toMatchObject({
      title: "Вулиця Солом'янська взимку",
      subjects: ['Вулиці', 'Зима'],
      startYear: 1945,
      endYear: 1955,
    })
  })

  it('refuses a file whose encoding cannot be told, and a workbook instead of CSV', async () => {
    const garbage = Buffer.from([0x81, 0x98, 0x83, 0x88, 0x2c, 0x0a, 0x90, 0x9a, 0x98, 0x2c])
    const report = await run(garbage)
    expect(report.fatal.join(' ')).toMatch(/Не вдалося визначити кодування/)
    const workbook = await run(Buffer.from('PK\u0003\u0004 not really'), {}, 'items.xlsx')
    expect(workbook.fatal.join(' ')).toMatch(/Не вдалося прочитати книгу «items\.xlsx»/)
    const old = await run(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), {}, 'items.xls')
    expect(old.fatal.join(' ')).toMatch(/стара книга Excel \(\.xls\)/)
  })

  it('reads an XLSX workbook: dates typed in Excel, formulas as text, row numbers', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['dc:identifier', 'dc:title', 'dc:type', 'dc:date', 'dc:subject'],
      ['XL-0001', 'Трамвайне депо', 'фото', '', 'Транспорт; Депо'],
      [],
      ['XL-0003', '', 'photo', '1930-ті', ''],
      ['XL-0004', 'Без дати', 'photo', 'давно', ''],
    ])
    // «12.05.1957» typed into Excel becomes a date serial with a date format.
    const serial = (Date.UTC(1957, 4, 12) - Date.UTC(1899, 11, 30)) / 86_400_000
    sheet['D2'] = { t: 'n', v: serial, z: 'dd.mm.yyyy' }
    sheet['B4'] = { t: 's', v: 'клік', f: 'HYPERLINK("http://evil.example/","клік")' }
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, sheet, 'Опис')
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
    const report = await run(bytes, {}, 'opys.xlsx')
    expect(report.fatal).toEqual([])
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 5, message: expect.stringMatching(/«давно»/) }),
    ])
    expect(report.created).toEqual(['XL-0001', 'XL-0003'])
    expect(await itemByIdentifier('XL-0001')).toMatchObject({
      dateWritten: '12.05.1957',
      startYear: 1957,
      endYear: 1957,
      subjects: ['Транспорт', 'Депо'],
    })
    expect((await itemByIdentifier('XL-0003'))!.title).toBe(
      '=HYPERLINK("http://evil.example/","клік")',
    )
  })

  it('refuses a sheet without a required column and notes unknown columns', async () => {
    const missing = await run('dc:identifier,dc:type\nMISS-0001,photo\n')
    expect(missing.fatal.join(' ')).toMatch(/немає обов’язкового стовпця «title»/)
    const extra = await run(
      'dc:identifier,dc:title,dc:type,колір рамки\nEXTRA-0001,Рамка,photo,синій\n',
    )
    expect(extra.notes.join(' ')).toMatch(/Невідомі стовпці пропущено: «колір рамки»/)
    expect(extra.created).toEqual(['EXTRA-0001'])
  })

  it('unpacks a ZIP safely, refusing entries that try to escape the folder', async () => {
    const good = await jpegBytes()
    const zip = await writeTemp(
      'scans.zip',
      await zipBytes([
        { name: 'scans/ZIP-0001.jpg', data: good },
        { name: '../../escaped.jpg', data: good },
        { name: '/tmp/absolute.jpg', data: good },
        { name: 'scans/bomb.jpg', data: Buffer.alloc(5 * 1024 * 1024) },
      ]),
    )
    const sheet = `${HEADER}\nZIP-0001,З архіву,photo,1930,,,ZIP-0001.jpg,\nZIP-0002,Утікач,photo,1930,,,escaped.jpg,\n`
    const report = await run(sheet, { images: zip })
    expect(report.refusedFiles.map((file) => file.name)).toEqual([
      '../../escaped.jpg',
      '/tmp/absolute.jpg',
      'scans/bomb.jpg',
    ])
    expect(report.refusedFiles[2]!.reason).toMatch(/ZIP-бомба/)
    expect(report.refusedFiles[0]!.reason).toMatch(/за межі теки/)
    expect(report.created).toEqual(['ZIP-0001'])
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 3,
        message: expect.stringMatching(/«escaped\.jpg» не знайдено/),
      }),
    ])
    const outside = path.resolve(os.tmpdir(), 'escaped.jpg')
    await expect(readFile(outside)).rejects.toThrow()
  })

  it('does not let a user without the right to edit items import', async () => {
    const report = await run(`${HEADER}\nROLE-0001,Заборонено,photo,1930,,,,\n`, {
      user: branchEditor as unknown as User,
    })
    expect(report.created).toEqual([])
    expect(report.problems[0]!.message).toMatch(/не вдалося зберегти/)
    expect(await countItems('ROLE-')).toBe(0)
  })
})

describe('resuming an interrupted import', () => {
  it('continues where it stopped, without writing finished rows again', async () => {
    const rows = Array.from(
      { length: 5 },
      (_, index) => `RES-000${index + 1},Об’єкт ${index + 1},photo,19${index + 3}0-ті,,,,`,
    )
    const sheet = [HEADER, ...rows].join('\n')
    const controller = new AbortController()
    const first = await run(sheet, {
      signal: controller.signal,
      onProgress: (step) => {
        if (step.done === 2) controller.abort()
      },
    })
    expect(first.interrupted).toBe(true)
    expect(first.created).toEqual(['RES-0001', 'RES-0002'])
    const before = await itemByIdentifier('RES-0001')

    const second = await run(sheet)
    expect(second.interrupted).toBe(false)
    expect(second.resumed).toEqual(['RES-0001', 'RES-0002'])
    expect(second.created).toEqual(['RES-0003', 'RES-0004', 'RES-0005'])
    expect((await itemByIdentifier('RES-0001'))!.updatedAt).toBe(before!.updatedAt)
    expect(await countItems('RES-')).toBe(5)

    // A finished import leaves no journal: the next run updates everything again.
    const third = await run(sheet)
    expect(third.updated).toHaveLength(5)
  })
})

describe('export', () => {
  it('writes CSV and JSON that the importer reads back, with formulas neutralised', async () => {
    const items = await collectItems(payload, COLLECTION, editor as unknown as User)
    const formula = items.find((item) => item.identifier === 'BAD-0017')!
    expect(formula.title).toMatch(/^=HYPERLINK/)
    const csv = itemsToCsv(items)
    expect(csv.startsWith('\uFEFFdc:identifier,dc:title,')).toBe(true)
    expect(csv).toContain(`BAD-0017,"'=HYPERLINK(""http://evil.example/"",""клік"")"`)
    expect(csv).toContain('SOL-IM-0002,Листівка «Привіт із Солом’янки»,')
    const json = JSON.parse(itemsToJson(items)) as Record<string, unknown>[]
    expect(json.find((item) => item['dc:identifier'] === 'SOL-IM-0003')).toMatchObject({
      'dc:type': 'map',
      'dcmi:type': 'StillImage',
      'dc:rights': 'http://rightsstatements.org/vocab/CNE/1.0/',
      'dc:date': '1941–1943',
    })

    const count = await countItems('')
    const reimport = await run(csv)
    expect(reimport.fatal).toEqual([])
    expect(reimport.notes.join(' ')).toMatch(/status/)
    expect(reimport.created).toEqual([])
    expect(reimport.updated.length).toBe(items.length - reimport.problems.length)
    expect(await countItems('')).toBe(count)
    expect((await itemByIdentifier('BAD-0017'))!.title).toBe(
      '=HYPERLINK("http://evil.example/","клік")',
    )
  })

  it('neutralises every formula trigger', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])
      expect(neutraliseFormula(cell)).toBe(`'${cell}`)
    expect(neutraliseFormula('Звичайний текст')).toBe('Звичайний текст')
  })
})

describe('years from the written date in the Items collection', () => {
  it('fills empty years, follows a changed date, and keeps years set by hand', async () => {
    const [collection] = (
      await payload.find({
        collection: 'digital-collections',
        where: { slug: { equals: COLLECTION } },
        overrideAccess: true,
      })
    ).docs
    const item = await payload.create({
      collection: 'items',
      data: {
        identifier: 'DATE-0001',
        title: 'Дата з тексту',
        type: 'photo',
        collections: [collection!.id],
        dateWritten: 'кінець XIX ст.',
        _status: 'published',
      },
      ...as(editor),
    })
    expect(item).toMatchObject({ startYear: 1875, endYear: 1899 })
    const changed = await payload.update({
      collection: 'items',
      id: item.id,
      data: { dateWritten: '1930-ті' },
      ...as(editor),
    })
    expect(changed).toMatchObject({ startYear: 1930, endYear: 1939 })
    const manual = await payload.update({
      collection: 'items',
      id: item.id,
      data: { startYear: 1932, endYear: 1934 },
      ...as(editor),
    })
    const again = await payload.update({
      collection: 'items',
      id: manual.id,
      data: { dateWritten: '1930-ті (уточнено)' },
      ...as(editor),
    })
    expect(again).toMatchObject({ startYear: 1932, endYear: 1934 })
  })
})

describe('the command line', () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          'cms/importer/cli.ts',
          ...args,
        ],
        { cwd: repoRoot, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('exit', (code) => resolve({ code, stdout, stderr }))
    })

  it('reports problems by row in a dry run and exits with 1; imports with a progress bar', async () => {
    const bad = await writeTemp(
      'bad.csv',
      `${HEADER}\nCLI-0001,Добрий,photo,1930-ті,,,,\nCLI-0002,Погана дата,photo,колись,,,,\n`,
    )
    const dry = await cli([
      bad,
      '--collection',
      COLLECTION,
      '--dry-run',
      '--user',
      editor.email as string,
    ])
    expect(dry.code).toBe(1)
    expect(dry.stdout).toContain('Рядок 3 (CLI-0002): не вдалося прочитати дату «колись»')
    expect(dry.stdout).toContain('Пробний запуск: буде створено 1, оновлено 0. Нічого не записано.')
    expect(await countItems('CLI-')).toBe(0)

    const good = await writeTemp('good.csv', `${HEADER}\nCLI-0001,Добрий,photo,1930-ті,,,,\n`)
    const real = await cli([good, '--collection', COLLECTION, '--user', editor.email as string])
    expect(real.code).toBe(0)
    expect(real.stderr).toContain('1/1 CLI-0001')
    expect(real.stdout).toContain('Створено: 1; оновлено: 0.')
    expect(await countItems('CLI-')).toBe(1)
  })
})

describe('text the admin would refuse', () => {
  it('reports control and direction characters and overlong cells by row, and imports none of those rows', async () => {
    const sheet = [
      HEADER,
      `SOL-TX-0001,NUL\u0000in title,photo,,,${COLLECTION},,`,
      `SOL-TX-0002,invoice\u202Efdp,photo,,,${COLLECTION},,`,
      `SOL-TX-0003,${'я'.repeat(501)},photo,,,${COLLECTION},,`,
      `SOL-TX-0004,Звичайна назва,photo,,,${COLLECTION},,Тема\u0007`,
      `SOL-TX-0005,Звичайна назва,photo,,,${COLLECTION},,Вокзал`,
    ].join('\n')
    const report = await run(sheet, { dryRun: true })
    expect(report.problems.map(({ row, column }) => [row, column])).toEqual([
      [2, 'title'],
      [3, 'title'],
      [4, 'title'],
      [5, 'subjects'],
    ])
    expect(report.problems[0]!.message).toMatch(/керівний символ U\+0000 \(символ 4\)/)
    expect(report.problems[1]!.message).toMatch(/зміни напрямку тексту U\+202E/)
    expect(report.problems[2]!.message).toMatch(/501 символів, найбільше 500/)
    expect(report.wouldCreate).toEqual(['SOL-TX-0005'])
  })
})
