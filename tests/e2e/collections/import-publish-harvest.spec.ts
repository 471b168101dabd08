import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { LOCAL_ADMIN } from '@cms/config/env'
import { SAMPLE_DIR, zipBytes } from '../../support/importFixtures'
import { signInToAdmin } from '../support/adminSignIn'
import { buildSiteFromCms, serveBuiltSite } from '../support/builtSite'

/** A port of its own for the site this spec builds after importing. */
const SITE_PORT = 4337

test.describe.configure({ mode: 'serial' })

test('an editor imports a sheet with scans in the admin, publishes, and the items reach the site with zoomable images and the OAI-PMH harvest', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000)
  const work = await mkdtemp(path.join(os.tmpdir(), 'cbs-e2e-import-'))
  const zip = path.join(work, 'scans.zip')
  const names = ['SOL-IM-0001.jpg', 'SOL-IM-0002-1.jpg', 'SOL-IM-0002-2.jpg', 'SOL-IM-0003.jpg']
  await writeFile(
    zip,
    await zipBytes(
      await Promise.all(
        names.map(async (name) => ({
          name: `scans/${name}`,
          data: await readFile(path.join(SAMPLE_DIR, 'scans', name)),
        })),
      ),
    ),
  )

  await signInToAdmin(page, LOCAL_ADMIN.email, LOCAL_ADMIN.password)

  await page.goto('/admin/collections/items')
  await page.getByRole('button', { name: 'Імпорт з таблиці (CSV + ZIP зображень)' }).click()
  await page.getByLabel(/Таблиця \(CSV/).setInputFiles(path.join(SAMPLE_DIR, 'items.csv'))
  await page.getByLabel(/Зображення \(ZIP/).setInputFiles(zip)
  await page.getByLabel(/Колекція для рядків/).selectOption({ label: 'Старі світлини Солом’янки' })

  await page.getByRole('button', { name: 'Перевірити (пробний запуск)' }).click()
  await expect(page.getByText(/Рядків: 3; без помилок: 3; з помилками: 0\./)).toBeVisible()
  await expect(page.getByText(/Пробний запуск: буде створено 3, оновлено 0/)).toBeVisible()

  await page.getByLabel('Одразу опублікувати (інакше — чернетки)').check()
  await page.getByRole('button', { name: 'Імпортувати', exact: true }).click()
  await expect(page.getByText(/Створено: 3; оновлено: 0\./)).toBeVisible({ timeout: 30_000 })

  // The published items are harvestable at once: OAI-PMH reads the CMS.
  const record = await request.get('/api/oai', {
    params: {
      verb: 'GetRecord',
      metadataPrefix: 'oai_dc',
      identifier: 'oai:127.0.0.1:SOL-IM-0002',
    },
  })
  const xml = await record.text()
  expect(xml).toContain('<dc:title>Листівка «Привіт із Солом’янки»</dc:title>')
  expect(xml).toContain('<dc:date>1960/1969</dc:date>')
  const list = await (
    await request.get('/api/oai', {
      params: {
        verb: 'ListIdentifiers',
        metadataPrefix: 'oai_dc',
        set: 'stari-svitlyny-solomianky',
      },
    })
  ).text()
  expect(list).toContain('<identifier>oai:127.0.0.1:SOL-IM-0003</identifier>')

  // The site, built from the database as the publisher would, shows them with deep zoom.
  const outDir = path.join(work, 'site')
  await buildSiteFromCms(outDir)
  let server: { url: string; stop: () => void } | undefined
  try {
    server = await serveBuiltSite(outDir, SITE_PORT)
    const site = server.url
    await page.goto(`${site}/kolektsii/stari-svitlyny-solomianky/SOL-IM-0002/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Листівка «Привіт із Солом’янки»',
    )
    await expect(page.locator('meta[name="DC.rights"]').first()).toHaveAttribute(
      'content',
      'http://rightsstatements.org/vocab/InC-RUU/1.0/',
    )
    await expect(page.locator('[data-citation]')).toContainText('SOL-IM-0002. URL:')
    const tiles: number[] = []
    page.on('response', (response) => {
      if (response.url().includes('/iiif/images/') && response.url().endsWith('default.jpg'))
        tiles.push(response.status())
    })
    await page.getByRole('button', { name: 'Детальний перегляд (масштабування)' }).click()
    await expect(page.locator('iiif-zoom')).toHaveAttribute('data-state', 'ready', {
      timeout: 20_000,
    })
    await page.locator('iiif-zoom').getByRole('button', { name: 'Збільшити' }).click()
    await page.locator('iiif-zoom').getByRole('button', { name: 'Наступна сторінка' }).click()
    await expect(page.locator('iiif-zoom [data-position]')).toHaveText('Сторінка 2 з 2')
    await expect.poll(() => tiles.length).toBeGreaterThan(3)
    expect(tiles.every((status) => status === 200)).toBe(true)
    const manifest = (await (
      await page.request.get(`${site}/iiif/items/SOL-IM-0002/manifest.json`)
    ).json()) as { type: string; items: unknown[] }
    expect(manifest).toMatchObject({ type: 'Manifest' })
    expect(manifest.items).toHaveLength(2)
  } finally {
    server?.stop()
    await rm(work, { recursive: true, force: true })
  }
})
