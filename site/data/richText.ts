import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'

import { isSafeUrl } from '@domain/safe-links/isSafeUrl'
import { headingAnchor } from '@domain/slugs/anchor'
import type { LinkTarget, LocaleLinks } from '@domain/urls/localeLinks'
import { typesetIn } from '@domain/format/localeFormat'
import { typeset } from '@domain/format/typography'
import { siteWords, ukrainianRun } from '@domain/i18n/siteWords'
import type { ImagePipeline, SourceImage } from './images'
import { langAttribute, pictureHtml } from './pictureHtml'

/** A downloadable file as the site shows it. */
export type Attachment = {
  title: string
  description?: string
  href: string
  /** "PDF", "DOCX"… */
  format: string
  /** "1,5 МБ" */
  size: string
}

export type TocEntry = { id: string; text: string; level: 2 | 3 }

/** What converters need: the uploads and documents that links and images point to. */
export type RichTextContext = {
  /** "documents «slug», field body": named in every error. */
  where: string
  media: Pick<ReadonlyMap<string, SourceImage>, 'get'>
  files: Pick<ReadonlyMap<string, Attachment>, 'get'>
  /** The public URL of a published document, or undefined when it is not public. */
  hrefOf: (collection: string, id: string) => string | undefined
  images: Pick<ImagePipeline, 'picture'>
  /**
   * For a translated text (issue #16): where its links go in its language, and what a link to a
   * page in another language says. Without it, links go where `hrefOf` and the text say.
   */
  links?: LocaleLinks & { otherLanguage: string }
  /**
   * For a text in English (issue #16): its images' English alt text and captions, by id, where an
   * editor wrote them. Without it, the text is Ukrainian.
   */
  english?: { media: Pick<ReadonlyMap<string, ImageWords>, 'get'> }
}

/** An image's words in one language: its alt text and caption. */
export type ImageWords = { alt: string; caption?: string }

export type RenderedRichText = { html: string; toc: TocEntry[]; text: string }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

const FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
}

type Node = { type: string; [key: string]: unknown }
type Children = { children?: Node[] }

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return undefined
}

function plainText(node: Node): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  return ((node as Children).children ?? []).map(plainText).join('')
}

/** Widths for images inside text, which is at most ~46rem wide. */
const CONTENT_WIDTHS = [480, 800, 1200] as const
const GALLERY_WIDTHS = [320, 640] as const

/**
 * Renders a Lexical rich-text value to HTML with our own converters: text is escaped and typeset,
 * unsafe links lose their href, headings get anchors, uploads become responsive pictures or
 * download links, galleries and tables are accessible. Problems are collected and thrown together,
 * naming the document and field, so bad content stops the build instead of vanishing.
 */
