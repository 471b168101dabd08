import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { ImagePipeline, type SourceImage } from '@site/data/images'
import { renderRichText, type Attachment, type RichTextContext } from '@site/data/richText'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })
const link = (url: string, label: string) => ({
  type: 'link',
  fields: { url, linkType: 'custom' },
  children: [text(label)],
  version: 1,
})

let context: RichTextContext

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-richtext-'))
  await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#88aacc' } })
    .jpeg()
    .toFile(path.join(dir, 'photo.jpg'))
  const photo: SourceImage = {
    id: '7',
    filename: 'photo.jpg',
    width: 1000,
    height: 600,
    alt: 'Читальна зала',
    caption: 'Підпис <b>світлини</b>',
  }
  const file: Attachment = {
    title: 'Звіт',
    href: '/faily/zvit.pdf',
    format: 'PDF',
    size: '1,5\u00a0МБ',
  }
  context = {
    where: 'news «test», поле «body»',
    media: new Map([['7', photo]]),
    files: new Map([['3', file]]),
    hrefOf: (collection, id) =>
      collection === 'documents' && id === '1' ? '/dokumenty/statut/' : undefined,
    images: new ImagePipeline(dir, path.join(dir, 'cache')),
  }
})

describe('renderRichText', () => {
  it('escapes HTML typed into text, so it never runs', () => {
    const { html } = renderRichText(
      doc(paragraph(text('<img src=x onerror=alert(1)> & <script>'))),
      context,
    )
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#60;script&#62;')
  })

  it('drops javascript: and other unsafe links but keeps their words', () => {
    const { html } = renderRichText(
      doc(
        paragraph(
          link('javascript:alert(1)', 'натисни'),
          link('java\tscript:alert(1)', 'ще'),
          link('https://kyivcity.gov.ua', 'КМДА'),
        ),
      ),
      context,
    )
    expect(html).toBe('<p>натиснище<a href="https://kyivcity.gov.ua" rel="noopener">КМДА</a></p>')
  })

  it('links internal documents only when they are published', () => {
    const internal = (id: string) => ({
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo: 'documents', value: id } },
      children: [text('статут')],
      version: 1,
    })
    expect(renderRichText(doc(paragraph(internal('1'))), context).html).toBe(
      '<p><a href="/dokumenty/statut/">статут</a></p>',
    )
    expect(renderRichText(doc(paragraph(internal('99'))), context).html).toBe('<p>статут</p>')
  })

  it('demotes h1 to h2, anchors headings and collects a table of contents', () => {
    const heading = (tag: string, value: string) => ({
      type: 'heading',
      tag,
      children: [text(value)],
      version: 1,
    })
    const { html, toc } = renderRichText(
      doc(heading('h1', 'Загальні положення'), heading('h3', 'Мета'), heading('h2', 'Мета')),
      context,
    )
    expect(html).toBe(
      '<h2 id="zahalni-polozhennia">Загальні положення</h2><h3 id="meta">Мета</h3><h2 id="meta-2">Мета</h2>',
    )
    expect(toc).toEqual([
      { id: 'zahalni-polozhennia', text: 'Загальні положення', level: 2 },
      { id: 'meta', text: 'Мета', level: 3 },
      { id: 'meta-2', text: 'Мета', level: 2 },
    ])
  })

  it('renders images as responsive pictures and files as download links with format and size', () => {
    const { html } = renderRichText(
      doc(
        { type: 'upload', relationTo: 'media', value: 7, version: 1 },
        { type: 'upload', relationTo: 'files', value: { id: 3 }, version: 1 },
      ),
      context,
    )
    expect(html).toMatch(
      /^<figure><picture><source type="image\/avif" srcset="\/media\/[0-9a-f]{16}-480\.avif 480w, /,
    )
    expect(html).toContain('width="1000" height="600" alt="Читальна зала" loading="lazy"')
    expect(html).toContain('<figcaption>Підпис &#60;b&#62;світлини&#60;/b&#62;</figcaption>')
    expect(html).toContain(
      '<a href="/faily/zvit.pdf" download>Звіт</a> <span class="meta">(PDF, 1,5\u00a0МБ)</span>',
    )
  })

  it('renders galleries and tables accessibly', () => {
    const cell = (value: string, headerState = 0) => ({
      type: 'tablecell',
      headerState,
      children: [paragraph(text(value))],
      version: 1,
    })
    const { html } = renderRichText(
      doc(
        {
          type: 'block',
          fields: { blockType: 'gallery', images: [7, 7], caption: 'Свято' },
          version: 1,
        },
        {
          type: 'table',
          version: 1,
          children: [
            { type: 'tablerow', version: 1, children: [cell('Рік', 1), cell('Читачів', 1)] },
            { type: 'tablerow', version: 1, children: [cell('2025'), cell('12 000')] },
          ],
        },
      ),
      context,
    )
    expect(html).toMatch(
      /^<figure class="gallery"><ul><li><picture>.*<\/picture><\/li><li><picture>.*<\/ul><figcaption>Свято<\/figcaption><\/figure>/,
    )
    expect(html).toContain(
      '<div class="table" role="region" aria-label="Таблиця" tabindex="0"><table><tr><th scope="col"><p>Рік</p></th>',
    )
    expect(html).toContain('<td><p>2025</p></td>')
  })

  it('renders an empty body as nothing', () => {
    expect(renderRichText(null, context).html).toBe('')
    expect(renderRichText(doc(paragraph()), context).html).toBe('')
  })

  it('fails naming the document and field when content cannot be rendered', () => {
    expect(() =>
      renderRichText(
        doc(
          { type: 'upload', relationTo: 'media', value: 404, version: 1 },
          { type: 'mystery', version: 1 },
        ),
        context,
      ),
    ).toThrow(
      /news «test», поле «body»:\n {2}- upload: image 404 is missing or not public\n {2}- unknown: the site cannot show content of type «mystery»/,
    )
  })
})

