import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { outDir } from './pages'

test.describe('events in the programme', () => {
  test('a task’s page lists the events that serve it and counts the dates held', async ({
    page,
  }) => {
    type EventRow = { event: string; title: string; programme_tasks?: string[] }
    const events = JSON.parse(
      readFileSync(path.join(outDir, 'vidkryti-dani', 'podii.json'), 'utf8'),
    ) as EventRow[]
    const tasks = JSON.parse(
      readFileSync(path.join(outDir, 'vidkryti-dani', 'zavdannia-prohramy.json'), 'utf8'),
    ) as { task: string; events_held: number }[]
    const held = tasks
      .filter((row) => row.task === 'osvita-protiahom-zhyttia')
      .reduce((sum, row) => sum + row.events_held, 0)
    await page.goto('/prohrama/osvita-protiahom-zhyttia/')
    const listed = page.locator('h2#podii + ul a')
    await expect(listed.first()).toBeVisible()
    const slugs = events.map((row) => `/podii/${row.event}/`)
    for (const href of await listed.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!),
    ))
      expect(slugs, href).toContain(href)
    await expect(
      page.getByRole('link', { name: /Усі події цього (завдання|пріоритету)/ }),
    ).toHaveAttribute('href', '/podii/zavdannia/osvita-protiahom-zhyttia/')
    const table = page.getByRole('table', { name: /за роками/ })
    await expect(table.getByRole('columnheader', { name: 'Проведені події' })).toBeVisible()
    // The page's total is the data set's.
    await expect(table.locator('tfoot td').first()).toHaveText(String(held))
  })
})
