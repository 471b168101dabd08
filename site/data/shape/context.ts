import type { LocaleLinks } from '@domain/urls/localeLinks'

import type { ImagePipeline, Picture, SourceImage } from '../images'
import type { Link } from '../model'
import { renderRichText, type Attachment, type RenderedRichText } from '../richText'

/** What every shaping module needs: the images and files read so far, and links between documents. */
export type Shaping = {
  images: ImagePipeline
  media: Map<string, SourceImage>
  files: Map<string, Attachment>
  /** Rich text as HTML, with links to other documents resolved and problems named by field. */
  render: (value: unknown, collection: string, slug: string, field: string) => RenderedRichText
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
): Shaping {
  const render: Shaping['render'] = (value, collection, slug, field) =>
    renderRichText(value, {
      where: `${collection} «${slug}», поле «${field}»`,
      media,
      files,
      images,
      hrefOf: (target, docId) => hrefs[target]?.get(docId),
      links,
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
  return { images, media, files, render, picture }
}

/** The links of the given ids that exist, in order. */
export function linksTo(refs: string[], map: Map<string, Link>): Link[] {
  return refs.map((ref) => map.get(ref)).filter((link): link is Link => link !== undefined)
}
