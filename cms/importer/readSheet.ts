import { parse } from 'csv-parse/sync'

import { decodeSheet, SheetFileError, type SheetEncoding } from './encoding'

export type SheetRow = {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number
  cells: string[]
}

export type Sheet = {
  encoding: SheetEncoding
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

/**
 * Reads a CSV metadata sheet: detects the encoding and delimiter, keeps every cell as text
 * (a formula such as `=HYPERLINK(…)` is text here, never evaluated) and numbers the rows as a
 * spreadsheet does, so problems can be reported by row.
 */
export function readSheet(bytes: Uint8Array, name = 'sheet.csv'): Sheet {
  if (/\.(xlsx?|ods)$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new SheetFileError(
      `Файл «${name}» — книга Excel/Calc, а не CSV. Збережіть аркуш як «CSV UTF-8 (з розділювачами-комами)» і завантажте його.`,
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
  const [first, ...rest] = records
  if (!first) throw new SheetFileError('Файл порожній: немає навіть рядка заголовків.')
  // Row numbers count records, as a spreadsheet shows them (a cell may span several lines).
  const rows = rest
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
  return { encoding, delimiter, header: first.map((cell) => cell.trim()), rows }
}