describe('renderRichText in an English text (issue #16)', () => {
  const image = { type: 'upload', relationTo: 'media', value: 7, version: 1 }
  const english = (media: RichTextContext['english'] = { media: new Map() }) => ({
    ...context,
    english: media,
  })

  it('says its own words in English and typesets by English rules', () => {
    const ticked = {
      type: 'list',
      tag: 'ul',
      listType: 'check',
      version: 1,
      children: [{ type: 'listitem', checked: true, version: 1, children: [text('Booked')] }],
    }
    const table = {
      type: 'table',
      version: 1,
      children: [{ type: 'tablerow', version: 1, children: [{ type: 'tablecell', children: [] }] }],
    }
    const { html } = renderRichText(
      doc(paragraph(text('We don\'t close: "open days"')), ticked, table),
      english(),
    )
    expect(html).toContain('<p>We don’t close: “open days”</p>')
    expect(html).toContain('<span class="check" aria-label="done">✓</span> Booked')
    expect(html).toContain('<div class="table" role="region" aria-label="Table" tabindex="0">')
    expect(html).not.toMatch(/виконано|Таблиця/)
  })

  it('shows an image with its English words where an editor wrote them', () => {
    const described = new Map([['7', { alt: 'The reading room', caption: 'Spring, 2025' }]])
    const { html } = renderRichText(doc(image), english({ media: described }))
    expect(html).toContain('alt="The reading room" loading="lazy"')
    expect(html).toContain('<figcaption>Spring, 2025</figcaption>')
    expect(html).not.toContain('lang="uk"')
  })

  it('marks the Ukrainian words of an image or file not yet described in English', () => {
    const { html } = renderRichText(
      doc(image, { type: 'upload', relationTo: 'files', value: 3, version: 1 }),
      english(),
    )
    expect(html).toContain('alt="Читальна зала" lang="uk" loading="lazy"')
    expect(html).toContain(
      '<figcaption lang="uk">Підпис &#60;b&#62;світлини&#60;/b&#62;</figcaption>',
    )
    expect(html).toContain(
      '<p class="file-link" lang="uk"><a href="/faily/zvit.pdf" download>Звіт</a>',
    )
  })

  it('leaves a Ukrainian text unmarked', () => {
    const { html } = renderRichText(doc(image), context)
    expect(html).toContain('alt="Читальна зала" loading="lazy"')
    expect(html).not.toContain('lang=')
  })
})
