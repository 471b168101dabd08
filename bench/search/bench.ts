import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { chromium, type Page } from 'playwright-core'

import { repoRoot } from '@cms/config/paths'
import { exitAfterOutput } from '@cms/runtime/processes'
import { transliterateUkrainian } from '@domain/slugs/transliterate'
import type { Block, IndexPage } from '@site/search/extract'
import { pageFor, writeSearchIndex } from '@site/search/indexer'
import { queryKeys } from '@site/search/normalize'
import type { SearchRecord } from '@site/search/records'
import { TYPO_FOLDER } from '@site/search/typos'
import { HUNSPELL_HINT, hunspellAvailable, paradigms } from './hunspell'
import { chromiumLaunchOptions } from '../../tests/support/chromium'
import { scoreKeys, sampleParadigms, type KeyScore } from './paradigmKeys'
import { LEMMAS, VARIANT_WORDS } from './queries'
import { halfOf, type Half } from './split'
import { serve } from './server'

/**
 * The search bench (npm run bench:search). Installs nothing; needs only the repository and
 * Debian's Chromium. Prints:
 *  1. on the sample site: recall of inflected forms (forms from hunspell-uk, skipped with a hint
 *     when it is missing) and of spelling variants, and precision of the top results, for our
 *     search and for plain Pagefind over the same pages;
 *  2. on a generated site of --docs documents (10,000 by default): index size, bytes a first and
 *     a second query fetch, and query time in Chromium.
 * Options: --data <dir> (a seeded data folder; default: seeds a temporary one), --docs <n>,
 * --skip-large, --verbose (lists the misses), --site <dir> (a built site whose /poshuk/ page the
 * large part uses, skipping the sample part: to measure the large site alone, e.g. while another
 * Astro build runs in the same project), --skip-incremental (no indexing with an input cache: the
 * bytes alone, in less time).
 */

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    docs: { type: 'string', default: '10000' },
    'skip-large': { type: 'boolean', default: false },
    site: { type: 'string' },
    'skip-incremental': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
})
const work = path.join(os.tmpdir(), 'solomianka-search-bench')
const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
const CHROMIUM = chromiumLaunchOptions.executablePath

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
}

async function sampleSite(): Promise<{ siteDir: string; records: SearchRecord[] }> {
  let dataDir = values.data ? path.resolve(values.data) : path.join(work, 'data')
  if (!values.data && !existsSync(path.join(dataDir, '.ready'))) {
    rmSync(dataDir, { recursive: true, force: true })
    mkdirSync(dataDir, { recursive: true })
    console.log(`Засіваю зразки в ${dataDir}…`)
    await run([tsx, 'cms/scripts/seed.ts'], { DATA_DIR: dataDir })
    writeFileSync(path.join(dataDir, '.ready'), new Date().toISOString())
  }
  dataDir = path.resolve(dataDir)
  const siteDir = path.join(work, 'site')
  const recordsFile = path.join(work, 'records.json')
  rmSync(siteDir, { recursive: true, force: true })
  console.log('Збираю зразковий сайт…')
  await run([astro, 'build', '--silent'], {
    DATA_DIR: dataDir,
    SITE_OUT_DIR: siteDir,
    SEARCH_RECORDS_OUT: recordsFile,
  })
  return { siteDir, records: JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[] }
}

type Engine = 'ours' | 'plain'
const BUNDLES: Record<Engine, string> = { ours: '/pagefind/', plain: '/pagefind-plain/' }

