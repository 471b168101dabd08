import { execFileSync } from 'node:child_process'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'
import { E2E, e2eEnv } from '../support/ports'
import { signInToAdmin } from '../support/adminSignIn'

/** A fixed moment far ahead: the schedules stay pending whatever day the suite runs. */
const SCHEDULED_AT = '2099-05-04T07:00:00.000Z'
const run = Date.now().toString(36)
const PASSWORD = 'stil-redaktora-2026'

type Person = { id: number; email: string; token: string }
type Fixture = {
  branchA: { id: number; name: string }
  editorA: Person
  editorB: Person
  editor: Person
  titles: Record<'draftA' | 'draftB' | 'draftEditor' | 'scheduledA' | 'scheduledB', string>
  published: { id: number; slug: string; title: string }
}

async function login(request: APIRequestContext, email: string, password: string) {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as { token: string; user: { id: number } }
}

async function api<T>(
  request: APIRequestContext,
  token: string,
  method: 'get' | 'post',
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await request[method](url, {
    headers: { Authorization: `JWT ${token}` },
    ...(data ? { data } : {}),
  })
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

async function createPerson(
  request: APIRequestContext,
  adminToken: string,
  name: string,
  role: 'editor' | 'branch-editor',
  branch?: number,
): Promise<Person> {
  const email = `${name}-${run}@biblioteka.local`
  await api(request, adminToken, 'post', '/api/users', {
    email,
    password: PASSWORD,
    name,
    role,
    ...(branch ? { branch } : {}),
  })
  const session = await login(request, email, PASSWORD)
  return { id: session.user.id, email, token: session.token }
}

async function draftNews(
  request: APIRequestContext,
  person: Person,
  title: string,
  branch?: number,
) {
  const { doc } = await api<{ doc: { id: number } }>(
    request,
    person.token,
    'post',
    '/api/news?draft=true',
    { title, _status: 'draft', ...(branch ? { branches: [branch] } : {}) },
  )
  return doc.id
}

let fixture: Fixture

test.beforeAll(async ({ request }) => {
  const admin = await login(request, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
  const { docs: branches } = await api<{ docs: { id: number; name: string }[] }>(
    request,
    admin.token,
    'get',
    '/api/branches?limit=2&sort=id&depth=0',
  )
  const [branchA, branchB] = branches as [
    { id: number; name: string },
    { id: number; name: string },
  ]
  const editorA = await createPerson(request, admin.token, 'filiia-a', 'branch-editor', branchA.id)
  const editorB = await createPerson(request, admin.token, 'filiia-b', 'branch-editor', branchB.id)
  const editor = await createPerson(request, admin.token, 'redaktor', 'editor')
  const titles = {
    draftA: `Чернетка філії А ${run}`,
    draftB: `Чернетка філії Б ${run}`,
    draftEditor: `Чернетка редактора ${run}`,
    scheduledA: `Запланована новина філії А ${run}`,
    scheduledB: `Запланована новина філії Б ${run}`,
  }
  await draftNews(request, editorA, titles.draftA, branchA.id)
  await draftNews(request, editorB, titles.draftB, branchB.id)
  await draftNews(request, editor, titles.draftEditor)
  const scheduledA = await draftNews(request, editorA, titles.scheduledA, branchA.id)
  const scheduledB = await draftNews(request, editorB, titles.scheduledB, branchB.id)
  // Scheduled as the admin's drawer does it: a schedulePublish job carrying the scheduling user.
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'tests/e2e/support/schedulePublish.ts',
      JSON.stringify([
        { collection: 'news', id: scheduledA, userId: editorA.id, at: SCHEDULED_AT },
        { collection: 'news', id: scheduledB, userId: editorB.id, at: SCHEDULED_AT },
      ]),
    ],
    { cwd: repoRoot, env: { ...process.env, ...e2eEnv() }, stdio: 'pipe' },
  )
  const publishedTitle = `Опублікована редактором новина ${run}`
  const { doc } = await api<{ doc: { id: number; slug: string } }>(
    request,
    editor.token,
    'post',
    '/api/news',
    { title: publishedTitle, _status: 'published' },
  )
  fixture = {
    branchA,
    editorA,
    editorB,
    editor,
    titles,
    published: { id: doc.id, slug: doc.slug, title: publishedTitle },
  }
})

