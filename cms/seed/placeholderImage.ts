import sharp from 'sharp'

export type PlaceholderImageOptions = {
  /** Base hue of the picture, 0–359. */
  hue: number
  /** Varies the shapes so images of one set differ. */
  variant: number
  width?: number
  height?: number
  /** Old-photo look (sepia) for digitized local-history items. */
  sepia?: boolean
}

/** A small deterministic pseudo-random sequence, so the same options always give the same image. */
function sequence(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return ((state >>> 0) % 10000) / 10000
  }
}

/**
 * A generated JPEG that stands in for a photo in sample content: soft shapes on a gradient,
 * no text (text would need fonts the machine may lack). Real libraries replace these.
 */
export async function placeholderImage(options: PlaceholderImageOptions): Promise<Buffer> {
  const { hue, variant, width = 1200, height = 800, sepia = false } = options
  const random = sequence(hue * 1000 + variant)
  const shapes = Array.from({ length: 7 }, (_, index) => {
    const x = Math.round(random() * width)
    const y = Math.round(random() * height)
    const radius = Math.round(60 + random() * 260)
    const shapeHue = (hue + index * 23) % 360
    return `<circle cx="${x}" cy="${y}" r="${radius}" fill="hsl(${shapeHue},55%,${40 + index * 5}%)" fill-opacity="0.55"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},45%,82%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,35%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes}
    <rect x="${width * 0.1}" y="${height * 0.62}" width="${width * 0.8}" height="${height * 0.18}" fill="hsl(${hue},30%,20%)" fill-opacity="0.45"/>
  </svg>`
  let image = sharp(Buffer.from(svg))
  if (sepia) image = image.grayscale().tint({ r: 112, g: 66, b: 20 })
  return image.jpeg({ quality: 78, mozjpeg: true }).toBuffer()
}
