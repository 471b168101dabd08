import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { env } from '../config/env'
import type { User } from '../payload-types'
import { openImages, type ImageSource, type RefusedEntry } from './imageSource'
import { ImportJournal } from './journal'
import { SheetFileError } from './encoding'
import { readSheet, type Sheet } from './readSheet'
import { validateRows, type RowProblem, type ValidRow } from './validateRows'

type Id = number | string

export type ImportProgress = {
  done: number
  total: number
  row: number
  identifier: string
  action: 'created' | 'updated' | 'resumed' | 'failed'
}

export type ImportOptions = {
  /** The CSV sheet's bytes and its file name. */
  sheet: { bytes: Uint8Array; name: string }
  /** A folder or ZIP of scans. */
  images?: string
  /** Slug of the collection for rows without a collection column. */
  collection?: string
  /** Validate and report only; write nothing. */
  dryRun?: boolean
  /** Publish the items (default: save them as drafts). */
  publish?: boolean
  /** Who imports: every write is checked against this user's access. */
  user: User
  /** Where interrupted imports keep their journal (default `$DATA_DIR/imports`). */
  journalDir?: string
  onProgress?: (progress: ImportProgress) => void
  /** Stops after the current row; the next run of the same import resumes. */
  signal?: AbortSignal
}

export type ImportReport = {
  dryRun: boolean
  /** Data rows in the sheet. */
  total: number
  /** Rows that passed every check. */
  valid: number
  created: string[]
  updated: string[]
  /** Rows an earlier interrupted run had already written. */
  resumed: string[]
  /** In a dry run: which valid rows would create new items and which would update. */
  wouldCreate: string[]
  wouldUpdate: string[]
  problems: RowProblem[]
  notes: string[]
  fatal: string[]
  refusedFiles: RefusedEntry[]
  interrupted: boolean
}

/** The largest image the media collection accepts. */
const maxImageBytes = () => env.UPLOAD_MAX_MB * 1024 * 1024

async function lookups(payload: Payload, user: User) {
  const access = { overrideAccess: false, user } as const
  const [collections, branches] = await Promise.all([
    payload.find({
      collection: 'digital-collections',
      ...access,
      depth: 0,
      limit: 0,
      pagination: false,
    }),
    payload.find({ collection: 'branches', ...access, depth: 0, limit: 0, pagination: false }),
  ])
  const branchMap = new Map<string, Id>()
  for (const branch of branches.docs) {
    for (const name of [branch.slug, branch.name, branch.shortName])
      if (name) branchMap.set(name.toLowerCase(), branch.id)
  }
  return {
    collections: new Map<string, Id>(
      collections.docs.filter((doc) => doc.slug).map((doc) => [doc.slug!, doc.id]),
    ),
    branches: branchMap,
  }
}

async function findItem(payload: Payload, user: User, identifier: string) {
  const where: Where = { identifier: { equals: identifier } }
  const { docs } = await payload.find({
    collection: 'items',
    where,
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
  })
  return docs[0]
}

/** Finds the upload of this scan from an earlier run by its hash-based name, or uploads it. */
async function ensureMedia(payload: Payload, user: User, row: ValidRow, page: number): Promise<Id> {
  const { image } = row.images[page]!
  const filename = `${row.identifier.toLowerCase()}-${page + 1}-${image.hash}.${image.extension}`
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
  })
  if (docs[0]) return docs[0].id
  const data = await readFile(image.file)
  // Alt text is required (3+ characters): the title says what the scan shows.
  const title = row.data.title.trim().length >= 3 ? row.data.title : `Об’єкт ${row.identifier}`
  const alt = row.images.length > 1 ? `${title}, сторінка ${page + 1}` : title
  const created = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: image.mimetype, name: filename, size: data.length },
    overrideAccess: false,
    user,
  })
  return created.id
}

/** Only what the row says: empty cells and absent columns never erase stored values. */
function withoutEmpty<T extends Record<string, unknown>>(data: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([, value]) =>
        value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  ) as Partial<T>
}

