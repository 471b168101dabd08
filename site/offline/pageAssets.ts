import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The stylesheets and scripts a built page loads, with every module those scripts import
 * statically, as site-relative paths without the leading slash ("_astro/x.css"). The service
 * worker precaches these for the pages a reader needs in a blackout, so that they work offline
 * with their scripts (open now, the offline note), not as bare HTML.
 */
export function pageAssets(siteDir: string, pageFile: string): Set<string> {
  const html = readFileSync(path.join(siteDir, pageFile), 'utf8')
  const assets = new Set<string>()
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g))
    assets.add(href!)
  for (const [, src] of html.matchAll(/<script type="module" src="\/([^"]+)"/g))
    addModule(siteDir, src!, assets)
  return assets
}

function addModule(siteDir: string, file: string, assets: Set<string>): void {
  if (assets.has(file) || !existsSync(path.join(siteDir, file))) return
  assets.add(file)
  const source = readFileSync(path.join(siteDir, file), 'utf8')
  for (const [, imported] of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
    addModule(siteDir, path.posix.join(path.posix.dirname(file), imported!), assets)
}
