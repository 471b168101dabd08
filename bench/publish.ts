import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs, stripVTControlCharacters } from 'node:util'
import { gzipSync } from 'node:zlib'

import type { Payload } from 'payload'

import { chromium } from 'playwright-core'

import { pageEntries } from '@cms/publisher/progress'
import { exitAfterOutput } from '@cms/runtime/processes'
import { buildProcesses, residentMb } from '../tests/support/buildProcesses'
import { chromiumLaunchOptions } from '../tests/support/chromium'

/**
 * `npm run bench:publish [-- --docs 10000]`: the time from a publish through the API to the new
 * page being served by the live site and found by its search, on the sample site (and with
 * N generated documents added). Prints figures; asserts nothing.
 */
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '3' },
    /**
     * Keep the data folder for another run: a folder that already holds a database is reused
     * (seed and generation skipped), an empty or missing one is filled and kept.
     */
    data: { type: 'string' },
    /** Prints the publisher's own log of each round, timed from the publish. */
    verbose: { type: 'boolean', default: false },
    /**
     * `--only parts`: only the with/without comparison of open data and the programme pages
     * (#18), without the publish and status rounds, whose network alert makes the next release
     * render every page again: at 10,000 documents that alone takes longer than the comparison.
     * `--only publish`: only publish → served and found, beside its baseline (#15).
     */
    only: { type: 'string' },
    /** Internal: run as the live site's static server (a child process), on one port. */
    'serve-live': { type: 'string' },
    'serve-status': { type: 'string' },
    'serve-port': { type: 'string' },
  },
})
const extraDocs = Number(values.docs)
const rounds = Number(values.rounds)
const partsOnly = values.only === 'parts'
const publishOnly = values.only === 'publish'
if (values.only !== undefined && !partsOnly && !publishOnly)
  throw new Error(`--only knows two values, "parts" and "publish" (got "${values.only}").`)

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const log = (line: string) => process.stdout.write(`${line}\n`)

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Timed out after ${seconds(timeoutMs)} waiting for ${what}.`)
}

/** What SITE_OMIT can leave out of a build (site/lib/omit.ts). */
const OMITTABLE = ['open-data', 'programme'] as const
type Omittable = (typeof OMITTABLE)[number]

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

type LastRelease = { at?: string | null; durationMs?: number | null } | null | undefined

/**
 * What open data and the programme pages add to a release: the same publish (a news item) is
 * released whole, then without each part (SITE_OMIT, which the publisher's build inherits), in
 * turn, `rounds` times; the release's own duration (the publisher's status) is compared. The
 * build's log lines give the time of the two steps inside the build as well. A whole release
 * that is not counted comes first: the round before (a status change, a network alert) may have
 * changed every page, and the first compared release would pay for rendering them all again.
 */
async function measureParts(
  payload: Payload,
  admin: object,
  sitePort: number,
  publisherLog: Array<{ at: number; line: string }>,
): Promise<{
  full: number[]
  without: Record<Omittable, number[]>
  openDataMs: number[]
  programmeMs: number[]
  pagesMs: Record<Omittable, number[]>
}> {
  const result = {
    full: [] as number[],
    without: { 'open-data': [], programme: [] } as Record<Omittable, number[]>,
    openDataMs: [] as number[],
    programmeMs: [] as number[],
    pagesMs: { 'open-data': [], programme: [] } as Record<Omittable, number[]>,
  }
  const lastRelease = async (): Promise<LastRelease> =>
    (
      (await payload.findGlobal({ slug: 'publisher', overrideAccess: true })) as {
        lastSuccess?: LastRelease
      }
    ).lastSuccess
  const stepMs = (pattern: RegExp) =>
    publisherLog.map(({ line }) => pattern.exec(line)?.[1]).find(Boolean)
  for (let round = 0; round <= rounds; round += 1) {
    const warmUp = round === 0
    for (const omit of warmUp ? [undefined] : [undefined, ...OMITTABLE]) {
      if (omit) process.env.SITE_OMIT = omit
      else delete process.env.SITE_OMIT
      publisherLog.length = 0
      const since = new Date().toISOString()
      const news = await payload.create({
        collection: 'news',
        data: {
          title: `Новина для порівняння випусків ${round} ${omit ?? 'усе'} ${Date.now()}`,
          _status: 'published',
        } as never,
        overrideAccess: false,
        user: { ...admin, collection: 'users' },
      })
      const url = `http://127.0.0.1:${sitePort}/novyny/${news.slug}/`
      await waitFor(
        'the compared release',
        async () => (await fetch(url)).status === 200,
        15 * 60 * 1000,
      )
      await waitFor(
        'the release status',
        async () => ((await lastRelease())?.at ?? '') > since,
        60 * 1000,
      )
      const durationMs = (await lastRelease())!.durationMs!
      if (warmUp) {
        log(`Warm-up release (whole, not counted): ${seconds(durationMs)}`)
        continue
      }
      if (omit) result.without[omit].push(durationMs)
      else {
        result.full.push(durationMs)
        const openData = stepMs(/\[відкриті дані\].* за (\d+) мс/)
        const programme = stepMs(/\[програма\].* за (\d+) мс/)
        if (openData) result.openDataMs.push(Number(openData))
        if (programme) result.programmeMs.push(Number(programme))
        for (const part of OMITTABLE)
          result.pagesMs[part].push(renderMs(publisherLog, PART_PAGES[part]))
      }
      log(
        `Compared release ${round}, ${omit ? `without ${omit}` : 'whole'}: ${seconds(durationMs)}`,
      )
    }
  }
  delete process.env.SITE_OMIT
  return result
}

