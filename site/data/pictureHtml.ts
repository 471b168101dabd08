import type { Picture } from './images'

const escapeAttribute = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** A <picture> element for HTML strings (rich text); Astro pages use the Picture component. */
export function pictureHtml(picture: Picture, sizes: string, eager = false): string {
  const loading = eager ? 'fetchpriority="high"' : 'loading="lazy" decoding="async"'
  return `<picture><source type="image/avif" srcset="${picture.avif}" sizes="${sizes}"><img src="${picture.src}" srcset="${picture.webp}" sizes="${sizes}" width="${picture.width}" height="${picture.height}" alt="${escapeAttribute(picture.alt)}" ${loading}></picture>`
}