export function renderRichText(value: unknown, context: RichTextContext): RenderedRichText {
  const problems: string[] = []
  const toc: TocEntry[] = []
  const usedIds = new Set<string>()
  const texts: string[] = []

  const guard =
    <T extends Node>(
      name: string,
      convert: (args: { node: T; children: () => string }) => string,
    ) =>
    ({ node, nodesToHTML }: { node: T; nodesToHTML: (args: { nodes: Node[] }) => string[] }) => {
      try {
        return convert({
          node,
          children: () => nodesToHTML({ nodes: (node as Children).children ?? [] }).join(''),
        })
      } catch (error) {
        problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
        return ''
      }
    }

  const anchorFor = (text: string) => {
    const base = headingAnchor(text)
    let id = base
    for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`
    usedIds.add(id)
    return id
  }

  const language = context.english ? 'en' : 'uk'
  const words = siteWords(language).richText
  const typesetText = (text: string) => typesetIn(language, text)
  /**
   * An image's words for this text: in English where an editor wrote them, else its Ukrainian
   * ones, marked as Ukrainian so that a screen reader reads them as such (WCAG 3.1.2).
   */
  const imageWords = (source: SourceImage, id: string) => {
    const english = context.english?.media.get(id)
    if (english) return { ...english, lang: undefined }
    return { alt: source.alt, caption: source.caption ?? undefined, lang: ukrainianRun(language) }
  }

  /** A picture of an image in the text, with its caption in the same words. */
  const image = (id: string | undefined, widths: readonly number[], sizes: string) => {
    const source = id ? context.media.get(id) : undefined
    if (!id || !source) throw new Error(`image ${id ?? '(none)'} is missing or not public`)
    const { alt, caption, lang } = imageWords(source, id)
    const picture = { ...context.images.picture(source, widths), alt }
    return { html: pictureHtml(picture, sizes, false, lang), caption, lang }
  }

  const converters: HTMLConverters = {
    ...defaultHTMLConverters,
    text: guard<Node>('text', ({ node }) => {
      const raw = typeof node.text === 'string' ? node.text : ''
      texts.push(raw)
      let html = escapeHtml(typesetText(raw))
      const format = Number(node.format ?? 0)
      if (format & FORMAT.code) html = `<code>${html}</code>`
      if (format & FORMAT.bold) html = `<strong>${html}</strong>`
      if (format & FORMAT.italic) html = `<em>${html}</em>`
      if (format & FORMAT.strikethrough) html = `<s>${html}</s>`
      if (format & FORMAT.underline) html = `<u>${html}</u>`
      if (format & FORMAT.subscript) html = `<sub>${html}</sub>`
      if (format & FORMAT.superscript) html = `<sup>${html}</sup>`
      return html
    }),
    paragraph: guard('paragraph', ({ children }) => {
      const html = children()
      return html.trim() === '' ? '' : `<p>${html}</p>`
    }),
    heading: guard<Node>('heading', ({ node, children }) => {
      // The page title is the only h1; headings inside text start at h2.
      const level = Math.min(
        6,
        Math.max(2, Number(typeof node.tag === 'string' ? node.tag.slice(1) : 2) || 2),
      )
      const text = typesetText(plainText(node)).trim()
      const id = anchorFor(text)
      if (level <= 3 && text) toc.push({ id, text, level: level as 2 | 3 })
      return `<h${level} id="${id}">${children()}</h${level}>`
    }),
    list: guard<Node>('list', ({ node, children }) => {
      const tag = node.tag === 'ol' ? 'ol' : 'ul'
      const cls = node.listType === 'check' ? ' class="checklist"' : ''
      return `<${tag}${cls}>${children()}</${tag}>`
    }),
    listitem: guard<Node>('listitem', ({ node, children }) => {
      const checked =
        node.checked === true ? `<span class="check" aria-label="${words.done}">✓</span> ` : ''
      return `<li>${checked}${children()}</li>`
    }),
    quote: guard('quote', ({ children }) => `<blockquote>${children()}</blockquote>`),
    link: guard<Node>('link', ({ node, children }) => linkHtml(node, children(), context)),
    autolink: guard<Node>('autolink', ({ node, children }) => linkHtml(node, children(), context)),
    upload: guard<Node>('upload', ({ node }) => {
      const id = idOf(node.value)
      if (node.relationTo === 'files') {
        const file = id ? context.files.get(id) : undefined
        if (!file) throw new Error(`file ${id ?? '(none)'} is missing`)
        // A file's title and size are Ukrainian only.
        return `<p class="file-link"${langAttribute(ukrainianRun(language))}>${attachmentHtml(file)}</p>`
      }
      const { html, caption, lang } = image(id, CONTENT_WIDTHS, '(min-width: 50rem) 46rem, 100vw')
      if (!caption) return `<figure>${html}</figure>`
      const captionText = escapeHtml(typesetIn(lang ?? language, caption))
      return `<figure>${html}<figcaption${langAttribute(lang)}>${captionText}</figcaption></figure>`
    }),
    table: guard(
      'table',
      ({ children }) =>
        `<div class="table" role="region" aria-label="${words.table}" tabindex="0"><table>${children()}</table></div>`,
    ),
    tablerow: guard('tablerow', ({ children }) => `<tr>${children()}</tr>`),
    tablecell: guard<Node>('tablecell', ({ node, children }) => {
      const header = Number(node.headerState ?? 0)
      const span = (name: string, value: unknown) =>
        Number(value) > 1 ? ` ${name}="${Number(value)}"` : ''
      const attributes = `${span('colspan', node.colSpan)}${span('rowspan', node.rowSpan)}`
      if (header === 0) return `<td${attributes}>${children()}</td>`
      // headerState: 1 row header (the first row), 2 column header (the first column).
      const scope = header === 2 ? 'row' : 'col'
      return `<th scope="${scope}"${attributes}>${children()}</th>`
    }),
    blocks: {
      gallery: guard<Node>('gallery block', ({ node }) => {
        const fields = (node.fields ?? {}) as { images?: unknown[]; caption?: string | null }
        const images = (fields.images ?? []).map(
          (entry) =>
            `<li>${image(idOf(entry), GALLERY_WIDTHS, '(min-width: 50rem) 15rem, 50vw').html}</li>`,
        )
        if (images.length === 0) throw new Error('the gallery has no images')
        const caption = fields.caption
          ? `<figcaption>${escapeHtml(typesetText(fields.caption))}</figcaption>`
          : ''
        return `<figure class="gallery"><ul>${images.join('')}</ul>${caption}</figure>`
      }),
    },
    unknown: guard<Node>('unknown', ({ node }) => {
      const kind =
        node.type === 'block'
          ? `block ${String((node.fields as { blockType?: string })?.blockType)}`
          : node.type
      throw new Error(`the site cannot show content of type «${kind}»`)
    }),
  } as unknown as HTMLConverters

  let html: string
  try {
    html = convertLexicalToHTML({
      converters,
      data: value as Parameters<typeof convertLexicalToHTML>[0]['data'],
      disableContainer: true,
      disableIndent: true,
      disableTextAlign: true,
    })
  } catch (cause) {
    throw new Error(`Cannot render ${context.where}.`, { cause })
  }
  if (problems.length > 0) {
    throw new Error(`Cannot render ${context.where}:\n  - ${problems.join('\n  - ')}`)
  }
  return { html, toc, text: texts.join(' ') }
}

function linkHtml(node: Node, inner: string, context: RichTextContext): string {
  const fields = (node.fields ?? {}) as {
    url?: string
    linkType?: string
    newTab?: boolean
    doc?: { relationTo?: string; value?: unknown } | null
  }
  const target = linkTarget(fields, context)
  // An unsafe or unpublished target loses the link and keeps its words.
  if (!target) return inner
  const { href, hreflang } = target
  const external = /^https?:\/\//i.test(href)
  const rel = external ? ' rel="noopener"' : ''
  if (!hreflang || !context.links) return `<a href="${escapeHtml(href)}"${rel}>${inner}</a>`
  // A page in another language than the text says so, in the link's own words.
  const note = `<span class="link-language">${escapeHtml(context.links.otherLanguage)}</span>`
  return `<a href="${escapeHtml(href)}" hreflang="${hreflang}"${rel}>${inner} ${note}</a>`
}

function linkTarget(
  fields: {
    url?: string
    linkType?: string
    doc?: { relationTo?: string; value?: unknown } | null
  },
  context: RichTextContext,
): LinkTarget | undefined {
  if (fields.linkType === 'internal') {
    const id = idOf(fields.doc?.value)
    const collection = fields.doc?.relationTo
    if (!collection || !id) return undefined
    if (context.links) return context.links.internal(collection, id)
    const href = context.hrefOf(collection, id)
    return href ? { href } : undefined
  }
  if (typeof fields.url !== 'string' || !isSafeUrl(fields.url)) return undefined
  const href = fields.url.trim()
  return context.links ? context.links.url(href) : { href }
}

/** A download link with the file's format and size in its text. */
export function attachmentHtml(file: Attachment): string {
  return `<a href="${escapeHtml(file.href)}" download>${escapeHtml(typeset(file.title))}</a> <span class="meta">(${escapeHtml(file.format)}, ${escapeHtml(file.size)})</span>`
}

export type { HTMLConverter }
