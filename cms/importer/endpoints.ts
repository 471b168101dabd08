import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { isAdminUser, isContentManager } from '../access/roles'
import { collectItems, itemsToCsv, itemsToJson } from './exportCollection'
import { importItems } from './importItems'
import { importRuns } from './runs'

const json = (body: unknown, status = 200) => Response.json(body, { status })

/**
 * Starts an import from the admin: multipart form with `sheet` (CSV), optional `images` (ZIP),
 * `collection` (slug), `publish` and `dryRun` ("true"/"false"). Answers at once with the run's
 * id; the page polls `GET /api/items-import/<id>` for progress and the row-by-row report.
 */
const start: Endpoint = {
  path: '/items-import',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user || !isContentManager(user))
      return json({ error: 'Імпортувати об’єкти можуть лише редактори й адміністратори.' }, 403)
    let form: FormData
    try {
      form = await req.formData!()
    } catch {
      return json({ error: 'Надішліть форму з файлом таблиці (multipart/form-data).' }, 400)
    }
    const sheet = form.get('sheet')
    if (!(sheet instanceof File) || sheet.size === 0)
      return json({ error: 'Оберіть файл таблиці (CSV або XLSX).' }, 400)
    const images = form.get('images')
    const collectionField = form.get('collection')
    const collection =
      typeof collectionField === 'string' && collectionField.trim()
        ? collectionField.trim()
        : undefined
    const dryRun = form.get('dryRun') === 'true'
    const publish = form.get('publish') === 'true'
    let folder: string | undefined
    let zipFile: string | undefined
    if (images instanceof File && images.size > 0) {
      folder = await mkdtemp(path.join(os.tmpdir(), 'cbs-upload-'))
      zipFile = path.join(folder, 'images.zip')
      await writeFile(zipFile, Buffer.from(await images.arrayBuffer()))
    }
    const bytes = new Uint8Array(await sheet.arrayBuffer())
    const run = importRuns.start(user.id, dryRun)
    req.payload.logger.info({ msg: 'Item import started', run: run.id, user: user.id, dryRun })
    // Runs on after the response; the page polls for progress.
    void importItems(req.payload, {
      sheet: { bytes, name: sheet.name },
      images: zipFile,
      collection,
      dryRun,
      publish,
      user: user,
      onProgress: ({ done, total, identifier, action }) => {
        run.progress = { done, total, identifier, action }
      },
    })
      .then((report) => {
        run.report = report
        run.state = 'done'
      })
      .catch((error: unknown) => {
        run.state = 'failed'
        run.error = error instanceof Error ? error.message : String(error)
        req.payload.logger.error({ err: error, msg: 'Item import failed', run: run.id })
      })
      .finally(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined))
    return json({ id: run.id }, 202)
  },
}

const status: Endpoint = {
  path: '/items-import/:id',
  method: 'get',
  handler: (req) => {
    const user = req.user
    const id = req.routeParams?.id
    const run = typeof id === 'string' ? importRuns.get(id) : undefined
    if (!user || !run || (run.userId !== user.id && !isAdminUser(user)))
      return json({ error: 'Імпорт не знайдено.' }, 404)
    return json(run)
  },
}

/**
 * A collection's items (drafts included) as CSV the importer reads back, or as JSON:
 * `GET /api/items-export?collection=<slug>&format=csv|json`, for editors and admins.
 */
const exportItems: Endpoint = {
  path: '/items-export',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user || !isContentManager(user))
      return json({ error: 'Експортувати об’єкти можуть лише редактори й адміністратори.' }, 403)
    const collection = req.searchParams?.get('collection') ?? ''
    const format = req.searchParams?.get('format') === 'json' ? 'json' : 'csv'
    try {
      const items = await collectItems(req.payload, collection, user)
      const body = format === 'json' ? itemsToJson(items) : itemsToCsv(items)
      return new Response(body, {
        headers: {
          'Content-Type':
            format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${collection}.${format}"`,
          'Cache-Control': 'no-store',
        },
      })
    } catch (error) {
      return json({ error: error instanceof Error ? error.message : String(error) }, 404)
    }
  },
}

export const importEndpoints: Endpoint[] = [start, status, exportItems]