/** Runs searches in the page, through Pagefind's own API, and returns result URLs in order. */
async function searchIn(page: Page, engine: Engine, terms: string[]): Promise<string[][]> {
  return page.evaluate(
    async ({ bundle, terms }) => {
      type PF = {
        init: () => Promise<void>
        search: (
          t: string,
        ) => Promise<{ results: { id: string; data: () => Promise<{ url: string }> }[] }>
      }
      const urls = ((window as unknown as { benchUrls?: Map<string, string> }).benchUrls ??=
        new Map<string, string>())
      const cache = window as unknown as Record<string, PF>
      if (!cache[bundle]) {
        cache[bundle] = (await import(`${bundle}pagefind.js`)) as PF
        await cache[bundle].init()
      }
      const pagefind = cache[bundle]
      const out: string[][] = []
      for (const term of terms) {
        if (!term) {
          out.push([])
          continue
        }
        const response = await pagefind.search(term)
        // Every result's URL, in rank order; a page's fragment is loaded once for the whole bench.
        const found: string[] = []
        for (const result of response.results) {
          let url = urls.get(result.id)
          if (url === undefined) {
            url = (await result.data()).url
            urls.set(result.id, url)
          }
          found.push(url)
        }
        out.push(found)
      }
      return out
    },
    { bundle: BUNDLES[engine], terms },
  )
}

