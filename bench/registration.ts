import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { type Handler, percentile, serveHandler } from './support/httpHandler'

/**
 * `npm run bench:registration [-- --clients 50 --requests 10]`: registration throughput of the
 * CMS's public endpoint over loopback HTTP, `clients` clients at once, each sending `requests`
 * registrations one after another (each client from its own address, within the per-address
 * limit). Two rounds in the same run on the same database:
 *  - contended: everybody registers for the same date (the per-occurrence queue serialises them);
 *  - baseline: each client registers for a date of its own (no queue waits for another).
 * Prints requests/s, p50 and p99 latency and their ratio; asserts nothing.
 */
const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    requests: { type: 'string', default: '10' },
  },
})
const CLIENTS = Number(values.clients)
const REQUESTS = Number(values.requests)

const dataDir = mkdtempSync(path.join(tmpdir(), 'cbs-bench-registration-'))
const NOW = '2031-03-01T10:00:00.000Z'
Object.assign(process.env, {
  DATA_DIR: dataDir,
  SEED_ON_START: 'false',
  NODE_ENV: 'production',
  REGISTRATION_NOW: NOW,
})

const log = (line: string) => process.stdout.write(`${line}\n`)

type Target = { event: string | number; occurrence: string }
type Round = { latencies: number[]; seconds: number; statuses: Map<number, number> }

async function round(
  base: string,
  siteOrigin: string,
  targetOf: (client: number) => Target,
  offset: number,
): Promise<Round> {
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, index) => {
      const client = offset + index
      const target = targetOf(index)
      for (let request = 0; request < REQUESTS; request += 1) {
        const start = performance.now()
        const response = await fetch(`${base}/api/forms/reiestratsiia`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Origin: siteOrigin,
            'x-bench-client': String(client),
          },
          body: JSON.stringify({
            event: String(target.event),
            occurrence: target.occurrence,
            name: `Учасник ${client}-${request}`,
            contact: `+38067${String(1_000_000 + client * 100 + request).slice(-7)}`,
            places: '1',
            comment: '',
            consent: 'on',
            website: '',
          }),
        })
        await response.arrayBuffer()
        latencies.push(performance.now() - start)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }),
  )
  return { latencies, seconds: (performance.now() - started) / 1000, statuses }
}

function report(name: string, result: Round) {
  const total = result.latencies.length
  const codes = [...result.statuses].map(([status, count]) => `${status}×${count}`).join(' ')
  log(
    `${name.padEnd(34)} ${String(total).padStart(5)} req  ${(total / result.seconds).toFixed(1).padStart(7)} req/s  p50 ${percentile(result.latencies, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(result.latencies, 99).toFixed(0).padStart(5)} ms  (${codes})`,
  )
}

async function main() {
  const { getPayload, handleEndpoints } = await import('payload')
  const { default: baseConfig } = await import('@cms/payload.config')
  const { publicFormEndpoints } = await import('@cms/public-forms/endpoint')
  const { FORM_LIMITS } = await import('@cms/public-forms/limits')
  const { registrationForm } = await import('@cms/registration/publicForm')
  // The forms' global limits (120 stored a minute with a proof of work, 30 without) would cap
  // this measurement at themselves: lifted here, per-address limits kept (each client stays
  // within them), so the figures are those of the checks and the booking path.
  const unlimited = { points: 1_000_000, windowSeconds: 60 }
  const sanitized = await baseConfig
  const config = {
    ...sanitized,
    endpoints: [
      ...publicFormEndpoints([registrationForm], {
        limits: { ...FORM_LIMITS, storedGlobal: unlimited, storedGlobalWithoutProof: unlimited },
      }),
      ...sanitized.endpoints.filter((endpoint) => !endpoint.path.startsWith('/forms/')),
    ],
  } as typeof sanitized
  const { migrateDatabase } = await import('@cms/bootstrap/migrate')
  const { guardRest } = await import('@cms/api-guard/guard')
  const { env } = await import('@cms/config/env')

  const payload = await getPayload({ config })
  await migrateDatabase(payload, () => undefined)
  const total = CLIENTS * REQUESTS
  const createEvent = (date: string) =>
    payload.create({
      collection: 'events',
      data: {
        title: `Подія для заміру ${date}`,
        schedule: { kind: 'single', date, startTime: '18:00', endTime: '19:30' },
        registration: {
          mode: 'site',
          capacity: total,
          waitingList: true,
          maxPlacesPerPerson: 4,
          closesMinutesBefore: 0,
        },
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
  const shared = await createEvent('2031-03-10')
  const sharedKey = new Date('2031-03-10T16:00:00.000Z').toISOString()
  const own: Target[] = []
  for (let client = 0; client < CLIENTS; client += 1) {
    const event = await createEvent('2031-03-11')
    own.push({ event: event.id, occurrence: new Date('2031-03-11T16:00:00.000Z').toISOString() })
  }

  const rest: Handler = (request) => handleEndpoints({ config, request })
  // The API guard in front as in production, its anonymous limits off: the registration
  // endpoint's own per-address limit still applies, and each client stays within it.
  const guarded = guardRest((request) => rest(request), {
    payload: () => Promise.resolve(payload),
    enabled: false,
  })
  // Each bench client gets an address of its own, so only the shared limits count them together.
  const { close, base } = await serveHandler(
    (request) => guarded(request, { params: Promise.resolve({}) }),
    (headers) => {
      const client = Number(headers.get('x-bench-client') ?? 0)
      headers.set('x-forwarded-for', `127.1.${client >> 8}.${client & 255}`)
    },
  )
  const siteOrigin = new URL(env.SITE_URL).origin
  log(
    `Registration on the CMS (POST /api/forms/reiestratsiia, every check of the public forms, without a proof of work): ${CLIENTS} clients at once × ${REQUESTS} registrations each, SQLite, loopback HTTP.`,
  )
  // A warm-up round, so that neither measured round pays for the first run of the code paths.
  await round(base, siteOrigin, () => own[0]!, 10_000)
  const baseline = await round(base, siteOrigin, (client) => own[client]!, 0)
  const contended = await round(
    base,
    siteOrigin,
    () => ({ event: shared.id, occurrence: sharedKey }),
    1000,
  )
  report('baseline: a date per client', baseline)
  report('contended: all on one date', contended)
  const rate = (result: Round) => result.latencies.length / result.seconds
  log(
    `contended / baseline: throughput ×${(rate(contended) / rate(baseline)).toFixed(2)}, p99 ×${(percentile(contended.latencies, 99) / percentile(baseline.latencies, 99)).toFixed(2)}`,
  )
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { event: { equals: shared.id } },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  const confirmed = docs.filter((doc) => doc.status === 'confirmed').length
  log(`one date: ${docs.length} stored, ${confirmed} confirmed of capacity ${total}`)
  close()
  await payload.destroy()
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dataDir, { recursive: true, force: true }))
