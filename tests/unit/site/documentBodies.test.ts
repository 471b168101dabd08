import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { beforeEach, describe, expect, it } from 'vitest'

import { documentBodies } from '@site/data/documentBodies'
import { ImagePipeline, type SourceImage } from '@site/data/images'
import { documentSchema, parse, type DocumentDoc } from '@site/data/read/schemas'
import { RENDER_CACHE_FILE, RenderCache } from '@site/data/renderCache'
import type { Attachment } from '@site/data/richText'
import { createShaping } from '@site/data/shape/context'
import { shapeDocuments } from '@site/data/shape/documents'

/*
 * Document bodies kept between release builds (issue #15): a kept body is used only while the
 * document and everything its body shows from elsewhere are unchanged; any edit to one of them
 * shows up in the next build, which reads and renders just the documents concerned.
 */

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const body = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })
const internal = (collection: string, id: string, label: string) => ({
  type: 'link',
  fields: { linkType: 'internal', doc: { relationTo: collection, value: id } },
  children: [text(label)],
  version: 1,
})
const upload = (relationTo: 'media' | 'files', id: number) => ({
  type: 'upload',
  relationTo,
  value: id,
  version: 1,
})

/** What the CMS holds: documents with their bodies, the uploads, the public URLs of documents. */
type Cms = {
  documents: Map<string, Record<string, unknown>>
  media: Map<string, SourceImage>
  files: Map<string, Attachment>
  hrefs: Record<string, Map<string, string>>
}

let dir: string
let cms: Cms

const row = (id: number, slug: string, content: unknown, extra: object = {}) => ({
  id,
  slug,
  title: `Документ ${slug}`,
  type: 'order',
  status: 'in-force',
  body: content,
  updatedAt: '2026-01-01T10:00:00.000Z',
  ...extra,
})

/** Saves a document as the CMS would: a new `updatedAt`. */
function save(id: number, change: Record<string, unknown>): void {
  const doc = cms.documents.get(String(id))!
  cms.documents.set(String(id), {
    ...doc,
    ...change,
    updatedAt: new Date(Date.parse(doc.updatedAt as string) + 1000).toISOString(),
  })
}

/** One release build's read and render of the documents, as load.ts does it. */
async function build(code = 'code-1') {
  const images = new ImagePipeline(path.join(dir, 'media'), path.join(dir, 'variants'))
  const shaping = createShaping(images, cms.media, cms.files, cms.hrefs)
  const parsed = (doc: unknown) => parse(documentSchema, 'documents', doc)
  // The register is read without bodies.
  const register = [...cms.documents.values()].map(({ body: _, ...doc }) =>
    parsed({ body: null, ...doc }),
  )
  const asked: (string[] | 'all')[] = []
  const cache = RenderCache.open(path.join(dir, 'cache'), code)
  const bodies = await documentBodies(register, shaping, cache, (ids) => {
    asked.push(ids ?? 'all')
    return Promise.resolve(
      [...cms.documents.values()].filter((doc) => !ids || ids.includes(String(doc.id))).map(parsed),
    )
  })
  await cache.save()
  const documents = shapeDocuments(register, shaping, bodies)
  const html = (slug: string) => documents.find((doc) => doc.slug === slug)!.bodyHtml
  return { asked, html, documents, manifest: await images.run() }
}

/** The same documents rendered from scratch, for comparison. */
function rendered(): Map<string, string> {
  const images = new ImagePipeline(path.join(dir, 'media'), path.join(dir, 'variants-fresh'))
  const shaping = createShaping(images, cms.media, cms.files, cms.hrefs)
  const docs: DocumentDoc[] = [...cms.documents.values()].map((doc) =>
    parse(documentSchema, 'documents', doc),
  )
  return new Map(shapeDocuments(docs, shaping).map((doc) => [doc.slug, doc.bodyHtml]))
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'site-document-bodies-'))
  mkdirSync(path.join(dir, 'media'))
  await sharp({ create: { width: 900, height: 600, channels: 3, background: '#88aacc' } })
    .jpeg()
    .toFile(path.join(dir, 'media', 'photo.jpg'))
  cms = {
    documents: new Map(
      [
        row(1, 'statut', body(paragraph(text('Статут бібліотеки.')))),
        row(
          2,
          'nakaz-1',
          body(paragraph(text('Згідно з '), internal('documents', '1', 'статутом'))),
        ),
        row(3, 'zvit', body(upload('media', 7), upload('files', 3))),
        row(4, 'polozhennia', body(paragraph(text('Положення.'))), { related: [1] }),
      ].map((doc) => [String(doc.id), doc]),
    ),
    media: new Map([
      [
        '7',
        { id: 7, filename: 'photo.jpg', width: 900, height: 600, alt: 'Зала', caption: 'Зала' },
      ],
    ]),
    files: new Map([
      ['3', { title: 'Звіт', href: '/faily/zvit.pdf', format: 'PDF', size: '1,5\u00a0МБ' }],
    ]),
    hrefs: { documents: new Map([['1', '/dokumenty/statut/']]) },
  }
})

