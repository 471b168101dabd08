import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { repoRoot } from '@cms/config/paths'
import { exitAfterOutput } from '@cms/runtime/processes'

/**
 * The site's budget bench.
 *   npm run bench                   builds the sample site (plus one item of 200 pages) and prints
 *                                   each budget's figures
 *   npm run bench -- --docs 10000   adds 10,000 documents to a temporary database first and prints
 *                                   build time, pages per second and peak memory
 * Options: --data <dir> uses an existing data folder; --fresh rebuilds the temporary database.
 * Exits with 1 when a budget is exceeded.
 */

/**
 * `liveJsKb`: the scripts by which every page keeps time (#14): the live status
 * (components/LiveStatus.astro: branch states and alerts from /stan/status.json, 3.6 kB with what
 * it imports) and, on a page with anything dated such as an alert, the time check
 * (components/TimeAware.astro, 0.9 kB). It was 3 kB when the live status was the only one.
 */
const BUDGET = { htmlKb: 14, cssKb: 12, liveJsKb: 5 } as const
/** The sample site gets one item this long: the worst case of an item page. */
const ITEM_PAGES = 200

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '0' },
    data: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
})
const docs = Number(values.docs)
const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')

function run(args: string[], env: Record<string, string>, capture = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      process.stdout.write(chunk)
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
}

async function prepareData(): Promise<string> {
  if (values.data) return path.resolve(values.data)
  const dataDir = path.join(os.tmpdir(), 'solomianka-bench', `docs-${docs}`)
  const ready = path.join(dataDir, '.bench-ready')
  if (values.fresh) await rm(dataDir, { recursive: true, force: true })
  if (existsSync(ready)) {
    console.log(`Дані: ${dataDir} (готові з попереднього запуску; --fresh, щоб створити заново)`)
    return dataDir
  }
  await rm(dataDir, { recursive: true, force: true })
  await mkdir(dataDir, { recursive: true })
  console.log(`Дані: ${dataDir} — засіваю зразки…`)
  await run([tsx, 'cms/scripts/seed.ts'], { DATA_DIR: dataDir })
  console.log(`Додаю об’єкт на ${ITEM_PAGES} сторінок${docs > 0 ? ` і ${docs} документів` : ''}…`)
  const started = performance.now()
  await run([tsx, 'bench/generateDocuments.ts', String(docs), String(ITEM_PAGES)], {
    DATA_DIR: dataDir,
  })
  console.log(`  за ${((performance.now() - started) / 1000).toFixed(1)} с`)
  await writeFile(ready, new Date().toISOString())
  return dataDir
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

function htmlFiles(dir: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) files.push(...htmlFiles(full))
    else if (name.endsWith('.html')) files.push(full)
  }
  return files
}

