import { createHash } from 'node:crypto'

import type { SiteData } from '../data/model'

/**
 * The cacheKey a detail page returns from getStaticPaths for Astro's incremental build
 * (experimental.incrementalBuild in astro.config.mjs): a digest of everything the page renders
 * from. When the key and the page's code are unchanged since the last build, Astro copies the
 * page it rendered then instead of rendering it again, which is most of a publish on a large site.
 *
 * So the inputs must be complete: the page's props (already resolved: linked titles, file sizes,
 * a document's status as of today) and the site-wide data the layout shows. A page that reads
 * anything else while rendering must pass it here too.
 */
export function pageCacheKey(site: SiteData, ...inputs: unknown[]): string {
  return createHash('sha256')
    .update(layoutDigest(site))
    .update(JSON.stringify(inputs))
    .digest('base64url')
}

/**
 * The layout's part of every key, made once per site data object rather than once per page: the
 * site data (menus, alerts, contacts) is written out as JSON for each of some 12,000 pages
 * otherwise.
 */
const layoutDigests = new WeakMap<SiteData, string>()
function layoutDigest(site: SiteData): string {
  let digest = layoutDigests.get(site)
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(JSON.stringify(layoutInputs(site)))
      .digest('base64url')
    layoutDigests.set(site, digest)
  }
  return digest
}

/** The site data the layout renders; the build time is left out, it changes with every build. */
function layoutInputs(site: SiteData): Omit<SiteData, 'builtAt'> {
  const { builtAt: _builtAt, ...shown } = site
  return shown
}
