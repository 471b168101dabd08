import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'
import { signInToAdmin } from '../support/adminSignIn'

// The whole stack as `npm start` runs it (CMS, publisher, static server) on its own data and
// ports, started and killed by the tests themselves so that a crash can be staged.
const CMS = 'http://127.0.0.1:3230'
const SITE = 'http://127.0.0.1:4350'
const PREVIEW = 'http://127.0.0.1:4360'
const DATA_DIR = path.join(repoRoot, 'data', 'e2e-publishing')
const stackEnv = {
  ...process.env,
  DATA_DIR,
  DATABASE_URI: '',
  CMS_PORT: '3230',
  CMS_URL: CMS,
  SITE_PORT: '4350',
  SITE_URL: SITE,
  PREVIEW_PORT: '4360',
  PREVIEW_URL: PREVIEW,
  SEED_ON_START: 'true',
  SITE_BUILD_COMMAND: `${process.execPath} ${path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')} tests/e2e/support/faultableBuild.ts {outDir}`,
}

/** While this file exists, a started build waits (tests/e2e/support/faultableBuild.ts). */
const HOLD_BUILDS = path.join(DATA_DIR, 'hold-builds')

/** How many builds have started so far, as the build command records them. */
async function buildsStarted(): Promise<number> {
  const log = await readFile(path.join(DATA_DIR, 'builds-started'), 'utf8').catch(() => '')
  return log.split('\n').filter(Boolean).length
}

const stagingFolders = async () =>
  (await readdir(path.join(DATA_DIR, 'releases'))).filter((name) => name.startsWith('.staging-'))

let stack: ChildProcess | undefined
let output = ''

