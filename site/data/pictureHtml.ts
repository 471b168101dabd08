import type { Picture } from './images'

const escapeAttribute = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** A `lang` attribute (with its leading space) for a run in another language than the page's. */
export const langAttribute = (lang: string | undefined) => (lang ? ` lang="${lang}"` : '')

/**
 * A <picture> element for HTML strings (rich text); Astro pages use the Picture component.
 * `altLang`: the language of the alt text where it is not the page's.
 */
export function pictureHtml(
  picture: Picture,
  sizes: string,
  eager = false,
  altLang?: string,
): string {
  const loading = eager ? 'fetchpriority="high"' : 'loading="lazy" decoding="async"'
  return `<picture><source type="image/avif" srcset="${picture.avif}" sizes="${sizes}"><img src="${picture.src}" srcset="${picture.webp}" sizes="${sizes}" width="${picture.width}" height="${picture.height}" alt="${escapeAttribute(picture.alt)}"${langAttribute(altLang)} ${loading}></picture>`
}
