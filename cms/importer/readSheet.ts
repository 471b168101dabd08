import { parse } from 'csv-parse/sync'

import { decodeSheet, SheetFileError, type SheetEncoding } from './encoding'
import { readWorkbook } from './readWorkbook'

export type SheetRow = {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number
  cells: string[]
}

export type Sheet = {
  /** The text encoding of a CSV, or `xlsx` for a workbook. */
  encoding: SheetEncoding | 'xlsx'
  delimiter: string
  header: string[]
  rows: SheetRow[]
}

const DELIMITERS = [',', ';', '\t'] as const

/** The delimiter that splits the header line into most columns (Excel in Ukraine writes «;»). */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  let best: string = ','
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1
    if (count > bestCount) {
      best = delimiter
      bestCount = count
    }
  }
  return best
}

/** Whether the bytes are a ZIP-based workbook (XLSX, ODS) rather than text. */
function isWorkbook(bytes: Uint8Array, name: string): boolean {
  return /\.(xlsx|xlsm|ods)$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b)
}

/** Rows as a spreadsheet numbers them (a cell may span several lines); empty rows dropped. */
function numbered(records: string[][]): Pick<Sheet, 'header' | 'rows'> {
  const [first, ...rest] = records
  if (!first || first.every((cell) => cell.trim() === ''))
    throw new SheetFileError('Файл порожній: немає навіть рядка заголовків.')
  const rows = rest
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
  return { header: first.map((cell) => cell.trim()), rows }
}

/**
 * Reads a metadata sheet: CSV (encoding and delimiter detected) or the first worksheet of an
 * XLSX/ODS workbook. Every cell is kept as text (a formula such as `=HYPERLINK(…)` is text here,
 * never evaluated) and rows are numbered as a spreadsheet does, so problems can be reported by row.
 */
export function readSheet(bytes: Uint8Array, name = 'sheet.csv'): Sheet {
  if (isWorkbook(bytes, name))
    return { encoding: 'xlsx', delimiter: '', ...numbered(readWorkbook(bytes, name)) }
  if (/\.xls$/i.test(name))
    throw new SheetFileError(
      `Файл «${name}» — стара книга Excel (.xls). Збережіть її як .xlsx або «CSV UTF-8» і завантажте знову.`,
    )
  const { text, encoding } = decodeSheet(bytes)
  const delimiter = guessDelimiter(text)
  let records: string[][]
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: false,
    }) satisfies string[][]
  } catch (cause) {
    const line = (cause as { lines?: number }).lines
    throw new SheetFileError(
      `Не вдалося прочитати CSV${line ? ` (рядок ${line})` : ''}: ${(cause as Error).message}. Перевірте лапки в клітинках.`,
      { cause },
    )
  }
  return { encoding, delimiter, ...numbered(records) }
}
