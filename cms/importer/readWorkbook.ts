import * as XLSX from '@e965/xlsx'

import { SheetFileError } from './encoding'

/** Largest workbook read (it is unpacked in memory). */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024

/** SheetJS's number-format helpers (typed `any` upstream). */
const SSF = XLSX.SSF as {
  is_date(format: string | number): boolean
  parse_date_code(value: number): { y: number; m: number; d: number }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** One cell as the librarian sees it: a formula as its text, a date as ДД.ММ.РРРР. */
function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return ''
  // A formula is kept as written, never its computed result: `=HYPERLINK(…)` stays text.
  if (cell.f) return `=${cell.f}`
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z && SSF.is_date(cell.z)) {
    // Excel turns «12.05.1957» into a date serial; read it back without any time zone.
    const date = SSF.parse_date_code(cell.v)
    return `${pad(date.d)}.${pad(date.m)}.${date.y}`
  }
  if (cell.w !== undefined) return cell.w
  return cell.v === undefined || cell.v === null ? '' : String(cell.v)
}

/**
 * The first worksheet of an XLSX (or ODS) workbook as rows of text cells, the header first,
 * with empty rows kept so row numbers match what the spreadsheet shows. Every row is as wide as
 * the header; cells to the right of it stay only when something is written there.
 */
export function readWorkbook(bytes: Uint8Array, name: string): string[][] {
  if (bytes.length > MAX_WORKBOOK_BYTES)
    throw new SheetFileError(
      `Книга «${name}» завелика (понад ${MAX_WORKBOOK_BYTES / 1024 / 1024} МБ). Збережіть аркуш як CSV.`,
    )
  let workbook: XLSX.WorkBook
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellFormula: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      dense: false,
    })
  } catch (cause) {
    throw new SheetFileError(
      `Не вдалося прочитати книгу «${name}»: файл пошкоджений або це не XLSX/ODS. Збережіть аркуш як CSV.`,
      { cause },
    )
  }
  const sheetName = workbook.SheetNames[0]
  const sheet = sheetName ? workbook.Sheets[sheetName] : undefined
  if (!sheet?.['!ref']) throw new SheetFileError(`У книзі «${name}» немає заповненого аркуша.`)
  const range = XLSX.utils.decode_range(sheet['!ref'])
  const rows: string[][] = []
  for (let row = 0; row <= range.e.r; row += 1) {
    const cells: string[] = []
    for (let column = 0; column <= range.e.c; column += 1)
      cells.push(
        cellText(
          sheet[XLSX.utils.encode_cell({ r: row, c: column })] as XLSX.CellObject | undefined,
        ),
      )
    rows.push(cells)
  }
  const header = rows[0] ?? []
  while (header.length && header[header.length - 1]!.trim() === '') header.pop()
  return rows.map((cells, index) =>
    index === 0 || cells.slice(header.length).some((cell) => cell.trim() !== '')
      ? cells
      : cells.slice(0, header.length),
  )
}