/** The pages each omittable part adds to a release, by their URL's first segment. */
const PART_PAGES: Record<Omittable, string> = {
  'open-data': '/vidkryti-dani/',
  programme: '/prohrama/',
}

/**
 * The time Astro spent rendering the pages under a prefix, summed from its page list in the
 * build's log («├─ /prohrama/x/index.html (+12ms)»): the part's own share of the release,
 * measured inside one release rather than as the difference of two noisy ones.
 */
function renderMs(publisherLog: Array<{ line: string }>, prefix: string): number {
  let total = 0
  let inPart = false
  for (const { line } of publisherLog) {
    // Astro writes a page's name and its time as two log calls: on one line or on two.
    const plain = stripVTControlCharacters(line)
    const page = pageEntries(plain).at(-1)
    if (page) inPart = page.path.startsWith(prefix)
    const took = /\(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(plain)
    if (took && inPart) total += Number(took[1]) * (took[2] === 's' ? 1000 : 1)
  }
  return total
}

/**
 * The resident memory of the build process the publisher keeps loaded for the next release
 * (cms/publisher/standby), in MB: what an idle publisher holds beside the CMS. Linux only (/proc).
 */
function waitingBuildProcessMb(): number | undefined {
  const [pid] = process.platform === 'linux' ? buildProcesses() : []
  return pid === undefined ? undefined : residentMb(pid)
}

/** The time to pre-compress the files of a release folder as the release step does (br + gzip). */
async function compressMs(dir: string): Promise<number> {
  const { compress, isCompressible } = await import('@cms/publisher/precompress')
  const started = performance.now()
  for (const name of await readdir(dir)) {
    if (!isCompressible(name)) continue
    const body = await readFile(path.join(dir, name))
    await compress(body, 'br')
    await compress(body, 'gzip')
  }
  return performance.now() - started
}

/** Every data file of a release's open data folder, raw and gzipped (as a server would send it). */
async function dataSetSizes(
  dir: string,
): Promise<Array<{ name: string; bytes: number; gzip: number }>> {
  const names = (await readdir(dir)).filter((name) => /\.(csv|json|geojson)$/.test(name)).sort()
  return Promise.all(
    names.map(async (name) => {
      const body = await readFile(path.join(dir, name))
      return { name, bytes: body.length, gzip: gzipSync(body).length }
    }),
  )
}

async function main(): Promise<void> {
  const reuse = values.data ? path.resolve(values.data) : undefined
  const filled = reuse !== undefined && existsSync(path.join(reuse, 'cms.db'))
  const dataDir = reuse ?? (await mkdtemp(path.join(tmpdir(), 'cbs-bench-publish-')))
  const sitePort = await freePort()
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URI: '',
    SITE_PORT: String(sitePort),
    SITE_URL: `http://127.0.0.1:${sitePort}`,
    SEED_ON_START: 'true',
  })
  const { env } = await import('@cms/config/env')
  const { repoRoot } = await import('@cms/config/paths')
  const tsxCli = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const { prepareCms } = await import('@cms/bootstrap/prepare')
  const { startPublisher } = await import('@cms/publisher/worker')
  const { liveStatusPaths } = await import('@cms/publisher/liveStatus')
  const { releasePaths } = await import('@cms/publisher/paths')
  const { liveReleaseId } = await import('@cms/publisher/releases')

  log(`Data folder: ${dataDir}`)
  let started = performance.now()
  const payload = await prepareCms({ report: () => undefined })
  log(`Seeded sample content in ${seconds(performance.now() - started)}`)
  if (extraDocs > 0 && !filled) {
    // In a process of its own: the generator closes its database connection when done.
    started = performance.now()
    const generator = spawnSync(
      process.execPath,
      [tsxCli, 'bench/generateDocuments.ts', String(extraDocs)],
      {
        cwd: repoRoot,
        env: process.env,
        stdio: 'inherit',
      },
    )
    if (generator.status !== 0) throw new Error('Generating the documents failed.')
    log(`Generated ${extraDocs} documents in ${seconds(performance.now() - started)}`)
  }
  const paths = releasePaths(env)
  // With the live status bundle at /stan/, as `npm start` serves it (the status rounds need it).
  const server = await startSiteServer(tsxCli, repoRoot, {
    live: paths.liveLink,
    status: liveStatusPaths(env).link,
    port: sitePort,
  })
  started = performance.now()
  // The publisher's log, each line stamped with when it came: --verbose prints it per round.
  const publisherLog: Array<{ at: number; line: string }> = []
  const publisher = await startPublisher({
    env,
    payload,
    log: (line) => publisherLog.push({ at: performance.now(), line }),
  })
  await waitFor(
    'the first release',
    async () => Boolean(await liveReleaseId(paths)),
    30 * 60 * 1000,
  )
  log(`First full build and switch: ${seconds(performance.now() - started)}`)

  const admin = (await payload.find({ collection: 'users', limit: 1, overrideAccess: true }))
    .docs[0]!
  const browser = await chromium.launch(chromiumLaunchOptions)
  const context = await browser.newContext()
  await context.addInitScript(stampSearchResult)
  /** Closes everything the run opened; the data folder stays when the caller named it. */
  const finish = async () => {
    await browser.close()
    server.kill()
    await publisher.stop()
    await payload.destroy()
    if (reuse) log(`Data folder kept for another run: --data ${dataDir}`)
    else await rm(dataDir, { recursive: true, force: true })
  }
  const page = await context.newPage()

  /**
   * Publishes a news item and times it until the live site serves its page and until the site's
   * search (in Chromium) lists it. `baseline`: this release indexes every page again
   * (SEARCH_RECENT_LIMIT=0, inherited by the publisher's build), as every release did before the
   * recent search bundle (site/search/recent.ts); that also makes the stable bundle anew.
   */
  const publisherIdleSince = (since: string) => async () => {
    const status = (await payload.findGlobal({ slug: 'publisher', overrideAccess: true })) as {
      state?: string | null
      lastSuccess?: { at?: string | null } | null
    }
    return status.state === 'idle' && (status.lastSuccess?.at ?? '') > since
  }
  let publishes = 0
  const base = `http://127.0.0.1:${sitePort}`
  const publishAndFind = async (label: string, baseline: boolean) => {
    if (baseline) process.env.SEARCH_RECENT_LIMIT = '0'
    else delete process.env.SEARCH_RECENT_LIMIT
    // As on a publisher that was idle, the next build's process is loaded before the publish
    // (SITE_BUILD_STANDBY; cms/publisher/standby).
    await publisher.standbyReady()
    const waitingMb = waitingBuildProcessMb()
    publisherLog.length = 0
    publishes += 1
    const marker = `Вимірювання${publishes}${Date.now().toString(36).replace(/\d/g, '')}`
    // The reader's side, like the server's, runs outside this process (which is the publisher,
    // busy after the switch with its report and the pruning of old releases): Chromium polls for
    // the page, then opens the search, and stamps both moments itself (readerWatch).
    await page.goto(`${base}/404.html`)
    await page.evaluate(() => sessionStorage.clear())
    const publishedAt = Date.now()
    const publishedAtLog = performance.now()
    const since = new Date(publishedAt).toISOString()
    const news = await payload.create({
      collection: 'news',
      data: {
        title: `Новина для вимірювання ${marker}`,
        excerpt: `Слово для пошуку: ${marker}.`,
        _status: 'published',
      } as never,
      overrideAccess: false,
      user: { ...admin, collection: 'users' },
    })
    const pagePath = `/novyny/${news.slug}/`
    await page.evaluate(watchForReader, {
      pagePath,
      searchUrl: `/poshuk/?q=${encodeURIComponent(marker)}`,
    })
    const stamp = (key: string) => async () =>
      Number(await page.evaluate((name) => sessionStorage.getItem(name), key).catch(() => null))
    await waitFor('the new page', async () => (await stamp('servedAt')()) > 0, 15 * 60 * 1000)
    const servedMs = (await stamp('servedAt')()) - publishedAt
    await waitFor('a search result', async () => (await stamp('foundAt')()) > 0, 60 * 1000).catch(
      () => undefined,
    )
    const foundAt = await stamp('foundAt')()
    const inResults = foundAt > 0
    const foundMs = inResults ? foundAt - publishedAt : Number.NaN
    await page.evaluate(() => sessionStorage.clear()).catch(() => undefined)
    // Readers have the page at the switch, before the publisher's report and pruning: the next
    // publish starts once those are done, as it would on a publisher that was idle.
    await waitFor('the publisher to finish the release', publisherIdleSince(since), 5 * 60 * 1000)
    const indexLine = publisherLog
      .map(({ line }) => line)
      .find((line) => /pages \(\d+ unchanged/.test(line))
    log(
      `${label}: served after ${seconds(servedMs)}, ${inResults ? `found by search after ${seconds(foundMs)}` : 'NOT found by search'}`,
    )
    if (indexLine) log(`  search index: ${indexLine.replace(/^.*?(\d+ pages)/, '$1')}`)
    if (waitingMb) log(`  build process waiting before the publish: ${waitingMb} MB resident`)
    if (values.verbose) {
      // Astro's list of every page it wrote is left out.
      const pageLines = /(├─|└─|\(\+\d+m?s\)$|^\s*\(restored\)$)/
      for (const { at, line } of publisherLog.filter((entry) => !pageLines.test(entry.line)))
        log(`  ${seconds(at - publishedAtLog).padStart(7)}  ${line.trim()}`)
    }
    delete process.env.SEARCH_RECENT_LIMIT
    return { servedMs, foundMs }
  }

  // Not counted: the data folder's last release may have been built by other code, or before
  // a stable search bundle existed, and then this one renders and indexes every page.
  if (!partsOnly) await publishAndFind('Warm-up release (not counted)', false)
  const served: number[] = []
  const found: number[] = []
  const baselineServed: number[] = []
  const baselineFound: number[] = []
  for (let round = 1; round <= (partsOnly ? 0 : rounds); round += 1) {
    const express = await publishAndFind(`Round ${round}`, false)
    served.push(express.servedMs)
    found.push(express.foundMs)
    const whole = await publishAndFind(`Round ${round}, baseline (every page indexed)`, true)
    baselineServed.push(whole.servedMs)
    baselineFound.push(whole.foundMs)
  }
  const foundText = (times: number[]) =>
    times.some(Number.isNaN) ? 'not always found' : seconds(median(times))
  const summary = [
    `Publish → served (median of ${rounds}): ${seconds(median(served))}`,
    `Publish → found by search (median): ${foundText(found)}; limit 30 s`,
    `Baseline, every page indexed again (median of ${rounds}): served ${seconds(median(baselineServed))}, found ${foundText(baselineFound)}` +
      `; found ${(median(found) / median(baselineFound)).toFixed(2)}× the baseline`,
  ]
  if (publishOnly) {
    log('')
    for (const line of summary) log(line)
    await finish()
    return
  }

  // A status change: a branch closed today and an urgent network-wide alert, saved as an editor.
  // Timed twice: until a reader opening the branch page sees the alert (the live status bundle
  // the page script reads, cms/publisher/liveStatus.ts: the fast path), and until both are in the
  // served HTML (the full release). The news figures above are the baseline; the limit is 10 s.
  const { addDays, kyivDay } = await import('@domain/time/kyivTime')
  const statusServed: number[] = []
  const statusVisible: number[] = []
  for (let round = 1; round <= (partsOnly ? 0 : rounds); round += 1) {
    const branch = (
      await payload.find({ collection: 'branches', limit: 1, page: round, overrideAccess: true })
    ).docs[0]!
    const today = kyivDay(new Date())
    const text = `Вимірювання стану ${round}: сьогодні зачинено ${Date.now().toString(36)}`
    const user = { ...admin, collection: 'users' as const }
    const savedAt = performance.now()
    await payload.update({
      collection: 'branches',
      id: branch.id,
      data: {
        closures: [{ from: today, to: addDays(today, 1), reason: 'other', note: text }],
        _status: 'published',
      } as never,
      overrideAccess: false,
      user,
    })
    await payload.create({
      collection: 'alerts',
      data: {
        text,
        level: 'urgent',
        scope: 'network',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'published',
      } as never,
      overrideAccess: false,
      user,
    })
    const branchPage = `${base}/biblioteky/${branch.slug}/`
    await waitFor(
      'the alert on the branch page in a browser',
      async () => {
        // The page reads /stan/status.json on load; once the network is quiet it has shown it.
        await page.goto(branchPage, { waitUntil: 'networkidle' })
        return page.getByText(text).first().isVisible()
      },
      15 * 60 * 1000,
    )
    statusVisible.push(performance.now() - savedAt)
    await waitFor(
      'the closure and the alert',
      async () =>
        (await (await fetch(branchPage)).text()).includes(text) &&
        (await (await fetch(`${base}/`)).text()).includes(text),
      15 * 60 * 1000,
    )
    statusServed.push(performance.now() - savedAt)
    log(
      `Status round ${round}: alert visible on the branch page after ${seconds(statusVisible.at(-1)!)}, closure and alert in the served HTML after ${seconds(statusServed.at(-1)!)}`,
    )
  }
  const parts = await measureParts(payload, admin, sitePort, publisherLog)
  const releaseDir = await realpath(paths.liveLink)
  const dataSets = await dataSetSizes(path.join(releaseDir, 'vidkryti-dani'))

  // The editorial checks report, as the release check runs it (after the build, before the switch).
  const { reportPublishedContent } = await import('@cms/editorial-checks/report')
  const reportTimes: number[] = []
  let reportChecked = 0
  for (let round = 1; round <= rounds; round += 1) {
    const reportStarted = performance.now()
    reportChecked = (await reportPublishedContent(payload)).checked
    reportTimes.push(performance.now() - reportStarted)
  }

  log('')
  if (!partsOnly) {
    for (const line of summary) log(line)
    log(
      `Status change (closure + urgent alert) → visible on the branch page (live status, median): ${seconds(median(statusVisible))}, ` +
        `${(median(statusVisible) / median(served)).toFixed(2)}× the publish → served baseline; limit 10 s`,
    )
    log(
      `Status change → in the served HTML (full release, median): ${seconds(median(statusServed))}, ` +
        `${(median(statusServed) / median(served)).toFixed(2)}× the publish → served baseline`,
    )
  }
  const full = median(parts.full)
  const share = (ms: number) => `${((ms / full) * 100).toFixed(1)} % of the release`
  log(`Release time (median of ${rounds}, the same publish each time, alternating):`)
  log(`  whole release (baseline):       ${seconds(full)}`)
  for (const part of OMITTABLE) {
    const without = median(parts.without[part])
    log(
      `  without ${part.padEnd(10)}             ${seconds(without)} → ${part} adds ${seconds(full - without)} (${share(full - without)})`,
    )
  }
  log(
    '  (the differences overstate: a release after one built without a part renders again every page that links to it;',
  )
  log("   the part's own cost, measured inside the whole releases:)")
  log(
    `  inside the build: open data files made in ${median(parts.openDataMs)} ms, programme pages' figures in ${median(parts.programmeMs)} ms (median)`,
  )
  log(
    `  their pages rendered (Astro's page list, median): ${PART_PAGES['open-data']} ${median(parts.pagesMs['open-data'])} ms, ${PART_PAGES.programme} ${median(parts.pagesMs.programme)} ms`,
  )
  log(
    `  open data's files pre-compressed (br + gzip, as the release step does, once): ${seconds(await compressMs(path.join(releaseDir, 'vidkryti-dani')))}`,
  )
  log(
    `Editorial checks report over ${reportChecked} published documents (median of ${rounds}): ${seconds(median(reportTimes))}, ${share(median(reportTimes))}`,
  )
  log('Open data sets of this release (raw / gzip):')
  for (const file of dataSets)
    log(`  ${file.name.padEnd(26)} ${kilobytes(file.bytes).padStart(10)} / ${kilobytes(file.gzip)}`)
  log(
    `Peak memory of this process (CMS + publisher): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  )
  await finish()
}

/**
 * Serves the live release from a process of its own, as nginx does in production (deploy/nginx):
 * in the bench's process, the server would answer only when the publisher, which runs there too,
 * leaves it a turn (its report after the switch reads the database synchronously for seconds).
 */
async function startSiteServer(
  tsxCli: string,
  cwd: string,
  site: { live: string; status: string; port: number },
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      tsxCli,
      'bench/publish.ts',
      '--serve-live',
      site.live,
      '--serve-status',
      site.status,
      '--serve-port',
      String(site.port),
    ],
    { cwd, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The site server stopped (exit ${code}).`)))
    child.stdout.once('data', () => resolve())
  })
  child.removeAllListeners('exit')
  return child
}

