import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importEndpoints } from '@cms/importer/endpoints'
import type { ImportRun } from '@cms/importer/runs'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createUser, type TestUser } from '../support/fixtures'
import { SAMPLE_DIR, zipBytes } from '../support/importFixtures'

let payload: Payload
let editor: TestUser
let otherEditor: TestUser
let branchEditor: TestUser
const [start, status, exportItems] = importEndpoints

beforeAll(async () => {
  payload = await startTestCms()
  editor = await createUser(payload, 'editor')
  otherEditor = await createUser(payload, 'editor')
  const branch = await createBranch(payload, 'Бібліотека для тесту імпорту')
  branchEditor = await createUser(payload, 'branch-editor', branch.id)
  await payload.create({
    collection: 'digital-collections',
    data: { title: 'Листівки', slug: 'lystivky', _status: 'published' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await stopTestCms(payload)
})

async function sampleForm(options: { dryRun: boolean; publish: boolean }): Promise<FormData> {
  const form = new FormData()
  const sheet = await readFile(path.join(SAMPLE_DIR, 'items.csv'))
  form.set('sheet', new File([new Uint8Array(sheet)], 'items.csv', { type: 'text/csv' }))
  const scans = await Promise.all(
    ['SOL-IM-0001.jpg', 'SOL-IM-0002-1.jpg', 'SOL-IM-0002-2.jpg', 'SOL-IM-0003.jpg'].map(
      async (name) => ({
        name: `scans/${name}`,
        data: await readFile(path.join(SAMPLE_DIR, 'scans', name)),
      }),
    ),
  )
  form.set(
    'images',
    new File([new Uint8Array(await zipBytes(scans))], 'scans.zip', { type: 'application/zip' }),
  )
  form.set('collection', 'lystivky')
  form.set('dryRun', String(options.dryRun))
  form.set('publish', String(options.publish))
  return form
}

function request(user: TestUser | undefined, form?: FormData, id?: string): PayloadRequest {
  return {
    payload,
    user: user ?? null,
    formData: () => Promise.resolve(form ?? new FormData()),
    routeParams: id ? { id } : {},
  } as unknown as PayloadRequest
}

async function runToEnd(user: TestUser, form: FormData): Promise<ImportRun> {
  const response = await start!.handler(request(user, form))
  expect(response.status).toBe(202)
  const { id } = (await response.json()) as { id: string }
  return waitFor(user, id)
}

async function waitFor(user: TestUser, id: string): Promise<ImportRun> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const run = (await (await status!.handler(request(user, undefined, id))).json()) as ImportRun
    if (run.state !== 'running') return run
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('the import did not finish')
}

describe('the admin import endpoints', () => {
  it('refuse anyone but editors and admins', async () => {
    for (const user of [undefined, branchEditor]) {
      const response = await start!.handler(
        request(user, await sampleForm({ dryRun: true, publish: false })),
      )
      expect(response.status).toBe(403)
    }
  })

  it('ask for a sheet', async () => {
    const response = await start!.handler(request(editor, new FormData()))
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toMatch(/таблиці/)
  })

  it('run a dry run, then the import with a ZIP of scans, reporting progress', async () => {
    const dry = await runToEnd(editor, await sampleForm({ dryRun: true, publish: false }))
    expect(dry.state).toBe('done')
    expect(dry.report).toMatchObject({
      dryRun: true,
      problems: [],
      wouldCreate: ['SOL-IM-0001', 'SOL-IM-0002', 'SOL-IM-0003'],
    })
    expect((await payload.count({ collection: 'items', overrideAccess: true })).totalDocs).toBe(0)

    const run = await runToEnd(editor, await sampleForm({ dryRun: false, publish: true }))
    expect(run.state).toBe('done')
    expect(run.report!.created).toEqual(['SOL-IM-0001', 'SOL-IM-0002', 'SOL-IM-0003'])
    expect(run.progress).toMatchObject({
      done: 3,
      total: 3,
      identifier: 'SOL-IM-0003',
      action: 'created',
    })
    const { docs } = await payload.find({
      collection: 'items',
      where: { identifier: { equals: 'SOL-IM-0002' } },
      overrideAccess: false,
    })
    expect(docs[0]?.images).toHaveLength(2)
  })

  it('show a run only to the person who started it', async () => {
    const response = await start!.handler(
      request(editor, await sampleForm({ dryRun: true, publish: false })),
    )
    const { id } = (await response.json()) as { id: string }
    expect((await status!.handler(request(otherEditor, undefined, id))).status).toBe(404)
    expect((await status!.handler(request(editor, undefined, id))).status).toBe(200)
    await waitFor(editor, id)
  })

  it('export a collection as CSV and JSON to editors only', async () => {
    const exportRequest = (user: TestUser | undefined, query: string) =>
      ({
        payload,
        user: user ?? null,
        searchParams: new URLSearchParams(query),
      }) as unknown as PayloadRequest
    expect(
      (await exportItems!.handler(exportRequest(branchEditor, 'collection=lystivky'))).status,
    ).toBe(403)
    const csv = await exportItems!.handler(exportRequest(editor, 'collection=lystivky&format=csv'))
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(await csv.text()).toContain('SOL-IM-0002,Листівка «Привіт із Солом’янки»')
    const jsonExport = await exportItems!.handler(
      exportRequest(editor, 'collection=lystivky&format=json'),
    )
    expect(JSON.parse(await jsonExport.text())).toHaveLength(3)
    expect((await exportItems!.handler(exportRequest(editor, 'collection=nemaie'))).status).toBe(
      404,
    )
  })
})