async function signIn(page: Page, email: string) {
  await signInToAdmin(page, email, PASSWORD)
  await expect(page.getByRole('heading', { name: 'Робочий стіл' })).toBeVisible()
}

const section = (page: Page, id: string) => page.getByTestId(id)

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }))
  expect(violations).toEqual([])
}

test('a branch editor sees their drafts, schedules and hours, and not another branch’s', async ({
  page,
}) => {
  const { titles } = fixture
  await signIn(page, fixture.editorA.email)
  await expect(section(page, 'desk-my-drafts')).toContainText(titles.draftA)
  await expect(section(page, 'desk-my-scheduled')).toContainText(titles.scheduledA)
  await expect(section(page, 'desk-scope-drafts')).toContainText(titles.draftA)
  await expect(section(page, 'desk-scope-scheduled')).toContainText(titles.scheduledA)
  for (const id of ['desk-my-drafts', 'desk-scope-drafts', 'desk-scope-scheduled']) {
    await expect(section(page, id)).not.toContainText(titles.draftB)
    await expect(section(page, id)).not.toContainText(titles.scheduledB)
  }
  const hours = section(page, 'desk-branch')
  await expect(hours).toContainText(fixture.branchA.name)
  await expect(hours.getByRole('link', { name: 'Змінити графік і особливі дні' })).toHaveAttribute(
    'href',
    `/admin/collections/branches/${fixture.branchA.id}`,
  )
  // Payload's collection links stay below the desk.
  await expect(page.getByRole('link', { name: /Новини/ }).first()).toBeVisible()
  await expect(
    section(page, 'desk-publishing').getByRole('link', { name: 'Відкрити сайт' }),
  ).toHaveAttribute('href', E2E.siteUrl)
  await expectNoAxeViolations(page)
})

test('an editor sees drafts and schedules across the network, their own apart', async ({
  page,
}) => {
  const { titles } = fixture
  await signIn(page, fixture.editor.email)
  await expect(section(page, 'desk-my-drafts')).toContainText(titles.draftEditor)
  await expect(section(page, 'desk-my-drafts')).not.toContainText(titles.draftA)
  await expect(section(page, 'desk-my-scheduled')).toContainText('Нічого не заплановано.')
  for (const title of [titles.draftA, titles.draftB, titles.draftEditor]) {
    await expect(section(page, 'desk-scope-drafts')).toContainText(title)
  }
  for (const title of [titles.scheduledA, titles.scheduledB]) {
    await expect(section(page, 'desk-scope-scheduled')).toContainText(title)
  }
  await expect(section(page, 'desk-branch')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('a published item links to its live page, from the desk, the document and the list', async ({
  page,
}) => {
  const { published, titles } = fixture
  const live = `${E2E.siteUrl}/novyny/${published.slug}/`
  await signIn(page, fixture.editor.email)
  const recent = section(page, 'desk-my-published')
  await expect(recent).toContainText(published.title)
  await expect(
    recent.getByRole('link', { name: `Переглянути на сайті: ${published.title}` }),
  ).toHaveAttribute('href', live)

  await page.goto(`/admin/collections/news/${published.id}`)
  const link = page.getByRole('link', { name: /Переглянути на сайті/ })
  await expect(link).toHaveAttribute('href', live)
  await expect(page.getByTestId('live-link')).toContainText('Востаннє опубліковано:')

  await page.goto(`/admin/collections/news?limit=100&sort=-updatedAt`)
  const publishedRow = page.getByRole('row').filter({ hasText: published.title })
  await expect(publishedRow.getByTestId('state-badge')).toContainText('Опубліковано')
  const scheduledRow = page.getByRole('row').filter({ hasText: titles.scheduledA })
  await expect(scheduledRow.getByTestId('state-badge')).toContainText('Чернетка')
  await expect(scheduledRow.getByTestId('state-badge')).toContainText('Заплановано: публікація')
})
