import { describe, expect, it } from 'vitest'

import {
  checkDocument,
  documentReferences,
  EDITORIAL_SPECS,
  hasErrors,
  type MediaFacts,
  type RichTextFacts,
  type TargetState,
} from '@domain/editorial-checks'
import { altIsFileName } from '@domain/editorial-checks/images'
import { checkRichText, isVagueLinkText, referencesOf } from '@domain/editorial-checks/richText'

// Lexical nodes as Payload stores them.
const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const heading = (tag: string, value: string) => ({
  type: 'heading',
  tag,
  children: value ? [text(value)] : [],
})
const internalLink = (words: string, relationTo: string, value: unknown) => ({
  type: 'link',
  fields: { linkType: 'internal', doc: { relationTo, value } },
  children: words ? [text(words)] : [],
})
const customLink = (words: string, url: string) => ({
  type: 'link',
  fields: { linkType: 'custom', url },
  children: words ? [text(words)] : [],
})
const image = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
const file = (value: unknown) => ({ type: 'upload', relationTo: 'files', value })
const gallery = (images: unknown[]) => ({
  type: 'block',
  fields: { blockType: 'gallery', images },
})
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })

const PHOTO: MediaFacts = {
  alt: 'Читачі на відкритті виставки',
  filename: 'IMG_2041.jpg',
  width: 1200,
  height: 800,
  filesize: 300_000,
}

/** Facts about a small fixed world: news 1 published, news 2 a draft, media 10, file 20. */
function facts(media: Record<string, MediaFacts> = { '10': PHOTO }): RichTextFacts {
  const states: Record<string, TargetState> = { 'news:1': 'published', 'news:2': 'draft' }
  return {
    target: ({ relationTo, id }) =>
      relationTo === 'users' ? 'no-page' : (states[`${relationTo}:${id}`] ?? 'missing'),
    media: (id) => media[id],
    file: (id) => id === '20',
  }
}

const codes = (value: unknown) => checkRichText(value, 'body', facts()).map((f) => f.code)

describe('links', () => {
  it('accepts a link to a published page and to a safe https address', () => {
    expect(
      codes(
        doc(
          paragraph(
            internalLink('розклад бібліотек', 'news', 1),
            customLink('сайт міста', 'https://kyivcity.gov.ua'),
          ),
        ),
      ),
    ).toEqual([])
  })

  it('blocks links to drafts, deleted documents and records without a page, and says why', () => {
    const findings = checkRichText(
      doc(
        paragraph(
          internalLink('нова виставка', 'news', 2),
          internalLink('стара новина', 'news', 99),
          internalLink('колега', 'users', 1),
          internalLink('без цілі', 'news', null),
        ),
      ),
      'body',
      facts(),
    )
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'link-draft'],
      ['error', 'link-missing'],
      ['error', 'link-no-page'],
      ['error', 'link-missing'],
    ])
    expect(findings[0]!.message).toContain('«нова виставка»')
    expect(findings[0]!.message).toContain('чернетку')
    expect(findings[0]!.fix).toMatch(/опублікуйте/)
    expect(findings[1]!.message).toContain('вилучено')
    expect(findings.every((f) => f.field === 'body')).toBe(true)
  })

  it('reads a populated link target (depth > 0) by its id', () => {
    expect(codes(doc(paragraph(internalLink('новина', 'news', { id: 2, title: 'x' }))))).toEqual([
      'link-draft',
    ])
  })

  it('blocks empty links, warns about vague words and plain http', () => {
    expect(
      codes(
        doc(
          paragraph(customLink('', 'https://example.org')),
          paragraph(customLink('   ', 'https://example.org')),
          paragraph(customLink('Тут', 'https://example.org')),
          paragraph(customLink('«за посиланням».', 'https://example.org')),
          paragraph(customLink('анкета волонтера', 'http://example.org/form')),
        ),
      ),
    ).toEqual(['link-empty', 'link-empty', 'link-vague', 'link-vague', 'link-http'])
  })

  it('tells vague link words from words that name the target', () => {
    for (const vague of ['тут', 'ТУТ!', 'за посиланням', 'Детальніше…', 'click here'])
      expect(isVagueLinkText(vague), vague).toBe(true)
    for (const clear of ['тут розклад бібліотек', 'анкета волонтера', 'Посилання на статут'])
      expect(isVagueLinkText(clear), clear).toBe(false)
  })

  it('leaves unsafe schemes to the field validation and flags a link with no address', () => {
    expect(codes(doc(paragraph(customLink('скрипт', 'javascript:alert(1)'))))).toEqual([])
    expect(codes(doc(paragraph({ type: 'link', fields: {}, children: [text('x')] })))).toEqual([
      'link-no-url',
    ])
  })
})

