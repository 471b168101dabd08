import { copyFile, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import type { ImageManifest } from '../data/images'
import { manifestFile } from '../data/paths'

/** Hard-links when it can (same disk, no copy), copies otherwise. */
async function place(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await link(from, to)
  } catch {
    await copyFile(from, to)
  }
}

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** Writes a sitemap of every built page but the 404 pages (both languages), split every 45,000 URLs. */
async function writeSitemaps(outDir: string, site: URL, pathnames: string[]): Promise<number> {
  const urls = pathnames
    .filter((pathname) => !/^\/?(en\/)?404\/?$/.test(pathname))
    .map((pathname) => new URL(pathname.replace(/^\/?/, '/'), site).href)
    .sort()
  const chunks: string[][] = []
  for (let index = 0; index < urls.length; index += 45_000)
    chunks.push(urls.slice(index, index + 45_000))
  await Promise.all(
    chunks.map((chunk, index) =>
      writeFile(
        path.join(outDir, `sitemap-${index}.xml`),
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${chunk
          .map((url) => `<url><loc>${escapeXml(url)}</loc></url>`)
          .join('\n')}\n</urlset>\n`,
      ),
    ),
  )
  await writeFile(
    path.join(outDir, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${chunks
      .map(
        (_, index) =>
          `<sitemap><loc>${escapeXml(new URL(`/sitemap-${index}.xml`, site).href)}</loc></sitemap>`,
      )
      .join('\n')}\n</sitemapindex>\n`,
  )
  return urls.length
}

/**
 * After the pages: copies the images, originals and attachments the content uses into the output
 * (from the image cache, made by the content loader) and writes the sitemap.
 */
export function siteOutput(): AstroIntegration {
  let site = new URL('http://localhost:4321')
  return {
    name: 'solomianka-site-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site)
        // The content loader runs later in this process and names its manifest after the output
        // folder; `astro build --outDir` may have changed it, so tell the loader the final one.
        process.env.SITE_OUT_DIR = path.resolve(fileURLToPath(config.outDir))
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir))
        let manifest: ImageManifest
        try {
          manifest = JSON.parse(await readFile(manifestFile(outDir), 'utf8')) as ImageManifest
        } catch (cause) {
          throw new Error('The image manifest of the content loader is missing.', { cause })
        }
        // Read once, by this build only: every release has an output folder, so a manifest of its own.
        await rm(manifestFile(outDir), { force: true })
        await Promise.all([
          ...manifest.variants.map((file) =>
            place(path.join(manifest.cacheDir, file), path.join(outDir, 'media', file)),
          ),
          ...manifest.copies.map((copy) => place(copy.from, path.join(outDir, copy.to))),
        ])
        const count = await writeSitemaps(
          outDir,
          site,
          pages.map((page) => page.pathname),
        )
        logger.info(
          `${manifest.variants.length} image variants, ${manifest.copies.length} files, sitemap of ${count} pages`,
        )
      },
    },
  }
}
