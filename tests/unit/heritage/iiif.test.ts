import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, stat, utimes } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { Ajv } from 'ajv'
import formatsPlugin from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import { SAMPLE_DIR } from '../../support/importFixtures'
import { collectionManifest, itemManifest, type IiifItem } from '@site/iiif/manifest'
import { ensureTiles, pruneTileCache, publishTiles, type TileSet } from '@site/iiif/tiles'

const BASE = 'https://biblioteky.example.org/'

// The IIIF Presentation 3 JSON Schema of the IIIF presentation validator (see fixtures/README.md).
const schema = JSON.parse(
  readFileSync(
    path.join(import.meta.dirname, 'fixtures', 'iiif-presentation-3.schema.json'),
    'utf8',
  ),
) as object
const ajv = new Ajv({ allErrors: true, strict: false })
// ajv-formats is CommonJS: through Node's ES-module interop the plugin is its `default`.
const addFormats =
  (formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin
addFormats(ajv)
const validate = ajv.compile(schema)

function expectValid(document: unknown) {
  const valid = validate(document)
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([])
  expect(valid).toBe(true)
}

let cacheDir: string
let tiles: TileSet
let firstRun: { made: boolean }

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'cbs-iiif-'))
  const made = await ensureTiles(path.join(SAMPLE_DIR, 'scans', 'SOL-IM-0001.jpg'), cacheDir)
  firstRun = made
  tiles = made
})

function sampleItem(pages = 2): IiifItem {
  return {
    identifier: 'SOL-IM-0002',
    title: 'Листівка «Привіт із Солом’янки»',
    summary: 'Поштова листівка з видом вокзалу.',
    homepage: `${BASE}kolektsii/lystivky/SOL-IM-0002/`,
    metadata: [
      { label: { uk: 'Дата', en: 'Date' }, value: '1960-ті?' },
      { label: { uk: 'Ідентифікатор', en: 'Identifier' }, value: 'SOL-IM-0002' },
    ],
    rights: 'http://rightsstatements.org/vocab/InC-RUU/1.0/',
    holder: 'ЦБС Солом’янського району м. Києва',
    collection: { slug: 'lystivky', title: 'Листівки' },
    images: Array.from({ length: pages }, (_, index) => ({
      hash: tiles.hash,
      width: tiles.width,
      height: tiles.height,
      thumbnail: tiles.thumbnail,
      label: index === 0 ? 'лицьовий бік' : undefined,
      original: {
        url: `${BASE}media/originals/sol-im-0002-${index + 1}.jpg`,
        format: 'image/jpeg',
      },
    })),
  }
}

describe('ensureTiles', () => {
  it('makes a level-0 IIIF Image 3 tile set with sharp', async () => {
    expect(firstRun.made).toBe(true)
    expect(tiles).toMatchObject({
      width: 1200,
      height: 800,
      thumbnail: { width: expect.any(Number) },
    })
    const info = JSON.parse(await readFile(path.join(tiles.dir, 'info.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(info).toMatchObject({
      type: 'ImageService3',
      profile: 'level0',
      width: 1200,
      height: 800,
    })
    expect(existsSync(path.join(tiles.dir, '0,0,512,512', '512,512', '0', 'default.jpg'))).toBe(
      true,
    )
  })

  it('does not tile an unchanged image again', async () => {
    const before = (await stat(path.join(tiles.dir, 'info.json'))).mtimeMs
    const again = await ensureTiles(path.join(SAMPLE_DIR, 'scans', 'SOL-IM-0001.jpg'), cacheDir)
    expect(again.made).toBe(false)
    expect(again.hash).toBe(tiles.hash)
    expect((await stat(path.join(again.dir, 'info.json'))).mtimeMs).toBe(before)
  })

  it('tiles a changed image under a new hash', async () => {
    const other = await ensureTiles(path.join(SAMPLE_DIR, 'scans', 'SOL-IM-0003.jpg'), cacheDir)
    expect(other.made).toBe(true)
    expect(other.hash).not.toBe(tiles.hash)
  })

  it('publishes a tile set with info.json naming its public address', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'cbs-iiif-out-'))
    const id = `${BASE}iiif/images/${tiles.hash}`
    const files = await publishTiles(tiles, outDir, `/iiif/images/${tiles.hash}`, id)
    expect(files).toBeGreaterThan(5)
    const info = JSON.parse(
      await readFile(path.join(outDir, 'iiif', 'images', tiles.hash, 'info.json'), 'utf8'),
    ) as { id: string }
    expect(info.id).toBe(id)
    // The cached info.json keeps its placeholder: other builds may use other addresses.
    expect(await readFile(path.join(tiles.dir, 'info.json'), 'utf8')).not.toContain(BASE)
  })
})

describe('pruneTileCache', () => {
  it('removes tile sets unused for a month and stale temporary folders, keeps the rest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cbs-iiif-prune-'))
    const old = new Date('2026-01-01T00:00:00Z')
    for (const name of ['used', 'recent', 'stale', '.tmp-interrupted']) {
      await mkdir(path.join(dir, name))
      await utimes(path.join(dir, name), old, old)
    }
    const now = new Date('2026-03-01T00:00:00Z')
    await utimes(
      path.join(dir, 'recent'),
      new Date('2026-02-20T00:00:00Z'),
      new Date('2026-02-20T00:00:00Z'),
    )
    expect(await pruneTileCache(dir, ['used'], 30, now)).toBe(2)
    expect((await readdir(dir)).sort()).toEqual(['recent', 'used'])
  })
})

describe('itemManifest', () => {
  it('validates against the IIIF Presentation 3 schema', () => {
    expectValid(itemManifest(sampleItem(), BASE))
    expectValid(itemManifest({ ...sampleItem(1), summary: undefined, rights: undefined }, BASE))
  })

  it('has a canvas per page with the static image service', () => {
    const manifest = itemManifest(sampleItem(), BASE)
    expect(manifest.id).toBe(`${BASE}iiif/items/SOL-IM-0002/manifest.json`)
    expect(manifest.behavior).toEqual(['paged'])
    expect(manifest.rights).toBe('http://rightsstatements.org/vocab/InC-RUU/1.0/')
    expect(manifest.items).toHaveLength(2)
    const [first, second] = manifest.items
    expect(first!.label).toEqual({ uk: ['лицьовий бік'] })
    expect(second!.label).toEqual({ uk: ['Сторінка 2'] })
    const body = first!.items[0]!.items[0]!.body
    expect(body.service[0]).toEqual({
      id: `${BASE}iiif/images/${tiles.hash}`,
      type: 'ImageService3',
      profile: 'level0',
    })
    expect(first!.items[0]!.items[0]!.target).toBe(first!.id)
  })
})

describe('collectionManifest', () => {
  it('lists item manifests and validates', () => {
    const collection = collectionManifest(
      { slug: 'lystivky', title: 'Листівки' },
      [sampleItem()],
      BASE,
    )
    expectValid(collection)
    expect(collection.items[0]).toMatchObject({
      id: `${BASE}iiif/items/SOL-IM-0002/manifest.json`,
      type: 'Manifest',
    })
  })

  it('catches an invalid manifest (the schema is really applied)', () => {
    const broken = { ...itemManifest(sampleItem(), BASE), label: 'not a language map' }
    expect(validate(broken)).toBe(false)
  })
})
