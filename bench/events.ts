import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from '@cms/config/paths'
import { exitAfterOutput } from '@cms/runtime/processes'
import { eventsCalendar, type CalendarEvent } from '@domain/events/ical'
import { addDays, kyivInstant } from '@domain/time/kyivTime'
import { occurrences, type Window } from '@domain/events/occurrences'
import { buildRule, wallRule, type EventSchedule } from '@domain/events/schedule'
import { formatBytes } from '@domain/format/bytes'
import { WEEKDAYS } from '@domain/vocabularies/weekdays'

/**
 * The events bench.
 *   npm run bench:events                 occurrences and feeds of 1,000 recurring series
 *   npm run bench:events -- --build      also the site: build time, pages and bytes added by
 *                                        1,000 series (two builds of a seeded copy; heavy: run
 *                                        it alone, it takes the e2e lock)
 * Every figure is printed beside a baseline measured in the same run.
 */

const { values } = parseArgs({
  options: {
    series: { type: 'string', default: '1000' },
    build: { type: 'boolean', default: false },
  },
})
const SERIES = Number(values.series)
const FIRST_DAY = '2027-01-04'
const YEAR: Window = { from: kyivInstant(FIRST_DAY), to: kyivInstant(addDays(FIRST_DAY, 365)) }

/** 1,000 series: mostly weekly on one day, some on two, some fortnightly, some monthly. ≈ 50 a year each. */
function makeSeries(count: number): EventSchedule[] {
  return Array.from({ length: count }, (_, index): EventSchedule => {
    const day = WEEKDAYS[index % 7]!
    const startTime = `${String(10 + (index % 9)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`
    const base = {
      kind: 'rule' as const,
      date: FIRST_DAY,
      startTime,
      endTime: `${startTime.slice(0, 2)}:59`,
    }
    if (index % 10 === 9)
      return { ...base, frequency: 'monthly', monthWeek: '2', monthWeekday: day, count: 12 }
    if (index % 10 === 8)
      return {
        ...base,
        frequency: 'weekly',
        interval: 2,
        weekdays: [day, WEEKDAYS[(index + 3) % 7]!],
        until: addDays(FIRST_DAY, 364),
      }
    return {
      ...base,
      frequency: 'weekly',
      weekdays: [day],
      until: addDays(FIRST_DAY, 364),
      excludedDates: [addDays(FIRST_DAY, 7 * (index % 40))],
    }
  }).map((schedule) => ({ ...schedule, rule: buildRule(schedule) ?? null }))
}

function time<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

function computeFigures(series: EventSchedule[]): void {
  // Warm up the JIT and Intl caches on a few series so both timings start even.
  for (const schedule of series.slice(0, 20)) occurrences(schedule, [], YEAR)
  // Baseline: rrule alone, iterating the same rules (no Kyiv conversion, no changes, no checks).
  const raw = time(() =>
    series.reduce(
      (sum, schedule) => sum + wallRule(schedule.rule!).between(YEAR.from, YEAR.to, true).length,
      0,
    ),
  )
  const changes = (schedule: EventSchedule) => {
    const first = occurrences(schedule, [], {
      from: YEAR.from,
      to: new Date(YEAR.from.getTime() + 8 * 86_400_000),
    })[0]
    return first ? [{ original: first.key, kind: 'cancelled' as const }] : []
  }
  const withChanges = series.map((schedule) => ({ schedule, changes: changes(schedule) }))
  const ours = time(() =>
    withChanges.reduce(
      (sum, { schedule, changes }) => sum + occurrences(schedule, changes, YEAR).length,
      0,
    ),
  )
  console.log('\nОбчислення дат (1 рік):')
  console.log(`  серій: ${series.length}, дат: ${ours.value} (rrule без перетворень: ${raw.value})`)
  console.log(
    `  domain/events occurrences: ${ours.ms.toFixed(0)} мс (${((ours.ms * 1000) / ours.value).toFixed(1)} мкс на дату)`,
  )
  console.log(
    `  базова лінія, лише rrule:   ${raw.ms.toFixed(0)} мс — співвідношення ${ratio(ours.ms, raw.ms)}`,
  )
}

