import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { fallbackWidth, MEDIA_BASE, srcset, variantUrl } from '../lib/media'

/** A responsive image ready for <picture>: AVIF and WebP srcsets, intrinsic size, alt text. */
export type Picture = {
  alt: string
  width: number
  height: number
  /** The source hash that names the variants, and their widths (see lib/media.ts). */
  key: string
  widths: number[]
  /** Fallback src (WebP, the middle width). */
  src: string
  avif: string
  webp: string
  caption?: string
  credit?: string
}

/** What the pipeline needs to know about a stored upload. */
export type SourceImage = {
  id: number | string
  filename: string
  width: number
  height: number
  alt: string
  caption?: string | null
  credit?: string | null
}

type Variant = { source: string; width: number; format: 'avif' | 'webp'; file: string }

/** A file the build copies into the output as it is (originals, attachments). */
export type CopiedFile = { from: string; to: string }

export type ImageManifest = { variants: string[]; copies: CopiedFile[]; cacheDir: string }

const QUALITY = { avif: { quality: 55, effort: 2 }, webp: { quality: 78, effort: 4 } } as const

/**
 * Makes responsive variants of CMS images with sharp. Variants are named by a hash of the source
 * bytes, so they are made once and reused by every later build from the cache folder.
 */
export class ImagePipeline {
  private readonly variants = new Map<string, Variant>()
  private readonly copies = new Map<string, CopiedFile>()
  private readonly hashes = new Map<string, string>()

  constructor(
    private readonly mediaDir: string,
    private readonly cacheDir: string,
    /** Public URL folder of originals. */
    private readonly urlBase = MEDIA_BASE,
  ) {}

  private hashOf(file: string): string {
    let hash = this.hashes.get(file)
    if (!hash) {
      if (!existsSync(file)) throw new Error(`the image file ${file} is missing`)
      hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16)
      this.hashes.set(file, hash)
    }
    return hash
  }

  /** A <picture> of `image` at the given widths (never wider than the original). */
  picture(image: SourceImage, widths: readonly number[]): Picture {
    const source = path.join(this.mediaDir, image.filename)
    const hash = this.hashOf(source)
    const usable = [...new Set(widths.map((width) => Math.min(width, image.width)))].sort(
      (a, b) => a - b,
    )
    for (const width of usable) {
      for (const format of ['avif', 'webp'] as const) {
        const file = variantUrl(hash, width, format).split('/').pop()!
        this.variants.set(file, { source, width, format, file })
      }
    }
    return {
      alt: image.alt,
      width: image.width,
      height: image.height,
      key: hash,
      widths: usable,
      src: variantUrl(hash, fallbackWidth(usable), 'webp'),
      avif: srcset(hash, usable, 'avif'),
      webp: srcset(hash, usable, 'webp'),
      caption: image.caption ?? undefined,
      credit: image.credit ?? undefined,
    }
  }

  /** The URL of the original upload, copied into the output for download. */
  original(image: Pick<SourceImage, 'filename'>): string {
    const from = path.join(this.mediaDir, image.filename)
    const to = `${this.urlBase}/originals/${image.filename}`
    this.copies.set(to, { from, to })
    return to
  }

  /** The URL of any other file copied into the output as it is. */
  copy(from: string, to: string): string {
    this.copies.set(to, { from, to })
    return to
  }

  /** Makes every missing variant in the cache (in parallel) and describes what to copy. */
  async run(): Promise<ImageManifest> {
    await mkdir(this.cacheDir, { recursive: true })
    const missing = [...this.variants.values()].filter(
      (variant) => !existsSync(path.join(this.cacheDir, variant.file)),
    )
    const concurrency = Math.max(1, os.availableParallelism())
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < missing.length) {
        const variant = missing[next++]!
        const target = path.join(this.cacheDir, variant.file)
        const pipeline = sharp(variant.source).rotate().resize({ width: variant.width })
        const output =
          variant.format === 'avif' ? pipeline.avif(QUALITY.avif) : pipeline.webp(QUALITY.webp)
        try {
          // Write then rename, so an interrupted build never leaves a half-written cached file.
          await output.toFile(`${target}.tmp`)
          await rename(`${target}.tmp`, target)
        } catch (cause) {
          throw new Error(
            `Could not make the image variant ${variant.file} of ${variant.source}.`,
            {
              cause,
            },
          )
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const manifest: ImageManifest = {
      variants: [...this.variants.keys()],
      copies: [...this.copies.values()],
      cacheDir: this.cacheDir,
    }
    return manifest
  }
}

/** Writes the manifest the build integration reads to copy files into the output. */
export async function writeManifest(file: string, manifest: ImageManifest): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify(manifest))
}