/** Page types the budgets speak of; `island` marks types that may load script. */
const TYPES: { name: string; pattern: RegExp; island?: boolean }[] = [
  // The English site (issue #16), under the same budgets; before the Ukrainian patterns.
  { name: 'en: home', pattern: /^\/en\/$/ },
  { name: 'en: news', pattern: /^\/en\/news\// },
  { name: 'en: libraries', pattern: /^\/en\/libraries\//, island: true },
  { name: 'en: collections', pattern: /^\/en\/collections\// },
  { name: 'en: documents', pattern: /^\/en\/documents\// },
  // An event page re-checks its dates in the reader's browser (TimeAware), as the Ukrainian one.
  { name: 'en: events', pattern: /^\/en\/events\//, island: true },
  { name: 'en: search', pattern: /^\/en\/search\/$/, island: true },
  { name: 'en: programme', pattern: /^\/en\/programme\// },
  { name: 'en: 404', pattern: /^\/en\/404\/$/ },
  { name: 'en: page', pattern: /^\/en\/[^/]+\/$/ },
  { name: 'головна', pattern: /^\/$/, island: true },
  { name: 'новини: списки', pattern: /^\/novyny\/((storinka|katehoriia|biblioteka)\/.*)?$/ },
  { name: 'новина', pattern: /^\/novyny\/[^/]+\/$/ },
  { name: 'бібліотеки: список', pattern: /^\/biblioteky\/$/, island: true },
  { name: 'бібліотека', pattern: /^\/biblioteky\/[^/]+\/$/, island: true },
  { name: 'документи: реєстр', pattern: /^\/dokumenty\/((storinka|typ|rik|status)\/.*)?$/ },
  { name: 'документ', pattern: /^\/dokumenty\/[^/]+\/$/, island: true },
  { name: 'об’єкт колекції', pattern: /^\/kolektsii\/[^/]+\/[A-Z][A-Z0-9-]*\/$/, island: true },
  { name: 'колекції: списки', pattern: /^\/kolektsii\// },
  { name: 'пошук', pattern: /^\/poshuk\//, island: true },
  // Event pages and lists re-check their dates in the reader's browser (TimeAware).
  { name: 'події', pattern: /^\/podii\//, island: true },
  // Forms, their answers and error pages: the form's proof of work (altcha) is its island.
  { name: 'звернення', pattern: /^\/zvernennia\//, island: true },
  { name: 'реєстрація', pattern: /^\/reiestratsiia\//, island: true },
  { name: 'програма в дії', pattern: /^\/prohrama\// },
  { name: 'відкриті дані', pattern: /^\/vidkryti-dani\// },
  { name: '404', pattern: /^\/404\.html$/ },
  { name: 'сторінка', pattern: /^\/[^/]+\/$/ },
]

type Figures = { html: number[]; css: number[]; js: number[] }

function measure(outDir: string) {
  const assetCache = new Map<string, number>()
  const assetSize = (href: string) => {
    let size = assetCache.get(href)
    if (size === undefined) {
      const file = path.join(outDir, href)
      size = existsSync(file) ? gz(file) : 0
      assetCache.set(href, size)
    }
    return size
  }
  /** A module and everything it imports statically. */
  const moduleSize = (href: string, seen: Set<string>): number => {
    if (seen.has(href)) return 0
    seen.add(href)
    const file = path.join(outDir, href)
    if (!existsSync(file)) return 0
    const source = readFileSync(file, 'utf8')
    const imports = [...source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((match) =>
      path.posix.join(path.posix.dirname(href), match[1]!),
    )
    return assetSize(href) + imports.reduce((sum, child) => sum + moduleSize(child, seen), 0)
  }
  const byType = new Map<string, Figures>()
  for (const file of htmlFiles(outDir)) {
    const relative = `/${path.relative(outDir, file).split(path.sep).join('/')}`
    const pagePath = relative.replace(/index\.html$/, '')
    const type = TYPES.find((entry) => entry.pattern.test(pagePath))?.name ?? '404'
    const html = readFileSync(file, 'utf8')
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
      (sum, match) => sum + assetSize(match[1]!),
      0,
    )
    const seen = new Set<string>()
    const js =
      [...html.matchAll(/<script type="module" src="([^"]+)"/g)].reduce(
        (sum, match) => sum + moduleSize(match[1]!, seen),
        0,
      ) +
      // Astro inlines small scripts into the page.
      [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].reduce(
        (sum, match) => sum + gzipSync(match[1]!, { level: 9 }).length,
        0,
      )
    const figures = byType.get(type) ?? { html: [], css: [], js: [] }
    figures.html.push(gzipSync(html, { level: 9 }).length)
    figures.css.push(css)
    figures.js.push(js)
    byType.set(type, figures)
  }
  return byType
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const max = (list: number[]) => Math.max(0, ...list)
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0

async function main(): Promise<void> {
  const dataDir = await prepareData()
  const outDir = path.join(os.tmpdir(), 'solomianka-bench', `site-${docs}`)
  await rm(outDir, { recursive: true, force: true })
  console.log('Збираю сайт…')
  const output = await run(
    [tsx, 'bench/buildSite.ts'],
    {
      DATA_DIR: dataDir,
      SITE_OUT_DIR: outDir,
      SITE_URL: 'http://localhost:4321',
      BENCH_PAGE_TIMES: '1',
    },
    true,
  )
  const stats = JSON.parse(/BUILD_STATS (.+)/.exec(output)?.[1] ?? '{}') as {
    seconds: number
    maxRssKb: number
  }
  const byType = measure(outDir)
  const pageCount = [...byType.values()].reduce((sum, figures) => sum + figures.html.length, 0)

  let failed = false
  const rows = TYPES.map((type) => {
    const figures = byType.get(type.name)
    if (!figures) return undefined
    const htmlOk = max(figures.html) <= BUDGET.htmlKb * 1024
    const cssOk = max(figures.css) <= BUDGET.cssKb * 1024
    const jsOk = type.island || max(figures.js) <= BUDGET.liveJsKb * 1024
    if (!htmlOk || !cssOk || !jsOk) failed = true
    return {
      'тип сторінки': type.name,
      сторінок: figures.html.length,
      'HTML gz медіана, кБ': kb(median(figures.html)),
      'HTML gz макс., кБ': `${kb(max(figures.html))} ${htmlOk ? '✓' : `✗ > ${BUDGET.htmlKb}`}`,
      'CSS gz, кБ': `${kb(max(figures.css))} ${cssOk ? '✓' : `✗ > ${BUDGET.cssKb}`}`,
      'JS gz, кБ': `${kb(max(figures.js))} ${type.island ? '(острів)' : jsOk ? '✓' : `✗ > ${BUDGET.liveJsKb}`}`,
    }
  }).filter(Boolean)
  console.log(
    `\nБюджети на сторінку (gzip): HTML ≤ ${BUDGET.htmlKb} кБ, CSS ≤ ${BUDGET.cssKb} кБ, JS ≤ ${BUDGET.liveJsKb} кБ без острова (лише стан наживо й перевірка часу)`,
  )
  console.table(rows)
  console.log(
    `\nЗбирання: ${pageCount} сторінок за ${stats.seconds.toFixed(1)} с — ${(pageCount / stats.seconds).toFixed(0)} сторінок/с, пікова пам’ять ${(stats.maxRssKb / 1024).toFixed(0)} МБ${docs > 0 ? ` (з ${docs} згенерованими документами)` : ''}`,
  )
  printOpenDataFigures(output, outDir)
  if (failed) {
    console.log('\nБюджет перевищено.')
    process.exitCode = 1
  }
}

/**
 * What the programme pages and open data add to a release: Astro's own time for each page or file
 * it wrote (its info log, «/path (+12ms)»), summed for those sections against the whole build,
 * and the size of every data file.
 */
function printOpenDataFigures(buildLog: string, outDir: string): void {
  const times = [...buildLog.matchAll(/(\/\S*)\s+\(\+(\d+(?:\.\d+)?)\s*(ms|s)\)/g)].map(
    (match) => ({ path: match[1]!, ms: Number(match[2]) * (match[3] === 's' ? 1000 : 1) }),
  )
  const sum = (filter: (page: string) => boolean) =>
    times.filter((entry) => filter(entry.path)).reduce((total, entry) => total + entry.ms, 0)
  const all = sum(() => true)
  const programme = sum((page) => page.startsWith('/prohrama/'))
  const openData = sum((page) => page.startsWith('/vidkryti-dani/'))
  const share = (ms: number) => (all > 0 ? ((ms / all) * 100).toFixed(1) : '0')
  console.log(
    `\nЧас сторінок (за журналом Astro): усі ${(all / 1000).toFixed(1)} с; програма в дії ${(programme / 1000).toFixed(2)} с (${share(programme)} %), відкриті дані ${(openData / 1000).toFixed(2)} с (${share(openData)} %)`,
  )
  const dataDir = path.join(outDir, 'vidkryti-dani')
  if (!existsSync(dataDir)) return
  console.table(
    readdirSync(dataDir)
      .filter((name) => /\.(csv|json|geojson)$/.test(name))
      .map((name) => {
        const file = path.join(dataDir, name)
        return { файл: name, 'розмір, кБ': kb(statSync(file).size), 'gzip, кБ': kb(gz(file)) }
      }),
  )
}

main().catch((error: unknown) => {
  console.error(error)
  exitAfterOutput(1)
})
