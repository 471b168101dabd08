import { createHash } from 'node:crypto'

import { ITEM_TYPES, type ItemType } from '@domain/vocabularies/itemTypes'
import { ITEM_IDENTIFIER_PATTERN, YEAR_BOUNDS } from '@domain/heritage/identifiers'
import { describeDateProblem, parseDateWritten } from '@domain/heritage/parseDateWritten'
import { Items } from '../collections/Items'
import { findTextField, textRuleOf } from '../fields/plainText/plugin'
import { checkText, describeTextProblem, type TextRule } from '../fields/plainText/rules'
import {
  RIGHTS_STATEMENTS,
  rightsCodeFromUri,
  type RightsCode,
} from '@domain/vocabularies/rightsStatements'
import { checkImage, type CheckedImage } from './checkImage'
import { mapHeader, MULTI_SEPARATOR, type ColumnKey } from './columns'
import type { ImageSource } from './imageSource'
import type { Sheet } from './readSheet'

type Id = number | string

/** One problem, tied to a row of the sheet (row 1 is the header) and, when known, a column. */
export type RowProblem = { row: number; identifier?: string; column?: string; message: string }

/** A row that passed every check, ready to be written. */
export type ValidRow = {
  row: number
  identifier: string
  /** Hash of everything the row writes, so a resumed import can tell a finished row. */
  fingerprint: string
  data: {
    identifier: string
    title: string
    collections: Id[]
    type: ItemType
    creator?: string
    dateWritten?: string
    startYear?: number
    endYear?: number
    description?: string
    subjects?: string[]
    places?: string[]
    language?: string
    format?: string
    extent?: string
    source?: { branch?: Id; shelfMark?: string }
    rights?: RightsCode
    transcription?: string
  }
  images: { image: CheckedImage; label?: string }[]
}

export type Validation = {
  rows: ValidRow[]
  problems: RowProblem[]
  /** Notes about the whole file: encoding converted, columns ignored. */
  notes: string[]
  /** Problems that stop the whole import (a required column is missing). */
  fatal: string[]
  total: number
}

export type ValidationContext = {
  /** Digital collections by slug. */
  collections: Map<string, Id>
  /** Branches by slug, full and short name (lower case). */
  branches: Map<string, Id>
  /** The collection for rows that name none (`--collection`). */
  defaultCollection?: string
  images?: ImageSource
  maxImageBytes: number
}

/**
 * The columns written to text fields of an item, with the field each goes to: a cell follows the
 * same rule as the field in the admin (no control or direction-override characters, the field's
 * maximum length), so a row the admin would refuse is reported here instead of half-imported.
 */
const TEXT_COLUMNS: [ColumnKey, string, 'one' | 'list'][] = [
  ['title', 'title', 'one'],
  ['creator', 'creator', 'one'],
  ['dateWritten', 'dateWritten', 'one'],
  ['description', 'description', 'one'],
  ['subjects', 'subjects', 'list'],
  ['places', 'places', 'list'],
  ['language', 'language', 'one'],
  ['format', 'format', 'one'],
  ['extent', 'extent', 'one'],
  ['shelfMark', 'shelfMark', 'one'],
  ['imageLabels', 'label', 'list'],
  ['transcription', 'transcription', 'one'],
]

function itemTextRule(fieldName: string): TextRule {
  const field = findTextField(Items.fields, fieldName)
  if (!field) throw new Error(`Items has no text field "${fieldName}" for the importer's column`)
  return textRuleOf(field)
}

const TEXT_RULES = new Map(TEXT_COLUMNS.map(([column, field]) => [column, itemTextRule(field)]))

/** Types by our key, Ukrainian label or English label, in any case. */
const TYPE_NAMES = new Map<string, ItemType>()
for (const [key, type] of Object.entries(ITEM_TYPES) as [
  ItemType,
  (typeof ITEM_TYPES)[ItemType],
][]) {
  for (const name of [key, type.label.uk, type.label.en]) TYPE_NAMES.set(name.toLowerCase(), key)
}
TYPE_NAMES.set('фото', 'photo')
TYPE_NAMES.set('карта', 'map')

const list = (value: string) =>
  value
    .split(MULTI_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)

