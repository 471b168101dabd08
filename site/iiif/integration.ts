import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { rightsOf } from '@domain/heritage/citableItem'
import { siteDir } from '../data/paths'
import { loadItemsWithImages } from './content'
import { iiifMetadata } from './content'
import { collectionManifest, itemManifest, type IiifItem } from './manifest'
import { absolute, iiifPaths } from '@domain/urls/iiif'
import { ensureTiles, pruneTileCache, publishTiles, type TileSet } from './tiles'

/** Tiles are cached by content hash across builds and output folders. */
export const IIIF_CACHE_DIR = path.join(siteDir, '.astro', 'iiif')

async function writeJson(outDir: string, pathname: string, value: unknown): Promise<void> {
  const file = path.join(outDir, ...pathname.split('/').filter(Boolean))
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify(value))
}

/** Runs `task` over `inputs` with as many at once as there are cores. */
async function inParallel<T, R>(inputs: T[], task: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length)
  let next = 0
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++
      results[index] = await task(inputs[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker))
  return results
}

/**
 * After the pages are built: static IIIF Image API level-0 tiles of every page image of every
 * published item (made only for new or changed images), a Presentation 3 manifest per item and a
 * collection per digital collection, under /iiif/.
 */
export function iiif(): AstroIntegration {
  let site = 'http://localhost:4321/'
  return {
    name: 'solomianka-iiif',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const started = Date.now()
        const { items, collections } = await loadItemsWithImages(site)
        const pages = items.flatMap((entry) => entry.pages.map((page) => page.file))
        const unique = [...new Set(pages)]
        let made = 0
        const tiles = new Map<string, TileSet>()
        await inParallel(unique, async (file) => {
          const set = await ensureTiles(file, IIIF_CACHE_DIR)
          if (set.made) made += 1
          tiles.set(file, set)
        })
        let files = 0
        const published = new Set<string>()
        for (const set of tiles.values()) {
          if (published.has(set.hash)) continue
          published.add(set.hash)
          files += await publishTiles(
            set,
            outDir,
            iiifPaths.imageService(set.hash),
            absolute(site, iiifPaths.imageService(set.hash)),
          )
        }
        const manifests: IiifItem[] = []
        for (const { item, collection, pages: itemPages } of items) {
          const manifest: IiifItem = {
            identifier: item.identifier,
            title: item.title,
            summary: item.description,
            homepage: item.url,
            metadata: iiifMetadata(item),
            rights: rightsOf(item)?.uri,
            holder: item.publisher,
            collection,
            images: itemPages.map((page) => {
              const set = tiles.get(page.file)!
              return {
                hash: set.hash,
                width: set.width,
                height: set.height,
                thumbnail: set.thumbnail,
                label: page.label,
                original: {
                  url: absolute(site, `/media/originals/${page.filename}`),
                  format: page.format,
                },
              }
            }),
          }
          if (!manifest.images.length) continue
          manifests.push(manifest)
          await writeJson(
            outDir,
            iiifPaths.itemManifest(item.identifier),
            itemManifest(manifest, site),
          )
        }
        for (const collection of collections) {
          const members = manifests.filter((entry) => entry.collection.slug === collection.slug)
          await writeJson(
            outDir,
            iiifPaths.collection(collection.slug),
            collectionManifest(collection, members, site),
          )
        }
        // A preview shows a draft's images instead of the published ones: its set is not the
        // site's, and pruning by it would drop tiles the next release needs.
        const pruned = process.env.SITE_PREVIEW
          ? 0
          : await pruneTileCache(IIIF_CACHE_DIR, published)
        logger.info(
          `${manifests.length} manifests, ${tiles.size} images (${made} newly tiled, ${files} files, ${pruned} unused tile sets pruned) in ${Date.now() - started} ms`,
        )
      },
    },
  }
}
