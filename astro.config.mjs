import { randomBytes } from 'node:crypto'

import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { siteBuildCacheDir, siteOutDir } from '@site/data/paths'
import { iiif } from '@site/iiif/integration'
import { offlineSupport } from '@site/offline/integration'
import { siteOutput } from '@site/integration/siteOutput'
import { searchIndex } from '@site/search/integration'

// The site build reads published content anonymously and signs nothing: a throwaway secret keeps
// it from needing (or creating) the CMS's own secret in the data folder.
process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')

/** Public address of the site, for canonical URLs, feeds and the sitemap. */
const site = process.env.SITE_URL || 'http://localhost:4321'
/** Where the build goes: dist/site, or a folder of its own (the e2e suite, the bench, a release). */
const outDir = siteOutDir()

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir,
  // Builds into different folders may run at once; each keeps its own content cache.
  cacheDir: siteBuildCacheDir(outDir),
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Pages eight at a time: a release copies most of its pages from the incremental cache
    // (existsSync, mkdir, copyFile each), and one at a time the build mostly waits on those
    // calls. At 10k documents (12,387 pages, 12,185 copied), Astro's «generating static routes»
    // took 8.7 s at 1 and 4.5 s at 8 in the same session; 1, 2, 4, 8 and 16 before the listing
    // pages had keys were within the noise of a loaded machine (10.3-14.0 s).
    concurrency: 8,
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [react(), siteOutput(), searchIndex(), iiif(), offlineSupport()],
  // The site is served with a Content Security Policy without 'unsafe-inline' for scripts
  // (cms/publisher/securityHeaders.ts, deploy/nginx): island scripts must be files, never inlined.
  vite: { build: { assetsInlineLimit: 0 } },
  // Detail pages return a cacheKey (site/lib/cacheKey.ts): a page whose data and code are
  // unchanged since the last build into the same cache is copied, not rendered again. Only for
  // the publisher's releases (SITE_INCREMENTAL=1), which share one cache: any other build would
  // only leave a copy of every page behind, in a cache nothing reuses.
  experimental: { incrementalBuild: process.env.SITE_INCREMENTAL === '1' },
})