async function startStack(): Promise<void> {
  output = ''
  stack = spawn(
    process.execPath,
    [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cms/scripts/start.ts'],
    {
      cwd: repoRoot,
      env: stackEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  stack.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  stack.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await expect
    .poll(async () => (await fetch(`${SITE}/`).catch(() => undefined))?.status, {
      timeout: 540_000,
      intervals: [1000],
    })
    .toBe(200)
  await expect
    .poll(async () => (await fetch(`${CMS}/api/globals/site`).catch(() => undefined))?.status, {
      timeout: 60_000,
    })
    .toBe(200)
}

/** Kills the whole stack at once, as a crash or `kill -9` would. */
function killStack(signal: NodeJS.Signals = 'SIGKILL'): void {
  if (stack?.pid) process.kill(-stack.pid, signal)
  stack = undefined
}

async function token(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${CMS}/api/users/login`, { data: LOCAL_ADMIN })
  return ((await response.json()) as { token: string }).token
}

async function publishNews(request: APIRequestContext, auth: string, title: string) {
  const response = await request.post(`${CMS}/api/news`, {
    headers: { Authorization: `JWT ${auth}` },
    data: { title, excerpt: `${title}.`, _status: 'published' },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

const pageStatus = async (urlPath: string) => (await fetch(`${SITE}${urlPath}`)).status

/**
 * Searches the served site as a reader does and returns the result links, once the search page
 * says how many it found. A search that fails or never answers fails the test: "not found" is
 * only ever a search that ran and listed other results.
 */
async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`${SITE}/poshuk/?q=${encodeURIComponent(query)}`)
  const status = page.locator('#search-status')
  await expect(status).toHaveText(/знайдено/)
  const text = ((await status.textContent()) ?? '').replace(/\s/g, ' ')
  const total = /нічого не знайдено/.test(text) ? 0 : Number(/знайдено (\d+)/.exec(text)?.[1])
  expect(total, text).toBeGreaterThan(0)
  // Few enough to be listed on the first page, so a result missing from the list is not there.
  expect(total, text).toBeLessThanOrEqual(5)
  const links = page.locator('#search-results .search-result h2 a')
  await expect(links).toHaveCount(total)
  return links.evaluateAll((anchors) =>
    anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
  )
}

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.beforeAll(async () => {
  // Seeding and the first release take minutes on a busy machine; a hook has its own time limit,
  // the project's minute unless set here.
  test.setTimeout(600_000)
  await rm(DATA_DIR, { recursive: true, force: true })
  await startStack()
})

test.afterAll(async () => {
  killStack('SIGTERM')
  // What the stack printed, for reading after a failure.
  await writeFile(path.join(repoRoot, 'test-results', 'publishing-stack.log'), output).catch(
    () => undefined,
  )
})

test('a published news item reaches the served site and its search; unpublishing removes it from both', async ({
  request,
  page,
}) => {
  const auth = await token(request)
  // Another item the same word finds, so that the search after unpublishing lists a result.
  const other = await publishNews(request, auth, 'Кіновечір для дорослих читачів')
  const news = await publishNews(request, auth, 'Кіновечір для всієї родини в бібліотеці')
  const url = `/novyny/${news.slug}/`
  const otherUrl = `/novyny/${other.slug}/`
  await expect.poll(() => pageStatus(url), { timeout: 60_000 }).toBe(200)
  await expect.poll(() => pageStatus(otherUrl), { timeout: 60_000 }).toBe(200)
  // The search index is switched live with the pages it describes.
  expect(await searchResults(page, 'кіновечір')).toEqual(expect.arrayContaining([url, otherUrl]))

  await request.patch(`${CMS}/api/news/${news.id}`, {
    headers: { Authorization: `JWT ${auth}` },
    data: { _status: 'draft' },
  })
  await expect.poll(() => pageStatus(url), { timeout: 60_000 }).toBe(404)
  // Only news: a sample event («Кіновечір останньої п'ятниці») is found by the same word.
  const newsFound = (await searchResults(page, 'кіновечір')).filter((found) =>
    found.startsWith('/novyny/'),
  )
  expect(newsFound).toEqual([otherUrl])
})

test('publishes made while a build runs end in one more release that has all of them', async ({
  request,
}) => {
  const auth = await token(request)
  const state = async () =>
    (
      (await (
        await request.get(`${CMS}/api/globals/publisher`, {
          headers: { Authorization: `JWT ${auth}` },
        })
      ).json()) as { state?: string }
    ).state
  await expect.poll(state, { timeout: 60_000 }).toBe('idle')
  const buildsBefore = await buildsStarted()
  // A build is held running while four editors publish at once…
  await writeFile(HOLD_BUILDS, '')
  const first = await publishNews(request, auth, 'Новина, з якої почалася збірка')
  await expect.poll(buildsStarted, { timeout: 60_000 }).toBe(buildsBefore + 1)
  const titles = [
    'Швидка новина перша',
    'Швидка новина друга',
    'Швидка новина третя',
    'Швидка новина четверта',
  ]
  const published = await Promise.all(titles.map((title) => publishNews(request, auth, title)))
  expect(await state()).toBe('building')
  // …and once it ends, one more build publishes all four.
  await rm(HOLD_BUILDS)
  for (const news of [first, ...published])
    await expect.poll(() => pageStatus(`/novyny/${news.slug}/`), { timeout: 90_000 }).toBe(200)
  await expect.poll(state, { timeout: 60_000 }).toBe('idle')
  expect(await buildsStarted()).toBe(buildsBefore + 2)
})

test('a failed build leaves the previous release live and the admin shows why', async ({
  request,
  page,
}) => {
  const auth = await token(request)
  const status = async () =>
    (await (
      await request.get(`${CMS}/api/globals/publisher`, {
        headers: { Authorization: `JWT ${auth}` },
      })
    ).json()) as {
      liveRelease?: string
      lastFailure?: { message?: string; cause?: string }
    }
  const liveBefore = (await status()).liveRelease
  const homeBefore = await (await fetch(`${SITE}/`)).text()
  await writeFile(
    path.join(DATA_DIR, 'fail-next-build'),
    'Cannot render news «Зламана новина»: field body',
  )
  const broken = await publishNews(request, auth, 'Зламана новина')
  await expect
    .poll(async () => (await status()).lastFailure?.cause ?? '', { timeout: 60_000 })
    .toContain('Зламана новина')
  expect((await status()).liveRelease).toBe(liveBefore)
  expect(await pageStatus(`/novyny/${broken.slug}/`)).toBe(404)
  expect(await (await fetch(`${SITE}/`)).text()).toBe(homeBefore)
  expect(await stagingFolders()).toEqual([])

  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password, CMS)
  await page.goto(`${CMS}/admin/globals/publisher`)
  await expect(page.getByTestId('publisher-failure')).toContainText('Зламана новина')
  await expect(page.getByTestId('publisher-failure')).toContainText('Cannot render news')

  // Fixed: the rebuild button publishes what the failed build could not.
  await rm(path.join(DATA_DIR, 'fail-next-build'))
  await page.getByRole('button', { name: 'Перезібрати сайт зараз' }).click()
  await expect.poll(() => pageStatus(`/novyny/${broken.slug}/`), { timeout: 60_000 }).toBe(200)
})

test('an editor previews a draft exactly as the site will show it, and nobody else can', async ({
  page,
  request,
}) => {
  const auth = await token(request)
  const created = await request.post(`${CMS}/api/news`, {
    headers: { Authorization: `JWT ${auth}` },
    data: {
      title: 'Анонс для попереднього перегляду',
      excerpt: 'Ще не опубліковано.',
      _status: 'draft',
    },
  })
  const draft = ((await created.json()) as { doc: { id: number; slug: string } }).doc

  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password, CMS)
  await page.goto(`${CMS}/preview/news/${draft.id}`, { timeout: 120_000 })
  await expect(page).toHaveURL(`${PREVIEW}/novyny/${draft.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Анонс для попереднього перегляду',
  )
  await expect(page.locator('link[rel="stylesheet"]').first()).toBeAttached()

  // The live site and a visitor without the editor's preview link see nothing of it.
  expect(await pageStatus(`/novyny/${draft.slug}/`)).toBe(404)
  expect((await fetch(`${PREVIEW}/novyny/${draft.slug}/`)).status).toBe(403)
  expect((await fetch(`${PREVIEW}/__preview?token=forged.token`)).status).toBe(403)
  const anonymous = await fetch(`${CMS}/preview/news/${draft.id}`, { redirect: 'manual' })
  expect(anonymous.status).toBe(303)
  expect(anonymous.headers.get('location')).toContain('/admin/login')
})

test('an admin rolls back: the static server serves the older release again; an editor may not', async ({
  request,
}) => {
  const auth = await token(request)
  const headers = { Authorization: `JWT ${auth}` }
  const news = await publishNews(request, auth, 'Новина, якої не було в попередньому релізі')
  const url = `/novyny/${news.slug}/`
  await expect.poll(() => pageStatus(url), { timeout: 90_000 }).toBe(200)
  const releaseList = async () =>
    (await (await request.get(`${CMS}/api/globals/publisher/releases`, { headers })).json()) as {
      live: string
      releases: string[]
    }
  const { live, releases } = await releaseList()
  const hasNews = (id: string) => existsSync(path.join(DATA_DIR, 'releases', id, url))
  expect(hasNews(live)).toBe(true)
  const older = releases.find((id) => !hasNews(id))
  expect(older, `a kept release without ${url}: ${releases.join(', ')}`).toBeTruthy()

  // An editor may rebuild but not roll back: nothing changes.
  const editor = { email: `editor-${Date.now()}@biblioteka.local`, password: 'redaktor-parol-1' }
  const created = await request.post(`${CMS}/api/users`, {
    headers,
    data: { ...editor, role: 'editor' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const editorLogin = await request.post(`${CMS}/api/users/login`, { data: editor })
  const editorToken = ((await editorLogin.json()) as { token: string }).token
  const refused = await request.post(`${CMS}/api/globals/publisher/rollback`, {
    headers: { Authorization: `JWT ${editorToken}` },
    data: { releaseId: older },
  })
  expect(refused.status()).toBe(403)
  expect((await releaseList()).live).toBe(live)
  expect(await pageStatus(url)).toBe(200)

  const rollback = await request.post(`${CMS}/api/globals/publisher/rollback`, {
    headers,
    data: { releaseId: older },
  })
  expect(rollback.status()).toBe(200)
  expect((await releaseList()).live).toBe(older)
  // The static server follows the live link: the older release is what readers get now.
  expect(await pageStatus(url)).toBe(404)
  expect(await (await fetch(`${SITE}/`)).text()).toBe(
    await readFile(path.join(DATA_DIR, 'releases', older!, 'index.html'), 'utf8'),
  )

  const forward = await request.post(`${CMS}/api/globals/publisher/rollback`, {
    headers,
    data: { releaseId: live },
  })
  expect(forward.status()).toBe(200)
  expect(await pageStatus(url)).toBe(200)
})

test('a publisher killed during a build recovers on restart and forgets no change', async ({
  request,
}) => {
  const auth = await token(request)
  const buildsBefore = await buildsStarted()
  // The build is held once it has begun its output, so the kill lands in the middle of it.
  await writeFile(HOLD_BUILDS, '')
  const news = await publishNews(request, auth, 'Новина, що пережила збій')
  await expect.poll(buildsStarted, { timeout: 60_000 }).toBe(buildsBefore + 1)
  expect(await stagingFolders()).toHaveLength(1)
  killStack()
  await expect
    .poll(() =>
      fetch(`${SITE}/`).then(
        () => 'served',
        () => 'down',
      ),
    )
    .toBe('down')
  await rm(HOLD_BUILDS)

  await startStack()
  expect(existsSync(path.join(DATA_DIR, 'releases', 'live'))).toBe(true)
  await expect.poll(() => pageStatus(`/novyny/${news.slug}/`), { timeout: 90_000 }).toBe(200)
  expect(await stagingFolders()).toEqual([])
})