describe('headings', () => {
  it('accepts h2 → h3 → h2 and warns about a skipped level and an h1 in the text', () => {
    expect(codes(doc(heading('h2', 'A'), heading('h3', 'B'), heading('h2', 'C')))).toEqual([])
    const findings = checkRichText(
      doc(heading('h2', 'Розділ'), heading('h4', 'Підпункт'), heading('h1', 'Друга назва')),
      'body',
      facts(),
    )
    expect(findings.map((f) => f.code)).toEqual(['heading-skip', 'heading-h1'])
    expect(findings[0]!.message).toContain('H4 одразу після H2')
    expect(findings[0]!.fix).toContain('H3')
  })

  it('counts the page title as h1: text that starts with h3 skips h2', () => {
    expect(codes(doc(heading('h3', 'Підрозділ')))).toEqual(['heading-skip'])
  })

  it('blocks an empty heading (spaces only, too)', () => {
    expect(codes(doc(heading('h2', ''), heading('h2', '   ')))).toEqual([
      'heading-empty',
      'heading-empty',
    ])
  })
})

describe('images and files', () => {
  it('blocks missing images and alt text that is a file name, warns about huge originals', () => {
    const world = facts({
      '10': PHOTO,
      '11': { ...PHOTO, alt: 'img 2041', filename: 'IMG_2041.JPG' },
      '12': { ...PHOTO, alt: 'DSC01234', filename: 'vystavka.jpg' },
      '13': { ...PHOTO, alt: '', filename: 'a.jpg' },
      '14': { ...PHOTO, width: 6000, height: 4000, filesize: 12 * 1024 * 1024 },
    })
    const found = checkRichText(
      doc(image(10), image(11), image(12), image(13), image(14), image(77), image(null)),
      'body',
      world,
    )
    expect(found.map((f) => f.code)).toEqual([
      'image-alt-filename',
      'image-alt-filename',
      'image-alt-missing',
      'image-oversized',
      'image-missing',
      'image-missing',
    ])
    const oversized = found.find((f) => f.code === 'image-oversized')!
    expect(oversized.severity).toBe('warning')
    expect(oversized.message).toContain('6000×4000')
    expect(oversized.fix).toMatch(/Залишити великим/)
  })

  it('stops warning about a huge original an editor kept large on purpose', () => {
    const huge = { ...PHOTO, width: 6000, height: 4000, filesize: 12 * 1024 * 1024 }
    const world = facts({ '14': huge, '15': { ...huge, keepLarge: true } })
    const found = checkRichText(doc(image(14), image(15)), 'body', world)
    expect(found.map((f) => f.code)).toEqual(['image-oversized'])
  })

  it('knows a file name from a description', () => {
    expect(altIsFileName('IMG_2041.jpg')).toBe(true)
    expect(altIsFileName('vystavka-2024', 'vystavka_2024.png')).toBe(true)
    expect(altIsFileName('PXL_20240501_1200')).toBe(true)
    expect(altIsFileName('Виставка у бібліотеці', 'vystavka.jpg')).toBe(false)
  })

  it('checks galleries and file links', () => {
    expect(codes(doc(gallery([]), gallery([10, 99]), file(20), file(21)))).toEqual([
      'gallery-empty',
      'image-missing',
      'file-missing',
    ])
  })
})