async function writeRow(
  payload: Payload,
  options: ImportOptions,
  row: ValidRow,
): Promise<'created' | 'updated'> {
  const { user } = options
  const images: { image: Id; label?: string }[] = []
  for (let page = 0; page < row.images.length; page += 1)
    images.push({
      image: await ensureMedia(payload, user, row, page),
      label: row.images[page]!.label,
    })
  const status = options.publish ? 'published' : 'draft'
  const data = {
    ...withoutEmpty(row.data),
    ...(row.data.source ? { source: withoutEmpty(row.data.source) } : {}),
    ...(images.length ? { images } : {}),
    _status: status,
  } as const
  const existing = await findItem(payload, user, row.identifier)
  const common = { draft: !options.publish, overrideAccess: false, user, depth: 0 } as const
  if (existing) {
    await payload.update({ collection: 'items', id: existing.id, data: data as never, ...common })
    return 'updated'
  }
  await payload.create({ collection: 'items', data: data as never, ...common })
  return 'created'
}

function describeError(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const fields = data?.errors?.map((entry) => `${entry.path ?? ''}: ${entry.message ?? ''}`)
  return fields?.length ? fields.join('; ') : error instanceof Error ? error.message : String(error)
}

/**
 * Imports a metadata sheet and its scans as items: validates every row first and reports each
 * problem by row; then (unless a dry run) creates or updates one item per valid row, matched by
 * identifier, as drafts or published. Rows with problems are skipped, never half-written; the
 * journal lets an interrupted run resume where it stopped.
 */
export async function importItems(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    dryRun: Boolean(options.dryRun),
    total: 0,
    valid: 0,
    created: [],
    updated: [],
    resumed: [],
    wouldCreate: [],
    wouldUpdate: [],
    problems: [],
    notes: [],
    fatal: [],
    refusedFiles: [],
    interrupted: false,
  }
  let sheet: Sheet
  try {
    sheet = readSheet(options.sheet.bytes, options.sheet.name)
  } catch (error) {
    if (!(error instanceof SheetFileError)) throw error
    report.fatal.push(error.message)
    return report
  }
  let images: ImageSource | undefined
  try {
    if (options.images)
      images = await openImages(options.images, {
        maxFileBytes: maxImageBytes(),
        maxTotalBytes: 20 * 1024 * 1024 * 1024,
      })
    report.refusedFiles = images?.refused ?? []
    const context = await lookups(payload, options.user)
    if (options.collection && !context.collections.has(options.collection)) {
      report.fatal.push(`Колекції «${options.collection}» немає.`)
      return report
    }
    const validation = await validateRows(sheet, {
      ...context,
      defaultCollection: options.collection,
      images,
      maxImageBytes: maxImageBytes(),
    })
    Object.assign(report, {
      total: validation.total,
      valid: validation.rows.length,
      problems: validation.problems,
      notes: validation.notes,
      fatal: validation.fatal,
    })
    if (validation.fatal.length) return report

    if (options.dryRun) {
      for (const row of validation.rows) {
        const existing = await findItem(payload, options.user, row.identifier)
        ;(existing ? report.wouldUpdate : report.wouldCreate).push(row.identifier)
      }
      return report
    }

    const journal = ImportJournal.open(
      options.journalDir ?? path.join(env.dataDir, 'imports'),
      options.sheet.bytes,
      JSON.stringify({ collection: options.collection, publish: Boolean(options.publish) }),
    )
    const total = validation.rows.length
    for (const [index, row] of validation.rows.entries()) {
      if (options.signal?.aborted) {
        report.interrupted = true
        break
      }
      let action: ImportProgress['action']
      if (journal.isDone(row.identifier, row.fingerprint)) {
        action = 'resumed'
        report.resumed.push(row.identifier)
      } else {
        try {
          action = await writeRow(payload, options, row)
          report[action].push(row.identifier)
          await journal.markDone(row.identifier, row.fingerprint)
        } catch (error) {
          action = 'failed'
          report.problems.push({
            row: row.row,
            identifier: row.identifier,
            message: `не вдалося зберегти: ${describeError(error)}`,
          })
        }
      }
      options.onProgress?.({
        done: index + 1,
        total,
        row: row.row,
        identifier: row.identifier,
        action,
      })
    }
    if (!report.interrupted) await journal.finish()
    report.problems.sort((a, b) => a.row - b.row)
    return report
  } finally {
    await images?.close()
  }
}