const apostrophes = (text: string) => text.replace(/['’ʼ`]/g, "'")
const wordsOf = (text: string) =>
  new Set(apostrophes(text.toLowerCase()).match(/[\p{L}\p{N}']+/gu) ?? [])

type Case = { query: string; expected: Set<string>; group: string; canonical?: string }
type Score = { recall: number; precision: number; full: boolean }

/** Recall of the expected pages among all results; precision of the top k = min(expected, 10). */
function score(found: string[], expected: Set<string>): Score {
  const foundSet = new Set(found)
  const hits = [...expected].filter((url) => foundSet.has(url)).length
  const k = Math.min(expected.size, 10)
  const top = found.slice(0, k)
  const precision = k === 0 ? 1 : top.filter((url) => expected.has(url)).length / k
  return {
    recall: expected.size ? hits / expected.size : 1,
    precision,
    full: hits === expected.size,
  }
}

async function measureCases(page: Page, cases: Case[], label: string): Promise<void> {
  const rows: Record<string, Record<string, string>> = {}
  const misses: string[] = []
  for (const engine of ['plain', 'ours'] as Engine[]) {
    const terms = cases.map((entry) =>
      engine === 'ours' ? queryKeys(entry.query).join(' ') : entry.query.toLowerCase(),
    )
    const found = await searchIn(page, engine, terms)
    const scores = cases.map((entry, index) => score(found[index]!, entry.expected))
    const mean = (pick: (s: Score) => number) =>
      scores.reduce((sum, s) => sum + pick(s), 0) / scores.length
    const row: Record<string, string> = {
      запитів: String(cases.length),
      'повнота, %': (mean((s) => s.recall) * 100).toFixed(1),
      'усі сторінки знайдено, %': (mean((s) => (s.full ? 1 : 0)) * 100).toFixed(1),
      'точність перших k, %': (mean((s) => s.precision) * 100).toFixed(1),
    }
    if (cases.some((entry) => entry.canonical)) {
      // Variants only: the same top ten as the word spelled as on the page.
      const reference = await searchIn(
        page,
        engine,
        cases.map((entry) => {
          const canonical = entry.canonical ?? entry.query
          return engine === 'ours' ? queryKeys(canonical).join(' ') : canonical.toLowerCase()
        }),
      )
      const overlap = cases.map((_, index) => {
        const top = new Set(reference[index]!.slice(0, 10))
        if (top.size === 0) return found[index]!.length === 0 ? 1 : 0
        return found[index]!.slice(0, 10).filter((url) => top.has(url)).length / top.size
      })
      const share = overlap.reduce((sum, value) => sum + value, 0) / overlap.length
      row['перші 10 ті самі, що для написання зі сторінки, %'] = (share * 100).toFixed(1)
    }
    rows[engine === 'ours' ? 'наш пошук' : 'Pagefind без змін'] = row
    if (engine === 'ours') {
      cases.forEach((entry, index) => {
        if (!scores[index]!.full)
          misses.push(
            `${entry.group}: «${entry.query}» → ${queryKeys(entry.query).join(' ')} (${(scores[index]!.recall * 100).toFixed(0)} %)`,
          )
      })
    }
  }
  console.log(`\n${label}`)
  console.table(rows)
  if (misses.length > 0) {
    console.log(
      `Неповні запити нашого пошуку: ${misses.length}${values.verbose ? '' : ' (--verbose, щоб побачити всі)'}`,
    )
    for (const line of values.verbose ? misses : misses.slice(0, 8)) console.log(`  ${line}`)
  }
}

/**
 * Keys alone on a large sample of hunspell-uk (one lemma in 40, ≈6,000 lemmas, ≈63,000 forms),
 * split like the bench's words: the share of a lemma's forms each form's key finds, for our keys
 * and for plain Pagefind (which finds only the same spelling), and false merges.
 */
function paradigmKeysTable(): void {
  const forms = sampleParadigms(40)
  const ours = scoreKeys(forms)
  const plain = scoreKeys(forms, (form) => form.toLowerCase())
  const rows: Record<string, Record<string, string>> = {}
  for (const half of ['tuning', 'test'] as const) {
    const label = half === 'tuning' ? 'настроювальна' : 'перевірна'
    rows[`${label}: наш пошук`] = keyRow(ours[half])
    rows[`${label}: Pagefind без змін`] = keyRow(plain[half])
  }
  console.log(
    '\nСловозміна на вибірці словника (кожна 40-ва лема hunspell-uk, не наш список), лише ключі:',
  )
  console.table(rows)
  for (const miss of ours.misses
    .filter((entry) => entry.half === 'tuning')
    .slice(0, values.verbose ? 200 : 5))
    console.log(
      `  настроювальна, неповна: ${miss.lemma}: ${miss.groups.map((group) => group.join(' ')).join(' | ')}`,
    )
}

function keyRow(score: KeyScore): Record<string, string> {
  return {
    лем: String(score.lemmas),
    форм: String(score.forms),
    'повнота, %': (score.recall * 100).toFixed(1),
    'хибні злиття, %': (score.falseMerges * 100).toFixed(2),
  }
}

async function sampleBench(): Promise<void> {
  const { siteDir, records } = await sampleSite()
  const pages = await Promise.all(records.map((record) => pageFor(siteDir, record)))
  await writeSearchIndex(siteDir, records, { bundle: 'pagefind-plain', plain: true, pages })
  const pageWords = new Map(
    pages.map((page) => [page.url, wordsOf(page.blocks.map((block) => block.text).join(' '))]),
  )
  const pagesWith = (forms: Iterable<string>) => {
    const wanted = [...forms].map((form) => apostrophes(form.toLowerCase()))
    return new Set(
      [...pageWords]
        .filter(([, words]) => wanted.some((form) => words.has(form)))
        .map(([url]) => url),
    )
  }

  const server = await serve(siteDir)
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    await page.goto(`${server.url}/poshuk/`)
    console.log(`\nЗразковий сайт: ${pages.length} сторінок у пошуку`)

    if (hunspellAvailable()) {
      const forms = paradigms([...LEMMAS])
      const cases: Record<Half, Case[]> = { tuning: [], test: [] }
      for (const lemma of LEMMAS) {
        const paradigm = forms.get(lemma)
        if (!paradigm) continue
        const expected = pagesWith(paradigm)
        if (expected.size === 0) continue
        for (const form of paradigm)
          cases[halfOf(lemma)].push({ query: form, expected, group: lemma })
      }
      const halfName = { tuning: 'настроювальна половина', test: 'перевірна половина' }
      for (const half of ['tuning', 'test'] as const) {
        const lemmas = LEMMAS.filter((lemma) => halfOf(lemma) === half).length
        await measureCases(
          page,
          cases[half],
          `Словозміна, ${halfName[half]} (${lemmas} лем): кожна форма з hunspell-uk має знайти сторінки з будь-якою формою того самого слова`,
        )
      }
      paradigmKeysTable()
    } else {
      console.log(`\nСловозміна: пропущено. ${HUNSPELL_HINT}`)
    }

    const variantCases: Case[] = []
    for (const word of VARIANT_WORDS) {
      const expected = pagesWith([word])
      if (expected.size === 0) continue
      const lower = word.toLowerCase()
      const variants = new Set([
        word.replace(/’/g, "'"),
        word.replace(/’/g, 'ʼ'),
        word.replace(/’/g, ''),
        word.toUpperCase(),
        lower,
        lower.replace(/г/g, 'ґ'),
        transliterateUkrainian(word),
        transliterateUkrainian(word).toLowerCase(),
      ])
      variants.delete(word)
      for (const variant of variants)
        variantCases.push({ query: variant, expected, group: word, canonical: word })
    }
    await measureCases(
      page,
      variantCases,
      "Варіанти написання: апостроф ’ ' ʼ або без нього, регістр, ґ/г, латиниця (КМУ 2010)",
    )
  } finally {
    await browser.close()
    await server.close()
  }
}

// ── The large site ──────────────────────────────────────────────────────────────────────────

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words for generated text: the sample site's own words, and hunspell forms when present. */
function vocabulary(sampleDir: string): string[] {
  const words = new Set<string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name === 'index.html') {
        const main = /<main[\s\S]*?<\/main>/.exec(readFileSync(full, 'utf8'))?.[0] ?? ''
        for (const word of main.replace(/<[^>]+>/g, ' ').match(/[А-Яа-яІіЇїЄєҐґ’]{3,}/g) ?? [])
          words.add(word.toLowerCase())
      }
    }
  }
  walk(sampleDir)
  if (hunspellAvailable()) {
    const all = readFileSync('/usr/share/hunspell/uk_UA.dic', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0]!.trim())
    const pick = random(7)
    const lemmas = Array.from({ length: 6000 }, () => all[Math.floor(pick() * all.length)]!).filter(
      (word) => /^[а-яіїєґ']{3,}$/.test(word),
    )
    for (const forms of paradigms(lemmas).values())
      for (const form of forms) words.add(form.replace(/'/g, '’'))
  }
  return [...words]
}

function generatedPages(
  count: number,
  words: string[],
): { records: SearchRecord[]; pages: IndexPage[] } {
  const next = random(42)
  // Zipf-like: low ranks are frequent, as in real text.
  const word = () => words[Math.floor(words.length * Math.pow(next(), 2.2))]!
  const sentence = (length: number) => {
    const text = Array.from({ length }, word).join(' ')
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`
  }
  const types = ['Наказ', 'Положення', 'Звіт', 'План', 'Правила', 'Програма']
  const statuses = ['Чинний', 'Утратив чинність', 'Скасований']
  const records: SearchRecord[] = []
  const pages: IndexPage[] = []
  for (let index = 0; index < count; index += 1) {
    const year = 2000 + (index % 27)
    const date = `${year}-${String((index % 12) + 1).padStart(2, '0')}-15`
    const title = `${types[index % types.length]} № ${index + 1}: ${sentence(6).slice(0, -1)}`
    const blocks: Block[] = [{ heading: 1, text: title }]
    for (let section = 1; section <= 4; section += 1) {
      blocks.push({ heading: 2, text: `${section}. ${sentence(5)}` })
      for (let paragraph = 0; paragraph < 3; paragraph += 1)
        blocks.push({ heading: 0, text: sentence(30 + Math.floor(next() * 30)) })
    }
    const record: SearchRecord = {
      url: `/dokumenty/bench-${index + 1}/`,
      type: 'document',
      title,
      date,
      dateText: date,
      filters: {
        type: ['Документи'],
        year: [String(year)],
        docType: [types[index % types.length]!],
        status: [statuses[index % 3]!],
      },
    }
    records.push(record)
    pages.push({
      url: record.url,
      title,
      blocks,
      meta: { type: 'document', date },
      filters: record.filters,
      sort: { date },
    })
  }
  return { records, pages }
}

/** Bytes of a measured action by kind of file, in kB. */
function partsOf(sizes: Map<string, number>): string {
  const kinds: Array<[string, RegExp]> = [
    ['js+wasm', /\.js$|wasm/],
    ['метадані', /pf_meta|entry\.json/],
    ['фільтри', /\/filter\//],
    ['індекс', /\/index\//],
    ['фрагменти', /\/fragment\//],
  ]
  return kinds
    .map(([name, pattern]) => {
      const sum = [...sizes]
        .filter(([file]) => pattern.test(file))
        .reduce((total, [, size]) => total + size, 0)
      return sum > 0 ? `${name} ${(sum / 1024).toFixed(1)}` : ''
    })
    .filter(Boolean)
    .join(', ')
}

/** The fragments a measured action loaded: how many, and their bytes. */
function fragmentsOf(sizes: Map<string, number>): { count: number; bytes: number } {
  const loaded = [...sizes].filter(([file]) => /\/fragment\//.test(file))
  return { count: loaded.length, bytes: loaded.reduce((total, [, size]) => total + size, 0) }
}

/**
 * Plain Pagefind's bytes as if it showed `shown` results, as ours does: its own bytes without its
 * fragments, plus `shown` fragments of its average size. Plain Pagefind finds fewer pages (it
 * knows one spelling of a word), so it loads fewer fragments; this compares the same screen.
 */
function plainForSameScreen(
  plain: { bytes: number; sizes: Map<string, number> },
  shown: number,
): number | undefined {
  const fragments = fragmentsOf(plain.sizes)
  if (fragments.count === 0) return undefined
  return plain.bytes - fragments.bytes + (fragments.bytes / fragments.count) * shown
}

const dirSize = (dir: string): { bytes: number; files: number } => {
  let bytes = 0
  let files = 0
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) {
      const inner = dirSize(full)
      bytes += inner.bytes
      files += inner.files
    } else if (!/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) {
      bytes += statSync(full).size
      files += 1
    }
  }
  return { bytes, files }
}

async function largeBench(count: number, sampleDir = path.join(work, 'site')): Promise<void> {
  const siteDir = path.join(work, `site-${count}`)
  rmSync(siteDir, { recursive: true, force: true })
  mkdirSync(siteDir, { recursive: true })
  // The real search page and its assets; the index is the generated one.
  cpSync(path.join(sampleDir, 'poshuk'), path.join(siteDir, 'poshuk'), { recursive: true })
  cpSync(path.join(sampleDir, '_astro'), path.join(siteDir, '_astro'), { recursive: true })
  const words = vocabulary(sampleDir)
  const { records, pages } = generatedPages(count, words)
  const started = performance.now()
  const stats = await writeSearchIndex(siteDir, records, { pages })
  const indexSeconds = (performance.now() - started) / 1000
  const size = dirSize(path.join(siteDir, 'pagefind'))
  // Incremental indexing: the same pages with an input cache, first empty, then with one page
  // changed (a publish), each timed against the indexing without a cache above.
  const cache = { dir: path.join(work, `index-cache-${count}`), fingerprint: 'bench' }
  rmSync(cache.dir, { recursive: true, force: true })
  const timed = async (list: IndexPage[]) => {
    const from = performance.now()
    const result = await writeSearchIndex(path.join(work, `cached-${count}`), [], {
      pages: list,
      cache,
    })
    return { seconds: (performance.now() - from) / 1000, reused: result.reused }
  }
  const edited = pages.map((entry, index) =>
    index === 0
      ? { ...entry, blocks: [...entry.blocks, { heading: 0, text: 'Змінений абзац.' }] }
      : entry,
  )
  const skipped = { seconds: NaN, reused: 0 }
  const cold = values['skip-incremental'] ? skipped : await timed(pages)
  const warm = values['skip-incremental'] ? skipped : await timed(edited)
  rmSync(path.join(work, `cached-${count}`), { recursive: true, force: true })
  // Plain Pagefind over the same pages: the baseline of the bytes a reader's search costs.
  await writeSearchIndex(siteDir, records, { bundle: 'pagefind-plain', plain: true, pages })

  const server = await serve(siteDir)
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    await page.goto(`${server.url}/poshuk/`)
    await page.waitForLoadState('networkidle')
    const pageBytes = server.take().bytes
    const resultsShown = async () => {
      const status = page.locator('#search-status').filter({ hasText: /знайдено|нічого/ })
      await status.waitFor()
      // A query that finds nothing shows no results (a word the index lacks finds nothing).
      if (
        /знайдено \d|Показано \d/.test(((await status.textContent()) ?? '').replace(/\u00a0/g, ' '))
      )
        await page.locator('#search-results > li').first().waitFor()
    }
    /** Bytes and time of one reader's action, until `ready` and the network is idle. */
    const measure = async (act: () => Promise<unknown>, ready: () => Promise<void>) => {
      const started = await page.evaluate(() => performance.now())
      await act()
      await ready()
      const ms = (await page.evaluate(() => performance.now())) - started
      await page.waitForLoadState('networkidle')
      const { bytes, paths, sizes } = server.take()
      const parts = partsOf(sizes)
      const shown = await page.locator('#search-results > li').count()
      const status = (await page.locator('#search-status').textContent()) ?? ''
      const count = (pattern: RegExp) => paths.filter((file) => pattern.test(file)).length
      const files = `${paths.length}: ${count(/\/index\//)} індекс, ${count(/\/filter\//)} фільтри, ${count(/\/fragment\//)} фрагменти`
      return { bytes, files, parts, ms, shown, status, sizes }
    }
    const query = (text: string) =>
      measure(async () => {
        await page.locator('#search-q').fill(text)
        await page.locator('#search-q').press('Enter')
      }, resultsShown)
    const first = await query('бібліотеки району')
    const second = await query('положенням про порядок')
    const third = await query('Solomianskyi')
    // One letter missing: the suggestion's vocabulary shards are what it adds.
    const typo = await query('полженням')
    const suggestion = (await page.locator('#search-suggestion').textContent()) ?? ''
    // What the first search no longer loads, measured where the reader asks for it.
    const byDate = await measure(
      () => page.locator('#search-sort').selectOption('date'),
      resultsShown,
    )
    const filtersOpened = await measure(
      () => page.locator('#search-filters-box summary').click(),
      () => page.locator('#search-filters .count').first().waitFor(),
    )
    const kb = (value: number) => (value / 1024).toFixed(1)
    const row = (measured: Awaited<ReturnType<typeof query>>) => ({
      кБ: kb(measured.bytes),
      файлів: measured.files,
      'час, мс': measured.ms.toFixed(0),
      результат: measured.status,
    })
    console.log(
      `\nЗгенерований сайт: ${stats.pages} документів, ${stats.words} слів, словник ${words.length} словоформ; індексація ${indexSeconds.toFixed(1)} с`,
    )
    console.table({
      'індекс на диску, усього': {
        кБ: kb(size.bytes),
        файлів: String(size.files),
        'час, мс': '',
        результат: '',
      },
      ...Object.fromEntries(
        ['index', 'fragment', 'filter'].map((folder) => {
          const part = dirSize(path.join(siteDir, 'pagefind', folder))
          const row = {
            кБ: kb(part.bytes),
            файлів: String(part.files),
            'час, мс': '',
            результат: '',
          }
          return [`  з них ${folder}/`, row]
        }),
      ),
      'сторінка /poshuk/ (HTML, CSS, JS)': {
        кБ: kb(pageBytes),
        файлів: '',
        'час, мс': '',
        результат: '',
      },
      'перший запит «бібліотеки району»': row(first),
      'другий запит «положенням про порядок»': row(second),
      'третій запит «Solomianskyi»': row(third),
      'четвертий запит з помилкою «полженням»': row(typo),
      '  потім «за датою»': row(byDate),
      '  потім розгорнути фільтри': {
        кБ: kb(filtersOpened.bytes),
        файлів: filtersOpened.files,
        'час, мс': filtersOpened.ms.toFixed(0),
        результат: '',
      },
    })
    console.log(
      values['skip-incremental']
        ? `Індексація ${stats.pages} документів: без кешу ${indexSeconds.toFixed(1)} с (з кешем не міряно: --skip-incremental)`
        : `Індексація ${stats.pages} документів: без кешу ${indexSeconds.toFixed(1)} с; з порожнім кешем ${cold.seconds.toFixed(1)} с; після зміни однієї сторінки ${warm.seconds.toFixed(1)} с (${warm.reused} входів з кешу, ${(warm.seconds / indexSeconds).toFixed(2)}× без кешу)`,
    )
    console.log(
      `Запит з помилкою: ${typo.parts}; підказка: ${suggestion || '—'}; словник підказок на диску ${kb(dirSize(path.join(siteDir, 'pagefind', TYPO_FOLDER)).bytes)} кБ`,
    )
    // Plain Pagefind in a fresh page: the same two queries, five results' fragments each.
    const plainPage = await browser.newPage()
    await plainPage.goto(`${server.url}/poshuk/`)
    await plainPage.waitForLoadState('networkidle')
    server.take()
    const plainQuery = async (term: string) => {
      const results = await plainPage.evaluate(async (term) => {
        type PF = {
          init: () => Promise<void>
          search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>
        }
        const holder = window as unknown as { plain?: PF }
        if (!holder.plain) {
          const url = '/pagefind-plain/pagefind.js'
          holder.plain = (await import(/* @vite-ignore */ url)) as PF
          await holder.plain.init()
        }
        const response = await holder.plain.search(term)
        await Promise.all(response.results.slice(0, 5).map((result) => result.data()))
        return response.results.length
      }, term)
      await plainPage.waitForLoadState('networkidle')
      const { bytes, sizes } = server.take()
      return { bytes, parts: partsOf(sizes), results, sizes }
    }
    const plainFirst = await plainQuery('бібліотеки району')
    const plainSecond = await plainQuery('положенням про порядок')
    await plainPage.close()
    const ratio = (ours: number, plain: number | undefined) =>
      plain ? `${(ours / plain).toFixed(2)}×` : '—'
    const compared = (
      ours: Awaited<ReturnType<typeof query>>,
      plain: Awaited<ReturnType<typeof plainQuery>>,
    ) => {
      const shown = fragmentsOf(ours.sizes).count
      const sameScreen = plainForSameScreen(plain, shown)
      return {
        'наш, кБ': kb(ours.bytes),
        'Pagefind без змін, кБ': kb(plain.bytes),
        'наш / без змін': ratio(ours.bytes, plain.bytes),
        'фрагментів, наш / без змін': `${shown} / ${fragmentsOf(plain.sizes).count}`,
        'без змін з тим самим числом фрагментів, кБ': sameScreen ? kb(sameScreen) : '—',
        'наш / без змін на той самий екран': ratio(ours.bytes, sameScreen),
        'результатів, наш / без змін': `${ours.status.match(/[\d\s\u00a0]+(?=результат)/)?.[0]?.trim() ?? '?'} / ${plain.results}`,
      }
    }
    console.table({
      'перший запит «бібліотеки району»': compared(first, plainFirst),
      'другий запит «положенням про порядок»': compared(second, plainSecond),
    })
    console.log(
      '(мета: наш ≤ 1.1× Pagefind без змін; кожен з фрагментами перших 5 результатів, якщо їх стільки є. «На той самий екран»: Pagefind без змін з тим самим числом фрагментів середнього для нього розміру, бо він знаходить менше сторінок і показує менше результатів)',
    )
    console.log(`Байти першого запиту за видом, кБ: ${first.parts}`)
    console.log(`  Pagefind без змін: ${plainFirst.parts}`)
    console.log(`Байти другого запиту за видом, кБ: ${second.parts}`)
    console.log(`  Pagefind без змін: ${plainSecond.parts}`)
    console.log(`Байти «за датою» за видом, кБ: ${byDate.parts}`)
    console.log(`Байти розгорнутих фільтрів за видом, кБ: ${filtersOpened.parts}`)
    const budget = 150 * 1024
    console.log(
      `Перший запит: ${kb(first.bytes)} кБ ${first.bytes <= budget ? '✓' : '✗'} (мета ≤ 150 кБ; з пошуковим індексом і ${first.shown} фрагментами результатів; фільтри — коли їх розгорнуть)`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true })
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
    )
  if (values.site) {
    await largeBench(Number(values.docs), path.resolve(values.site))
    return
  }
  await sampleBench()
  if (!values['skip-large']) await largeBench(Number(values.docs))
}

main().then(
  () => exitAfterOutput(0),
  (error: unknown) => {
    console.error(error)
    exitAfterOutput(1)
  },
)
