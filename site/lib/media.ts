/** Public folder of image variants and originals. */
export const MEDIA_BASE = '/media'

/** The URL of one image variant: the build names them by source hash, width and format. */
export function variantUrl(key: string, width: number, format: 'avif' | 'webp'): string {
  return `${MEDIA_BASE}/${key}-${width}.${format}`
}

/** A srcset of the variants of one image. */
export function srcset(key: string, widths: readonly number[], format: 'avif' | 'webp'): string {
  return widths.map((width) => `${variantUrl(key, width, format)} ${width}w`).join(', ')
}

/** The width whose WebP variant is the fallback `src`: the middle one. */
export function fallbackWidth(widths: readonly number[]): number {
  return widths[Math.floor((widths.length - 1) / 2)] ?? widths[0] ?? 0
}
