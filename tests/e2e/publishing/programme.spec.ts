import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { fullStack } from '../support/fullStack'

// The whole stack as `npm start` runs it, on its own data and ports: an editor publishes a news
// item tagged with a programme task, and the task's page on the served site lists it.
const stack = fullStack({ name: 'programme', cmsPort: 3232, sitePort: 4352, previewPort: 4362 })
const CMS = stack.cms
const SITE = stack.site
const TASK = 'biblioteky-khaby'
const token = stack.token
const served = stack.served

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  await stack.start()
})

test.afterAll(() => stack.stop())

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
