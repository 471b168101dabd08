import { mkdirSync } from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'
import { signInToAdmin } from '../support/adminSignIn'

/**
 * The editor's guide (docs/editors-guide/README.md, shown in the admin at /admin/dovidka) walks
 * through the admin; this spec walks the same way and checks each step still works. With
 * GUIDE_SCREENSHOTS=1 it also saves the guide's screenshots into docs/editors-guide/screens, so
 * they are regenerated whenever the admin changes; ordinary runs write only into test output.
 */
const SAVE = process.env.GUIDE_SCREENSHOTS === '1'
const SCREENS = path.join(repoRoot, 'docs', 'editors-guide', 'screens')
const run = Date.now().toString(36)
const PASSWORD = 'posibnyk-redaktora-2026'

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

/** A screenshot for the guide: into the repository with GUIDE_SCREENSHOTS=1, else test output. */
async function shoot(target: Page | Locator, name: string) {
  const file = SAVE ? path.join(SCREENS, `${name}.jpg`) : test.info().outputPath(`${name}.jpg`)
  mkdirSync(path.dirname(file), { recursive: true })
  await target.screenshot({ path: file, type: 'jpeg', quality: 70, animations: 'disabled' })
}

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })

let branchEditor: { email: string; branchId: number }
let editorEmail: string
let brokenNewsId: number
let draftNewsId: number

test.use({ viewport: { width: 1280, height: 860 } })

test.beforeAll(async ({ request }) => {
  const admin = await login(request, LOCAL_ADMIN.email, LOCAL_ADMIN.password)
  const { docs } = await call<{ docs: { id: number }[] }>(
    request,
    admin.token,
    'get',
    '/api/branches?limit=1&sort=order&depth=0',
  )
  const branchId = docs[0]!.id
  branchEditor = { email: `filiia-${run}@biblioteka.local`, branchId }
  editorEmail = `redaktorka-${run}@biblioteka.local`
  await call(request, admin.token, 'post', '/api/users', {
    email: branchEditor.email,
    password: PASSWORD,
    name: 'Оксана, бібліотека',
    role: 'branch-editor',
    branch: branchId,
  })
  await call(request, admin.token, 'post', '/api/users', {
    email: editorEmail,
    password: PASSWORD,
    name: 'Редакторка',
    role: 'editor',
  })
  const own = await login(request, branchEditor.email, PASSWORD)
  const draft = await call<{ doc: { id: number } }>(
    request,
    own.token,
    'post',
    '/api/news?draft=true',
    {
      title: 'Літні читання у дворі бібліотеки',
      excerpt: 'Щосуботи читаємо вголос у дворі бібліотеки.',
      branches: [branchId],
      _status: 'draft',
    },
  )
  draftNewsId = draft.doc.id
  // A page that was published, then deleted: the link to it would vanish from the site.
  const editor = await login(request, editorEmail, PASSWORD)
  const gone = await call<{ doc: { id: number } }>(request, editor.token, 'post', '/api/pages', {
    title: `Умови конкурсу ${run}`,
    _status: 'published',
  })
  await call(request, editor.token, 'delete', `/api/pages/${gone.doc.id}`)
  const broken = await call<{ doc: { id: number } }>(
    request,
    editor.token,
    'post',
    '/api/news?draft=true',
    {
      title: 'Конкурс читців',
      excerpt: 'Оголошуємо конкурс читців.',
      _status: 'draft',
      body: {
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
                text('Умови — '),
                {
                  type: 'link',
                  version: 3,
                  fields: {
                    linkType: 'internal',
                    doc: { relationTo: 'pages', value: gone.doc.id },
                  },
                  children: [text('за посиланням')],
                },
              ],
            },
          ],
        },
      },
    },
  )
  brokenNewsId = broken.doc.id
})

async function signIn(page: Page, email: string, password = PASSWORD) {
  await signInToAdmin(page, email, password)
}