function feedFigures(series: EventSchedule[]): void {
  const events: CalendarEvent[] = series.map((schedule, index) => ({
    id: String(index + 1),
    title: `Клуб № ${index + 1}`,
    url: `https://biblioteky.example/podii/klub-${index + 1}/`,
    location: 'Бібліотека, вулиця Солом’янська, 20',
    schedule,
    changes: [],
  }))
  const options = { name: 'Події', host: 'biblioteky.example', window: YEAR }
  const feed = time(() => eventsCalendar(events, options))
  // Baseline: the same dates written one VEVENT each (what a feed without RRULE would be).
  const expanded: CalendarEvent[] = events.map((event) => ({
    ...event,
    schedule: {
      kind: 'dates',
      date: event.schedule.date,
      startTime: event.schedule.startTime,
      endTime: event.schedule.endTime,
      dates: occurrences(event.schedule, [], YEAR).map((o) => ({
        date: o.start.toISOString().slice(0, 10),
      })),
    },
  }))
  const flat = time(() => eventsCalendar(expanded, options))
  const bytes = (text: string) => Buffer.byteLength(text)
  console.log('\nСтрічка iCal усієї мережі:')
  console.log(`  з RRULE/EXDATE: ${formatBytes(bytes(feed.value))}, ${feed.ms.toFixed(0)} мс`)
  console.log(
    `  базова лінія, кожна дата окремо: ${formatBytes(bytes(flat.value))}, ${flat.ms.toFixed(0)} мс — співвідношення розміру ${ratio(bytes(feed.value), bytes(flat.value))}`,
  )
  const perBranch = eventsCalendar(events.slice(0, Math.ceil(events.length / 15)), options)
  console.log(`  стрічка однієї бібліотеки (1/15 серій): ${formatBytes(bytes(perBranch))}`)
}

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

function sizeOf(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0
  let bytes = 0
  let pages = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
    if (entry.name.endsWith('.html')) pages += 1
  }
  return { files, bytes, pages }
}

/** Two builds of a seeded database: without events (baseline), then with the generated series. */
async function buildFigures(series: EventSchedule[]): Promise<void> {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const work = await mkdtemp(path.join(os.tmpdir(), 'cbs-bench-events-'))
  const dataDir = path.join(work, 'data')
  try {
    await run([tsx, 'cms/scripts/seed.ts'], { DATA_DIR: dataDir })
    const { getPayload } = await import('payload')
    process.env.DATA_DIR = dataDir
    const { default: config } = await import('@cms/payload.config')
    const payload = await getPayload({ config })
    await payload.delete({
      collection: 'events',
      where: { id: { exists: true } },
      overrideAccess: true,
    })
    const build = async (name: string) => {
      const out = path.join(work, name)
      const started = performance.now()
      await run([tsx, 'bench/buildSite.ts'], {
        DATA_DIR: dataDir,
        SITE_OUT_DIR: out,
        SITE_NOW: `${FIRST_DAY}T08:00:00Z`,
      })
      return {
        seconds: (performance.now() - started) / 1000,
        ...sizeOf(out),
        podii: existsSync(path.join(out, 'podii')) ? sizeOf(path.join(out, 'podii')) : undefined,
      }
    }
    const before = await build('site-without')
    const branches = (
      await payload.find({
        collection: 'branches',
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    for (const [index, schedule] of series.entries())
      await payload.create({
        collection: 'events',
        data: {
          title: `Клуб для бенчмарку № ${index + 1}`,
          category: 'club',
          audiences: ['adults'],
          branches: [branches[index % branches.length]!.id],
          venue: 'branch',
          registration: { mode: 'none' },
          schedule: { ...schedule, kind: 'rule', rule: schedule.rule ?? null } as never,
          _status: 'published',
        },
        overrideAccess: true,
      })
    await payload.destroy()
    const after = await build('site-with')
    console.log(`\nЗбирання сайту (${series.length} серій):`)
    console.log(
      `  без подій (базова лінія): ${before.seconds.toFixed(1)} с, ${before.pages} сторінок, ${formatBytes(before.bytes)}`,
    )
    console.log(
      `  з подіями: ${after.seconds.toFixed(1)} с (${ratio(after.seconds, before.seconds)}), ${after.pages} сторінок, ${formatBytes(after.bytes)}`,
    )
    console.log(
      `  додано: ${after.pages - before.pages} сторінок, ${after.files - before.files} файлів, ${formatBytes(after.bytes - before.bytes)}; /podii/: ${formatBytes(after.podii?.bytes ?? 0)}`,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

const series = makeSeries(SERIES)
computeFigures(series)
feedFigures(series)
if (values.build) await buildFigures(series)
else console.log('\nЗбирання сайту: npm run bench:events -- --build (дві збірки; довго).')
exitAfterOutput(0)
