import { spawn, type ChildProcess } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'

// The whole stack as `npm start` runs it, on its own data and ports: an editor publishes a news
// item tagged with a programme task, and the task's page on the served site lists it.
const CMS = 'http://127.0.0.1:3232'
const SITE = 'http://127.0.0.1:4352'
const DATA_DIR = path.join(repoRoot, 'data', 'e2e-programme')
const TASK = 'biblioteky-khaby'

const stackEnv = {
  ...process.env,
  DATA_DIR,
  DATABASE_URI: '',
  CMS_PORT: '3232',
  CMS_URL: CMS,
  SITE_PORT: '4352',
  SITE_URL: SITE,
  PREVIEW_PORT: '4362',
  PREVIEW_URL: 'http://127.0.0.1:4362',
  SEED_ON_START: 'true',
}

let stack: ChildProcess | undefined
let output = ''

async function startStack(): Promise<void> {
  stack = spawn(
    process.execPath,
    [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cms/scripts/start.ts'],
    { cwd: repoRoot, env: stackEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  stack.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  stack.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await expect
    .poll(async () => (await fetch(`${SITE}/`).catch(() => undefined))?.status, {
      timeout: 540_000,
      intervals: [1000],
    })
    .toBe(200)
}

async function token(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${CMS}/api/users/login`, { data: LOCAL_ADMIN })
  return ((await response.json()) as { token: string }).token
}

const served = async (urlPath: string) => (await fetch(`${SITE}${urlPath}`)).text()

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  await rm(DATA_DIR, { recursive: true, force: true })
  await startStack()
})

test.afterAll(async () => {
  if (stack?.pid) process.kill(-stack.pid, 'SIGTERM')
  await writeFile(path.join(repoRoot, 'test-results', 'programme-stack.log'), output).catch(
    () => undefined,
  )
})

test('a news item published with a task appears on the task’s page and in its data set', async ({
  request,
  page,
}) => {
  const headers = { Authorization: `JWT ${await token(request)}` }
  const found = await request.get(
    `${CMS}/api/programme-tasks?where[slug][equals]=${TASK}&depth=0`,
    { headers },
  )
  const task = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]!
  expect(task, 'the seeded programme has the task').toBeDefined()
  const taskPage = `/prohrama/${TASK}/`
  const before = await served(taskPage)

  const marker = String(Date.now())
  const title = `Читацький хаб відкрився після ремонту ${marker}`
  const created = await request.post(`${CMS}/api/news`, {
    headers,
    data: {
      title,
      excerpt: 'Простір для зустрічей, навчання й роботи.',
      programmeTasks: [task.id],
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const news = ((await created.json()) as { doc: { slug: string } }).doc
  const link = `href="/novyny/${news.slug}/"`
  expect(before).not.toContain(link)

  await expect
    .poll(async () => (await served(taskPage)).includes(link), {
      timeout: 300_000,
      intervals: [1000],
    })
    .toBe(true)

  await page.goto(`${SITE}${taskPage}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(task.title)
  const latest = page.locator('h2#novyny + ul')
  // The first in the list: it is the newest news item of the task.
  await expect(latest.getByRole('link').first()).toContainText(marker)
  await expect(latest.getByRole('link').first()).toHaveAttribute('href', `/novyny/${news.slug}/`)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])

  // The same release's open data counts it too.
  const rows = (await (await fetch(`${SITE}/vidkryti-dani/novyny.json`)).json()) as {
    slug: string
    programme_tasks: string[]
  }[]
  expect(rows.find((row) => row.slug === news.slug)?.programme_tasks).toEqual([TASK])
})
