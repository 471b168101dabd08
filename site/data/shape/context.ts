import type { LocaleLinks } from '@domain/urls/localeLinks'

import type { ImagePipeline, Picture, SourceImage } from '../images'
import type { Link } from '../model'
import type { Lookup } from '../renderCache'
import {
  renderRichText,
  type Attachment,
  type RenderedRichText,
  type RichTextContext,
} from '../richText'

/** What every shaping module needs: the images and files read so far, and links between documents. */
export type Shaping = {
  images: ImagePipeline
  media: Map<string, SourceImage>
  files: Map<string, Attachment>
  /** Rich text as HTML, with links to other documents resolved and problems named by field. */
  render: (value: unknown, collection: string, slug: string, field: string) => RenderedRichText
  /**
   * Like `render`, with every value it looked up outside the text (see renderCache.ts), for a
   * render kept between builds. Only for Ukrainian texts: English link rewriting is not traced.
   */
  renderTraced: (
    value: unknown,
    collection: string,
    slug: string,
    field: string,
  ) => { rendered: RenderedRichText; lookups: Lookup[] }
  /**
   * Whether each lookup of a kept render still gives the same value now. Pictures are asked for
   * again, so the images a reused render shows are made and copied like those of a new one.
   */
  unchanged: (lookups: readonly Lookup[]) => boolean
  /** A responsive picture of an image, or an error naming where it was missing or broken. */
  picture: (
    ref: string | undefined,
    widths: readonly number[],
    where: string,
  ) => Picture | undefined
}

export function createShaping(
  images: ImagePipeline,
  media: Map<string, SourceImage>,
  files: Map<string, Attachment>,
  hrefs: Record<string, Map<string, string>>,
  /** For the English site: links to English pages where they exist (see RichTextContext). */
  links?: LocaleLinks & { otherLanguage: string },
  /** For the English site: the English words of images (see RichTextContext). */
  english?: RichTextContext['english'],
): Shaping {
  const hrefOf = (target: string, docId: string) => hrefs[target]?.get(docId)
  const render: Shaping['render'] = (value, collection, slug, field) =>
    renderRichText(value, {
      where: `${collection} «${slug}», поле «${field}»`,
      media,
      files,
      images,
      hrefOf,
      links,
      english,
    })
  // The live value of a lookup: what a render would get if it asked now.
  const lookUp = (kind: Lookup[0], key: string): unknown => {
    if (kind === 'media') return media.get(key)
    if (kind === 'file') return files.get(key)
    if (kind === 'href') {
      const [target, docId] = JSON.parse(key) as [string, string]
      return hrefOf(target, docId)
    }
    const [source, widths] = JSON.parse(key) as [SourceImage, number[]]
    return images.picture(source, widths)
  }
  const renderTraced: Shaping['renderTraced'] = (value, collection, slug, field) => {
    if (links || english) throw new Error('A translated text is never kept between builds.')
    const lookups: Lookup[] = []
    const traced = <T>(kind: Lookup[0], key: string, value: T): T => {
      lookups.push([kind, key, valueJson(value)])
      return value
    }
    const context: RichTextContext = {
      where: `${collection} «${slug}», поле «${field}»`,
      media: { get: (id) => traced('media', id, media.get(id)) },
      files: { get: (id) => traced('file', id, files.get(id)) },
      images: {
        picture: (source, widths) =>
          traced('picture', JSON.stringify([source, widths]), images.picture(source, widths)),
      },
      hrefOf: (target, docId) =>
        traced('href', JSON.stringify([target, docId]), hrefOf(target, docId)),
    }
    return { rendered: renderRichText(value, context), lookups }
  }
  const unchanged: Shaping['unchanged'] = (lookups) =>
    lookups.every(([kind, key, value]) => {
      try {
        return valueJson(lookUp(kind, key)) === value
      } catch {
        // Now missing or broken (an image file gone): render anew, which names the problem.
        return false
      }
    })
  const picture: Shaping['picture'] = (ref, widths, where) => {
    if (!ref) return undefined
    const source = media.get(ref)
    if (!source) throw new Error(`Сайт не зібрано: ${where} — зображення ${ref} відсутнє.`)
    try {
      return images.picture(source, widths)
    } catch (cause) {
      throw new Error(`Сайт не зібрано: ${where} — ${(cause as Error).message}.`, { cause })
    }
  }
  return { images, media, files, render, renderTraced, unchanged, picture }
}

const valueJson = (value: unknown) => JSON.stringify(value ?? null)

/** The links of the given ids that exist, in order. */
export function linksTo(refs: string[], map: Map<string, Link>): Link[] {
  return refs.map((ref) => map.get(ref)).filter((link): link is Link => link !== undefined)
}
