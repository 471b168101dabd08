import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { samplePages } from './pages'

const viewports = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 390, height: 844 },
} as const

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(`axe-core finds no WCAG 2.1 AA violations (${device})`, () => {
    test.use({ viewport })
    for (const [type, path] of Object.entries(samplePages())) {
      test(`${type} ${path}`, async ({ page }) => {
        await page.goto(path)
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze()
        const violations = results.violations.map((violation) => ({
          id: violation.id,
          help: violation.help,
          nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        }))
        expect(violations).toEqual([])
      })
    }
  })
}