function readRights(value: string): RightsCode | undefined {
  const trimmed = value.trim()
  const byCode = RIGHTS_STATEMENTS.find(
    (entry) => entry.code.toLowerCase() === trimmed.toLowerCase(),
  )
  return byCode?.code ?? rightsCodeFromUri(trimmed)
}

function readYear(value: string): number | 'bad' | undefined {
  if (!value.trim()) return undefined
  const year = Number(value.trim())
  return Number.isInteger(year) && year >= YEAR_BOUNDS.min && year <= YEAR_BOUNDS.max ? year : 'bad'
}

/**
 * Checks every row of a sheet and reports each problem by row, in Ukrainian: missing or badly
 * formed identifier, a duplicate identifier within the file, an unknown collection, type,
 * branch or rights statement, a date that cannot be read, a row with too few or too many cells,
 * an image that is missing, not an image, corrupt or too large. Nothing is written.
 */
export async function validateRows(sheet: Sheet, context: ValidationContext): Promise<Validation> {
  const header = mapHeader(sheet.header)
  const notes: string[] = []
  const fatal: string[] = []
  const problems: RowProblem[] = []
  if (sheet.encoding === 'windows-1251')
    notes.push('Файл у кодуванні Windows-1251: його перекодовано в UTF-8.')
  if (header.unknown.length)
    notes.push(
      `Невідомі стовпці пропущено: ${header.unknown.map((name) => `«${name}»`).join(', ')}. Їхні дані не імпортуються.`,
    )
  if (header.duplicated.length)
    notes.push(
      `Стовпці повторюються, ужито лише перший: ${header.duplicated.map((name) => `«${name}»`).join(', ')}.`,
    )
  for (const key of header.missing)
    fatal.push(`У таблиці немає обов’язкового стовпця «${key}» (або dc:${key}).`)
  if (!header.fields.includes('collections') && !context.defaultCollection)
    fatal.push(
      'Не вказано колекцію: додайте стовпець «collection» або оберіть колекцію для імпорту.',
    )
  if (fatal.length) return { rows: [], problems, notes, fatal, total: sheet.rows.length }

  // Identifiers that occur more than once: none of those rows is imported, since which one is
  // right cannot be known.
  const identifierColumn = header.fields.indexOf('identifier')
  const rowsById = new Map<string, number[]>()
  for (const { row, cells } of sheet.rows) {
    const identifier = cells[identifierColumn]?.trim()
    if (identifier) rowsById.set(identifier, [...(rowsById.get(identifier) ?? []), row])
  }

  const rows: ValidRow[] = []
  for (const { row, cells } of sheet.rows) {
    const rowProblems: RowProblem[] = []
    const value = (key: ColumnKey): string => {
      const index = header.fields.indexOf(key)
      const cell = index === -1 ? '' : (cells[index] ?? '').trim()
      // «'=…» is how our exports (and spreadsheets) mark a formula-like text: read it back as text.
      return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell
    }
    const identifier = value('identifier')
    const problem = (message: string, column?: ColumnKey) =>
      rowProblems.push({ row, identifier: identifier || undefined, column, message })

    if (cells.length < sheet.header.length)
      problem(
        `у рядку ${cells.length} клітинок, а стовпців ${sheet.header.length}: бракує клітинок (можливо, рядок обірвано або зсунуто)`,
      )
    if (
      cells.length > sheet.header.length &&
      cells.slice(sheet.header.length).some((cell) => cell.trim())
    )
      problem(
        `у рядку ${cells.length} клітинок, а стовпців ${sheet.header.length}: зайві клітинки без заголовка (можливо, зайвий розділювач)`,
      )

    if (!identifier) problem('не вказано ідентифікатор', 'identifier')
    else if (!ITEM_IDENTIFIER_PATTERN.test(identifier))
      problem(
        `ідентифікатор «${identifier}» має складатися з великих латинських літер, цифр і дефісів, напр. «SOL-PH-0001»`,
        'identifier',
      )
    const sameId = identifier ? (rowsById.get(identifier) ?? []) : []
    if (sameId.length > 1)
      problem(
        `ідентифікатор «${identifier}» повторюється в рядках ${sameId.join(', ')}: жоден із них не імпортовано`,
        'identifier',
      )

    const title = value('title')
    if (!title) problem('не вказано назву', 'title')
    for (const [column, , shape] of TEXT_COLUMNS) {
      const rule = TEXT_RULES.get(column)!
      const texts = shape === 'list' ? list(value(column)) : [value(column)]
      for (const text of texts) {
        const found = checkText(text, rule)
        if (found) {
          problem(`стовпець «${column}»: ${describeTextProblem(found)}`, column)
          break
        }
      }
    }

    const typeText = value('type')
    const type = TYPE_NAMES.get(typeText.toLowerCase())
    if (!type)
      problem(
        typeText
          ? `невідомий тип «${typeText}»; можливі: ${Object.values(ITEM_TYPES)
              .map((t) => t.label.uk.toLowerCase())
              .join(', ')}`
          : 'не вказано тип об’єкта',
        'type',
      )

    const collectionSlugs = value('collections')
      ? list(value('collections'))
      : context.defaultCollection
        ? [context.defaultCollection]
        : []
    const collections: Id[] = []
    for (const slug of collectionSlugs) {
      const id = context.collections.get(slug)
      if (id === undefined) problem(`невідома колекція «${slug}»`, 'collections')
      else collections.push(id)
    }
    if (!collectionSlugs.length) problem('не вказано колекцію', 'collections')

    const dateWritten = value('dateWritten')
    let startYear: number | undefined
    let endYear: number | undefined
    if (dateWritten) {
      const parsed = parseDateWritten(dateWritten)
      if (parsed.ok) {
        startYear = parsed.date.startYear
        endYear = parsed.date.endYear
      } else problem(describeDateProblem(parsed), 'dateWritten')
    }
    for (const key of ['startYear', 'endYear'] as const) {
      const year = readYear(value(key))
      if (year === 'bad')
        problem(
          `рік «${value(key)}» має бути числом від ${YEAR_BOUNDS.min} до ${YEAR_BOUNDS.max}`,
          key,
        )
      else if (year !== undefined) {
        if (key === 'startYear') startYear = year
        else endYear = year
      }
    }
    if (startYear !== undefined && endYear !== undefined && endYear < startYear)
      problem(`кінцевий рік ${endYear} раніше початкового ${startYear}`, 'endYear')

    const rightsText = value('rights')
    const rights = rightsText ? readRights(rightsText) : undefined
    if (rightsText && !rights)
      problem(
        `невідоме зазначення прав «${rightsText}»; вкажіть код або адресу RightsStatements.org, напр. «InC» чи «http://rightsstatements.org/vocab/NoC-US/1.0/»`,
        'rights',
      )

    const branchText = value('branch')
    const branch = branchText ? context.branches.get(branchText.toLowerCase()) : undefined
    if (branchText && branch === undefined) problem(`невідома бібліотека «${branchText}»`, 'branch')

    const images: ValidRow['images'] = []
    const files = list(value('images'))
    const labels = list(value('imageLabels'))
    if (files.length && !context.images)
      problem(
        'у рядку названо файли зображень, але теку чи ZIP-архів зображень не передано',
        'images',
      )
    for (const [index, name] of files.entries()) {
      if (!context.images) break
      const file = context.images.find(name)
      if (!file) {
        problem(`файл зображення «${name}» не знайдено в теці чи архіві`, 'images')
        continue
      }
      const checked = await checkImage(file, context.maxImageBytes)
      if (!checked.ok) problem(checked.reason, 'images')
      else images.push({ image: checked, label: labels[index] })
    }

    if (rowProblems.length || !type) {
      problems.push(...rowProblems)
      continue
    }
    const data: ValidRow['data'] = {
      identifier,
      title,
      collections,
      type,
      creator: value('creator') || undefined,
      dateWritten: dateWritten || undefined,
      startYear,
      endYear,
      description: value('description') || undefined,
      subjects: list(value('subjects')),
      places: list(value('places')),
      language: value('language') || undefined,
      format: value('format') || undefined,
      extent: value('extent') || undefined,
      source:
        branch !== undefined || value('shelfMark')
          ? { branch, shelfMark: value('shelfMark') || undefined }
          : undefined,
      rights,
      transcription: value('transcription') || undefined,
    }
    const fingerprint = createHash('sha256')
      .update(JSON.stringify(data))
      .update(images.map(({ image, label }) => `${image.hash}:${label ?? ''}`).join('|'))
      .digest('hex')
      .slice(0, 16)
    rows.push({ row, identifier, fingerprint, data, images })
  }
  return { rows, problems, notes, fatal, total: sheet.rows.length }
}