describe('hostile rich text', () => {
  const hostile: [string, unknown][] = [
    ['null', null],
    ['a string', 'not rich text'],
    ['an array', [1, 2]],
    ['a root that is a number', { root: 7 }],
    ['children that are not an array', { root: { children: 'x' } }],
    ['children of wrong types', { root: { children: [null, 3, 'x', [], { type: 7 }] } }],
    ['a text node with a number', doc(paragraph({ type: 'text', text: 42 }))],
    ['a heading with a made-up tag', doc({ type: 'heading', tag: 'h9', children: [text('A')] })],
    ['link fields of the wrong type', doc({ type: 'link', fields: 'x', children: [text('a')] })],
    ['an upload with an object id', doc(image({ id: { nested: true } }))],
  ]
  for (const [name, value] of hostile) {
    it(`does not throw on ${name}`, () => {
      expect(() => checkRichText(value, 'body', facts())).not.toThrow()
      expect(() => referencesOf(value)).not.toThrow()
    })
  }

  it('walks deeply nested content without overflowing the stack', () => {
    let node: Record<string, unknown> = heading('h2', '')
    for (let i = 0; i < 20_000; i += 1) node = { type: 'quote', children: [node] }
    expect(codes({ root: { children: [node] } })).toEqual(['heading-empty'])
  })

  it('stops after a bounded number of nodes', () => {
    const many = Array.from({ length: 200_000 }, () => paragraph(customLink('тут', 'https://a')))
    const found = checkRichText({ root: { children: many } }, 'body', facts())
    expect(found.length).toBeGreaterThan(1000)
    expect(found.length).toBeLessThan(50_000)
  })

  it('does not let a type-confused heading take part in the level order', () => {
    expect(
      codes(doc(heading('h2', 'A'), { type: 'heading', tag: ['h5'], children: [text('B')] })),
    ).toEqual([])
  })
})

describe('a whole document', () => {
  it('collects references from every rich-text and image field', () => {
    const refs = documentReferences(EDITORIAL_SPECS.news!, {
      cover: 10,
      body: doc(paragraph(internalLink('a', 'pages', 3)), image({ id: 11 }), file(20)),
    })
    expect(refs).toEqual({
      docs: [{ relationTo: 'pages', id: '3' }],
      media: ['11', '10'],
      files: ['20'],
    })
  })

  it('warns about long titles and summaries with the count, and a missing news excerpt', () => {
    const findings = checkDocument(
      EDITORIAL_SPECS.news!,
      { title: 'Д'.repeat(120), excerpt: '', body: doc(paragraph(text('Текст'))) },
      facts(),
    )
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['title-long', 'title'],
      ['summary-missing', 'excerpt'],
    ])
    expect(findings[0]!.message).toContain('120 знаків')
    expect(hasErrors(findings)).toBe(false)
    const page = checkDocument(
      EDITORIAL_SPECS.pages!,
      { title: 'Про нас', summary: 'о'.repeat(170) },
      facts(),
    )
    expect(page.map((f) => f.code)).toEqual(['summary-long'])
    expect(page[0]!.message).toContain('170 знаків')
  })

  it('applies the register rules to official documents only, errors first', () => {
    const order = checkDocument(
      EDITORIAL_SPECS.documents!,
      { title: 'Наказ про графік', type: 'order', validFrom: '2026-02-01', validTo: '2026-01-01' },
      facts(),
    )
    expect(order.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'document-number'],
      ['error', 'document-adopted'],
      ['error', 'document-dates'],
      ['warning', 'document-issuer'],
    ])
    const complete = checkDocument(
      EDITORIAL_SPECS.documents!,
      {
        title: 'Наказ',
        type: 'order',
        number: '№ 56-од',
        adoptedOn: '2025-12-10T00:00:00.000Z',
        issuer: 'Директор ЦБС',
      },
      facts(),
    )
    expect(complete).toEqual([])
    expect(
      checkDocument(EDITORIAL_SPECS.documents!, { title: 'Звіт', type: 'report' }, facts()),
    ).toEqual([])
    expect(
      checkDocument(
        EDITORIAL_SPECS.documents!,
        { title: 'Програма', type: 'programme', issuer: 'ЦБС' },
        facts(),
      ).map((f) => f.code),
    ).toEqual(['document-term'])
  })

  it('checks cover images as well as images in the text', () => {
    const findings = checkDocument(
      EDITORIAL_SPECS.news!,
      { title: 'Новина', excerpt: 'Анонс', cover: 13 },
      facts({ '13': { ...PHOTO, alt: 'IMG_1.jpg' } }),
    )
    expect(findings.map((f) => [f.code, f.field])).toEqual([['image-alt-filename', 'cover']])
  })
})