describe('document bodies kept between release builds', () => {
  it('reads and renders every body once, then reuses them all without reading any', async () => {
    const first = await build()
    expect(first.asked).toEqual(['all'])
    const second = await build()
    expect(second.asked).toEqual([])
    for (const [slug, html] of rendered()) {
      expect(first.html(slug), slug).toBe(html)
      expect(second.html(slug), slug).toBe(html)
    }
    expect(second.html('nakaz-1')).toContain('<a href="/dokumenty/statut/">статутом</a>')
  })

  it('renders anew the body of a saved document, and only that one', async () => {
    await build()
    save(4, { body: body(paragraph(text('Положення в новій редакції.'))) })
    const next = await build()
    expect(next.asked).toEqual([['4']])
    expect(next.html('polozhennia')).toBe('<p>Положення в новій редакції.</p>')
    expect(await build().then((again) => again.asked)).toEqual([])
  })

  it('follows a linked document to its new address, and drops the link when it is withdrawn', async () => {
    await build()
    cms.hrefs.documents!.set('1', '/dokumenty/statut-2026/')
    const moved = await build()
    expect(moved.asked).toEqual([['2']])
    expect(moved.html('nakaz-1')).toContain('<a href="/dokumenty/statut-2026/">статутом</a>')
    cms.hrefs.documents!.delete('1')
    const withdrawn = await build()
    expect(withdrawn.asked).toEqual([['2']])
    expect(withdrawn.html('nakaz-1')).toBe('<p>Згідно з статутом</p>')
  })

  it('shows an image’s new caption or alt text and a file’s new title', async () => {
    await build()
    cms.media.set('7', { ...cms.media.get('7')!, caption: 'Нова зала', alt: 'Нова зала' })
    const captioned = await build()
    expect(captioned.asked).toEqual([['3']])
    expect(captioned.html('zvit')).toContain('<figcaption>Нова зала</figcaption>')
    expect(captioned.html('zvit')).toContain('alt="Нова зала"')
    cms.files.set('3', { ...cms.files.get('3')!, title: 'Звіт за рік' })
    const retitled = await build()
    expect(retitled.asked).toEqual([['3']])
    expect(retitled.html('zvit')).toContain('>Звіт за рік</a>')
  })

  it('shows an image whose file was replaced under the same name, and makes its variants', async () => {
    const first = await build()
    await sharp({ create: { width: 900, height: 600, channels: 3, background: '#cc4411' } })
      .jpeg()
      .toFile(path.join(dir, 'media', 'photo.jpg'))
    const next = await build()
    expect(next.asked).toEqual([['3']])
    expect(next.html('zvit')).not.toBe(first.html('zvit'))
    expect(next.html('zvit')).toBe(rendered().get('zvit'))
    expect(next.manifest.variants).not.toEqual(first.manifest.variants)
  })

  it('makes and copies the images of a reused body like those of a rendered one', async () => {
    const first = await build()
    const reused = await build()
    expect(reused.asked).toEqual([])
    expect(first.manifest.variants.length).toBeGreaterThan(0)
    expect(reused.manifest.variants).toEqual(first.manifest.variants)
  })

  it('renders every body anew when the code that renders them changed', async () => {
    await build('code-1')
    expect((await build('code-2')).asked).toEqual(['all'])
    expect((await build('code-2')).asked).toEqual([])
  })

  it('keeps only the body: links to related documents come from this build', async () => {
    await build()
    save(1, { title: 'Статут у новій редакції' })
    cms.hrefs.documents!.set('1', '/dokumenty/statut/')
    const next = await build()
    expect(next.asked).toEqual([['1']])
    const related = next.documents.find((doc) => doc.slug === 'polozhennia')!.related
    expect(related).toEqual([{ href: '/dokumenty/statut/', title: 'Статут у новій редакції' }])
  })

  it('renders anew a body whose saved record was cut short, and keeps the file from growing', async () => {
    await build()
    const file = path.join(dir, 'cache', RENDER_CACHE_FILE)
    // The last entry cut in the middle, as a full disk would leave it.
    const saved = readFileSync(file)
    writeFileSync(file, saved.subarray(0, saved.length - 20))
    const next = await build()
    expect(next.asked).toHaveLength(1)
    expect((await build()).asked).toEqual([])
    // Saves are appended; the file is rewritten once most of it is superseded.
    const sizes: number[] = []
    for (let n = 0; n < 6; n += 1) {
      save(4, { body: body(paragraph(text(`Редакція ${n}.`))) })
      await build()
      sizes.push(readFileSync(file).length)
    }
    expect(Math.max(...sizes)).toBeLessThan(2.5 * saved.length)
    expect(Math.min(...sizes.slice(1))).toBeLessThan(Math.max(...sizes))
    expect((await build()).html('polozhennia')).toBe('<p>Редакція 5.</p>')
    appendFileSync(file, 'not a record')
    expect((await build()).asked).toEqual([])
    expect((await build()).asked).toEqual([])
  })
})