test('a branch editor: the desk, a news item, scheduling and the branch status', async ({
  page,
}) => {
  await signIn(page, branchEditor.email)
  await expect(page.getByTestId('desk-my-drafts')).toContainText('Літні читання')
  await expect(page.getByTestId('desk-branch')).toBeVisible()
  // The branch's status, the problems of its published pages and the counts, at a glance.
  await expect(page.getByTestId('desk-branch-status')).toContainText(/Стан на сьогодні|Рядок/)
  await expect(page.getByTestId('desk-problems')).toBeVisible()
  await expect(page.getByTestId('desk-count-events')).toContainText('Події найближчих 7 днів')
  await shoot(page, 'desk')

  await page.goto('/admin/collections/news/create')
  await page.locator('#field-title').fill('Вечір поезії в бібліотеці')
  await page.locator('#field-excerpt').fill('Запрошуємо на вечір поезії в четвер о 18:00.')
  await expect(page.getByTestId('editorial-summary')).toContainText('Усе гаразд')
  await shoot(page, 'news-edit')

  await page.goto(`/admin/collections/news/${draftNewsId}`)
  // The checklist has checked the draft once the edit view is hydrated; a click before that is lost.
  await expect(page.getByTestId('editorial-summary')).toContainText('Усе гаразд')
  // The arrow beside «Опублікувати зміни» opens Payload's menu with «Розклад публікації»; the
  // menu is always in the page (hidden) and shows only once the arrow is pressed.
  await page.locator('#action-save-popup .popup-button').click()
  const scheduleItem = page.locator('#schedule-publish')
  await expect(scheduleItem).toBeVisible()
  await scheduleItem.click()
  // Payload's schedule drawer: «Запланувати публікацію для …», with the time field and «Зберегти».
  await expect(
    page.getByRole('heading', { level: 2, name: /^Запланувати публікацію для/ }),
  ).toBeVisible()
  await shoot(page, 'schedule')
  await page.keyboard.press('Escape')

  await page.goto(`/admin/collections/branches/${branchEditor.branchId}`)
  await page.getByRole('button', { name: 'Стан і незламність' }).click()
  await expect(page.locator('#field-statusLine')).toBeVisible()
  await shoot(page, 'branch-status')
})

test('a branch editor adds an event: its dates and the next dates they give', async ({ page }) => {
  await signIn(page, branchEditor.email)
  // «Найближчі дати» count from the browser's today: a fixed one keeps the list (and the
  // screenshot) the same on any day.
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+02:00'))
  await page.goto('/admin/collections/events/create')
  await page.locator('#field-title').fill('Клуб настільних ігор')
  await page.locator('#field-summary').fill('Граємо в настільні ігри щосереди після уроків.')
  await expect(page.getByText('Як задано дати').first()).toBeVisible()
  await page.locator('#field-schedule__date').fill('2026-12-02')
  await page.locator('#field-schedule__startTime').fill('16:00')
  await page.locator('#field-schedule__endTime').fill('17:30')
  const preview = page.locator('section.event-schedule-preview')
  await expect(preview.getByRole('heading', { name: /Найближчі дати/ })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveCount(1)
  await expect(preview).not.toContainText('не вдається')
  await expect(page.getByTestId('editorial-summary')).not.toHaveText('Перевіряємо…')
  await preview.scrollIntoViewIfNeeded()
  await shoot(page, 'event')
})

test('an editor: the checklist, a document, the import panel and the publisher', async ({
  page,
}) => {
  await signIn(page, editorEmail)
  await page.goto(`/admin/collections/news/${brokenNewsId}`)
  await expect(page.locator('[data-code="link-missing"]')).toBeVisible()
  await expect(page.locator('[data-code="link-vague"]')).toBeVisible()
  await shoot(page, 'checklist')

  await page.goto('/admin/collections/documents?limit=1&sort=-adoptedOn')
  await page.getByRole('row').nth(1).getByRole('link').first().click()
  await expect(page.locator('#field-number')).toBeVisible()
  await shoot(page, 'document')

  await page.goto('/admin/collections/items')
  await page.getByRole('button', { name: /Імпорт з таблиці/ }).click()
  await expect(page.getByLabel(/Таблиця \(CSV/)).toBeVisible()
  await shoot(page, 'import')

  await page.goto('/admin/globals/publisher')
  await expect(page.getByRole('heading', { name: 'Стан публікації' })).toBeVisible()
  await shoot(page, 'publisher')
})

test('the guide is in the admin, a link away from the desk, with its screenshots', async ({
  page,
}) => {
  await signIn(page, branchEditor.email)
  await page.getByRole('link', { name: 'Посібник редактора' }).click()
  await expect(page).toHaveURL(/\/admin\/dovidka$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Посібник редактора' })).toBeVisible()
  for (const heading of [
    'Як написати й опублікувати новину',
    'Перевірка перед публікацією',
    'Як запланувати публікацію',
    'Як додати подію',
    'Графік і стан бібліотеки',
    'Документи',
    'Імпорт колекцій (скани)',
    'Публікація сайту',
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  // Every screenshot the guide names is in the repository and loads.
  const images = page.locator('main img, .help-guide img')
  expect(await images.count()).toBe(9)
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0)
  }
  // The help page is ours, like the desk: axe on it finds nothing.
  const results = await new AxeBuilder({ page })
    .include('.help-guide')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
})