/** The child process of startSiteServer: says "listening" once it is. */
async function serveLive(live: string, status: string, port: number): Promise<void> {
  const { createStaticServer } = await import('@cms/publisher/staticServer')
  createStaticServer(live, status).listen(port, '127.0.0.1', () => log('listening'))
  // Ends with the bench: killed by it, or orphaned when it dies.
  process.on('SIGTERM', () => process.exit(0))
  setInterval(() => {
    if (process.ppid === 1) process.exit(0)
  }, 1000).unref()
}

/**
 * Runs in the site's page in Chromium (page.evaluate): polls for the new page until the live
 * server answers 200, stamps the time, then opens the search for the marker (stampSearchResult
 * stamps when the result shows). Returns at once; the stamps are read from sessionStorage.
 */
function watchForReader({ pagePath, searchUrl }: { pagePath: string; searchUrl: string }) {
  sessionStorage.setItem('watchFor', pagePath)
  void (async () => {
    for (;;) {
      const response = await fetch(pagePath, { cache: 'no-store' }).catch(() => undefined)
      if (response?.status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    sessionStorage.setItem('servedAt', String(Date.now()))
    location.assign(searchUrl)
  })()
}

/**
 * An init script of every page the bench opens: while a round watches for a page
 * (watchForReader), stamps when a link to it first shows, as a search result does.
 */
function stampSearchResult() {
  const watched = sessionStorage.getItem('watchFor')
  if (!watched || sessionStorage.getItem('foundAt')) return
  const selector = `a[href$="${watched}"]`
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return
    sessionStorage.setItem('foundAt', String(Date.now()))
    observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
}

const serving = values['serve-live']
;(serving
  ? serveLive(serving, values['serve-status'] ?? '', Number(values['serve-port']))
  : main()
).then(
  () => {
    if (!serving) exitAfterOutput(0)
  },
  (error: unknown) => {
    process.stderr.write(
      `bench:publish failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    )
    exitAfterOutput(1)
  },
)
