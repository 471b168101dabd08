import { expect, test } from '@playwright/test'

import { E2E } from '../support/ports'
import { builtHtml, builtPages } from './pages'

/**
 * The admin links to the site («Переглянути на сайті»), never the other way: no built page names
 * the CMS's address or its admin and API paths, so the site does not advertise where to log in.
 * The one exception is what the static site cannot do without: its public forms post to the
 * CMS's public form endpoints (/api/forms/…) and the registration form asks for the places left.
 */
const PUBLIC_ENDPOINTS = [`${E2E.cmsUrl}/api/forms/`, `${E2E.cmsUrl}/api/registration/places`]

test('no page of the public site points to the admin', () => {
  const pages = builtPages()
  expect(pages.length).toBeGreaterThan(10)
  const cmsHost = new URL(E2E.cmsUrl).host
  const leaks = pages.filter((page) => {
    const html = PUBLIC_ENDPOINTS.reduce(
      (text, allowed) => text.replaceAll(allowed, ''),
      builtHtml(page),
    )
    return html.includes(cmsHost) || /(href|src|action)="[^"]*\/(admin|api)(\/|")/.test(html)
  })
  expect(leaks).toEqual([])
})
