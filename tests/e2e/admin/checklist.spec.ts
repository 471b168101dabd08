import { execFileSync } from 'node:child_process'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'
import { e2eEnv } from '../support/ports'

const run = Date.now().toString(36)
const PASSWORD = 'perevirka-pered-publikatsiieiu'

type Session = { token: string; user: { id: number } }

async function login(request: APIRequestContext, email: string, password: string) {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as Session
}

async function call<T>(
  request: APIRequestContext,
  token: string,
  method: 'get' | 'post' | 'delete',
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

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const linkTo = (words: string, id: number) => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      version: 1,
      children: [
        text('Докладно — на сторінці '),
        {
          type: 'link',
          version: 3,
          fields: { linkType: 'internal', doc: { relationTo: 'pages', value: id } },
          children: [text(words)],
        },
      ],
    },
  ],
  direction: null,
  format: '',
  indent: 0,
  version: 1,
})

let editorEmail: string
let brokenNews: { id: number; title: string }
let branchWithHttpLink: number

test.beforeAll(async ({ request }) => {
  const admin = await login(request, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
  editorEmail = `perevirka-${run}@biblioteka.local`
  await call(request, admin.token, 'post', '/api/users', {
    email: editorEmail,
    password: PASSWORD,
    name: 'Редакторка перевірок',
    role: 'editor',
  })
  const editor = await login(request, editorEmail, PASSWORD)
  // A page that was published and then deleted: the news item's link to it would vanish.
  const { doc: page } = await call<{ doc: { id: number } }>(
    request,
    editor.token,
    'post',
    '/api/pages',
    { title: `Умови конкурсу ${run}`, _status: 'published' },
  )
  await call(request, editor.token, 'delete', `/api/pages/${page.id}`)
  const title = `Конкурс читців ${run}`
  const { doc } = await call<{ doc: { id: number } }>(
    request,
    editor.token,
    'post',
    '/api/news?draft=true',
    {
      title,
      excerpt: 'Оголошуємо конкурс читців.',
      _status: 'draft',
      body: { root: linkTo('умови конкурсу', page.id) },
    },
  )
  brokenNews = { id: doc.id, title }
  // A draft branch whose description (in the «Послуги й опис» tab) links to a plain http:// site.
  const { doc: branch } = await call<{ doc: { id: number } }>(
    request,
    admin.token,
    'post',
    '/api/branches?draft=true',
    {
      name: `Бібліотека перевірок ${run}`,
      order: 999,
      _status: 'draft',
      description: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [
                text('Наш партнер — '),
                {
                  type: 'link',
                  version: 3,
                  fields: { linkType: 'custom', url: 'http://example.org/partner' },
                  children: [text('клуб читачів')],
                },
              ],
            },
          ],
        },
      },
    },
  )
  branchWithHttpLink = branch.id
})

/**
 * Signed in through the page's own request context, where Payload sets the session cookie: the
 * login form is covered by the other admin specs, and its redirect under a loaded machine was
 * this spec's only flaky step (a clean-clone run stayed on /admin/login).
 */
async function signIn(page: Page, email: string, password: string) {
  const login = await page.request.post('/api/users/login', { data: { email, password } })
  expect(login.status()).toBe(200)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test('a draft with a link to a deleted page cannot be published, and the editor is told why', async ({
  page,
  request,
}) => {
  await signIn(page, editorEmail, PASSWORD)
  await page.goto(`/admin/collections/news/${brokenNews.id}`)
  const checklist = page.getByTestId('editorial-checklist')
  await expect(checklist.getByTestId('editorial-summary')).toContainText('1 помилка')
  const finding = checklist.locator('[data-code="link-missing"]')
  await expect(finding).toContainText('«умови конкурсу»')
  await expect(finding).toContainText('вилучено')
  await expect(finding.getByRole('link', { name: 'до поля «Текст»' })).toHaveAttribute(
    'href',
    '#field-body',
  )
  const results = await new AxeBuilder({ page })
    .include('[data-testid="editorial-checklist"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])

  await page.getByRole('button', { name: 'Опублікувати зміни' }).click()
  await expect(page.getByText(/вилучено/).first()).toBeVisible()
  const stored = await request.get(`/api/news/${brokenNews.id}`)
  // The public API does not see it: still a draft.
  expect(stored.status()).toBe(404)
})

test('a finding links to its field: the cursor goes into it, even in a closed tab', async ({
  page,
}) => {
  await signIn(page, editorEmail, PASSWORD)
  await page.goto(`/admin/collections/news/${brokenNews.id}`)
  const checklist = page.getByTestId('editorial-checklist')
  await checklist
    .locator('[data-code="link-missing"]')
    .getByRole('link', { name: 'до поля «Текст»' })
    .click()
  await expect(page.locator('[data-field-path="body"] [contenteditable="true"]')).toBeFocused()

  // Branches keep the description in the third tab; Payload renders only the open one.
  await page.goto(`/admin/collections/branches/${branchWithHttpLink}`)
  const description = page.locator('[data-field-path="description"]')
  await expect(description).toHaveCount(0)
  const finding = checklist.locator('[data-code="link-http"]')
  await expect(finding).toHaveAttribute('data-severity', 'warning')
  await finding.getByRole('link', { name: 'до поля «Опис»' }).click()
  await expect(description.locator('[contenteditable="true"]')).toBeFocused()
})

test('the checklist follows what the editor types: a long title is a warning, not a block', async ({
  page,
}) => {
  await signIn(page, editorEmail, PASSWORD)
  await page.goto('/admin/collections/news/create')
  const checklist = page.getByTestId('editorial-checklist')
  await expect(checklist.getByTestId('editorial-summary')).toContainText('попередження')
  await page.locator('#field-title').fill('Д'.repeat(120))
  const warning = checklist.locator('[data-code="title-long"]')
  await expect(warning).toContainText('120 знаків')
  await expect(warning).toHaveAttribute('data-severity', 'warning')
})

test('the publisher panel shows the report on published content', async ({ page }) => {
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'tests/e2e/support/reportContent.ts',
    ],
    { cwd: repoRoot, env: { ...process.env, ...e2eEnv() }, stdio: 'pipe' },
  )
  await signIn(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
  await page.goto('/admin/globals/publisher')
  const report = page.getByTestId('content-report')
  await expect(report).toContainText('Перевірка опублікованого')
  await expect(report).toContainText(/перевірено \d+ запис/)
})
