import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { Payload, TypedUser } from 'payload'

import { formatKyivDateTime } from '@domain/format/dates'
import { neutraliseFormula } from '@domain/open-data/csvSafe'
import {
  REGISTRATION_STATUSES,
  type RegistrationStatus,
} from '@domain/vocabularies/registrationStatuses'
import { ukLabel } from '@domain/vocabularies/vocabulary'

/** One row of an occurrence's list, as staff see it in the admin and in the exports. */
export type RosterRow = {
  id: string | number
  name: string
  contact: string
  places: number
  comment: string
  status: RegistrationStatus
  checkedIn: boolean
  source: string
  createdAt: string
}

const STATUS_ORDER: RegistrationStatus[] = ['confirmed', 'waiting', 'cancelled']

/**
 * The registrations of one occurrence that `user` may read (access rules apply: a branch editor
 * sees only their branch's events), confirmed first, then waiting, then cancelled, each in
 * arrival order.
 */
export async function rosterOf(
  payload: Payload,
  user: TypedUser | null,
  eventId: string | number,
  occurrence: string,
): Promise<RosterRow[]> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { occurrence: { equals: occurrence } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return docs
    .map((doc) => ({
      id: doc.id,
      name: doc.name,
      contact: doc.contact,
      places: doc.places,
      comment: doc.comment ?? '',
      status: doc.status,
      checkedIn: Boolean(doc.checkedIn),
      source: doc.source,
      createdAt: doc.createdAt,
    }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
}

const HEADER = [
  '№',
  'Ім’я',
  'Контакт',
  'Місць',
  'Стан',
  'Прийшов(-ла)',
  'Коментар',
  'Джерело',
  'Зареєстровано',
]

function cells(row: RosterRow, index: number): (string | number)[] {
  return [
    index + 1,
    row.name,
    row.contact,
    row.places,
    ukLabel(REGISTRATION_STATUSES, row.status),
    row.checkedIn ? 'так' : '',
    row.comment,
    row.source === 'staff' ? 'вручну' : 'сайт',
    formatKyivDateTime(row.createdAt),
  ]
}

/** CSV for spreadsheets: UTF-8 with BOM, CRLF, every text cell guarded against formulas. */
export function rosterCsv(rows: RosterRow[]): string {
  const body = rows.map((row, index) =>
    cells(row, index).map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)),
  )
  return `\uFEFF${stringify([HEADER, ...body], { record_delimiter: '\r\n' })}`
}

/** XLSX for printing: a header row, column widths, the title above. Cells are text, never formulas. */
export async function rosterXlsx(rows: RosterRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Реєстрації', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  sheet.addRow([title]).font = { bold: true, size: 13 }
  sheet.addRow(HEADER).font = { bold: true }
  for (const [index, row] of rows.entries()) sheet.addRow(cells(row, index))
  const widths = [5, 28, 22, 7, 18, 12, 40, 10, 18]
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
