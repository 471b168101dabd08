import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The layers of the code: the site and the CMS share only domain/, and domain/ knows neither.
 *
 *   site/ ──▶ domain/ ◀── cms/
 *
 * The site reads content through Payload's Local API alone: `@payload-config`, the alias Payload
 * defines for any Local API client, opened in site/data/read/. The publisher runs the site's
 * build as a process; it never imports it. ESLint enforces the same rule on TypeScript files;
 * this check also reads .astro files, which ESLint does not parse here.
 */
export const LAYERS = ['site', 'cms', 'domain'] as const
type Layer = (typeof LAYERS)[number]

/** Where the site may open the Local API. */
const LOCAL_API_GATEWAY = 'site/data/read/'

/** Packages domain/ may not use: it is plain logic, runnable in the browser and in Node alike. */
const FRAMEWORK_PACKAGES = /^(payload|@payloadcms\/|astro|@astrojs\/|next|react|react-dom)(\/|$)/

export type Violation = { file: string; specifier: string; reason: string }

const SOURCE = /\.(ts|tsx|astro|mjs|js)$/
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(=])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]/gm

/** Every import specifier of a source file (static, dynamic, side-effect, re-export). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => (match[1] ?? match[2] ?? match[3])!)
}

function layerOf(repoPath: string): Layer | undefined {
  const top = repoPath.split('/')[0]
  return (LAYERS as readonly string[]).includes(top!) ? (top as Layer) : undefined
}

/** The layer an import reaches, or 'framework' for a package domain/ may not use. */
function targetOf(
  file: string,
  specifier: string,
): Layer | 'payload-config' | 'framework' | undefined {
  if (specifier === '@payload-config') return 'payload-config'
  const alias = /^@(site|cms|domain)\//.exec(specifier)
  if (alias) return alias[1] as Layer
  if (specifier.startsWith('.')) {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
    return layerOf(resolved)
  }
  return FRAMEWORK_PACKAGES.test(specifier) ? 'framework' : undefined
}

/** Why an import breaks the layering, or undefined when it is allowed. */
export function checkImport(file: string, specifier: string): string | undefined {
  const from = layerOf(file)
  const to = targetOf(file, specifier)
  if (!from || !to || from === to) return undefined
  if (from === 'site') {
    if (to === 'payload-config')
      return file.startsWith(LOCAL_API_GATEWAY)
        ? undefined
        : `the site opens Payload's Local API only in ${LOCAL_API_GATEWAY}`
    if (to === 'cms') return 'the site may not import the CMS: move what both need to domain/'
  }
  if (from === 'cms' && to === 'site')
    return 'the CMS may not import the site (the publisher runs its build as a process): move what both need to domain/'
  if (from === 'domain' && to !== 'framework') return 'domain/ imports neither the site nor the CMS'
  if (from === 'domain' && to === 'framework')
    return 'domain/ is plain logic: no Payload, Astro, Next or React'
  return undefined
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return []
    const child = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(root, child)
    return SOURCE.test(entry.name) ? [child] : []
  })
}

/** Every import in site/, cms/ and domain/ that breaks the layering. */
export function findLayerViolations(root: string): Violation[] {
  return LAYERS.flatMap((layer) => sourceFiles(root, layer)).flatMap((file) =>
    importsOf(readFileSync(path.join(root, file), 'utf8')).flatMap((specifier) => {
      const reason = checkImport(file, specifier)
      return reason ? [{ file, specifier, reason }] : []
    }),
  )
}
