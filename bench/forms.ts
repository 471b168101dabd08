import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { type Handler, percentile, serveHandler } from './support/httpHandler'

/**
 * `npm run bench:forms [-- --clients 50 --requests 10 --seconds 20 --rate 1000]`: the public
 * forms' path on the CMS over loopback HTTP, in one run on one database:
 *  1. throughput: `clients` clients at once (each from its own address) send `requests`
 *     questions each, as a browser without JavaScript would (the path's limits lifted: this
 *     measures what the path can store, not the allowance); accepted submissions/s, p50, p99;
 *  2. an editor reads the inbox list (`/api/submissions?limit=10`) for `seconds`, alone (the
 *     baseline), then while `rate` spam submissions a minute are refused under the real limits
 *     (filled honeypot, another origin, no consent, oversize bodies, one address hammering);
 *     the editor's p50 and p99 beside each other, and the ratio.
 * Prints figures; asserts nothing.
 */
const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    requests: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '1000' },
  },
})
const CLIENTS = Number(values.clients)
const REQUESTS = Number(values.requests)
const SECONDS = Number(values.seconds)
const RATE = Number(values.rate)

const dataDir = mkdtempSync(path.join(tmpdir(), 'cbs-bench-forms-'))
const SITE_URL = 'http://127.0.0.1:4321'
Object.assign(process.env, {
  DATA_DIR: dataDir,
  SEED_ON_START: 'false',
  NODE_ENV: 'production',
  SITE_URL,
})

const log = (line: string) => process.stdout.write(`${line}\n`)
const ms = (value: number) => `${value.toFixed(1)} ms`

const question = (index: number) =>
  new URLSearchParams({
    question: `Чи є у вас книжка № ${index}?`,
    topic: 'finding',
    name: 'Читач',
    contact: `reader${index}@example.org`,
    consent: 'on',
  }).toString()

function post(base: string, form: string, body: string, address: string, origin = SITE_URL) {
  return fetch(`${base}/api/forms/${form}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      Origin: origin,
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Forwarded-For': address,
    },
    body,
  })
}

async function throughput(base: string) {
  const latencies: number[] = []
  let accepted = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let index = 0; index < REQUESTS; index += 1) {
        const start = performance.now()
        const response = await post(
          base,
          'zapytannia',
          question(client * 1000 + index),
          `10.1.${client}.1`,
        )
        await response.arrayBuffer()
        latencies.push(performance.now() - start)
        if (response.status === 303 && response.headers.get('location')?.includes('nadislano'))
          accepted += 1
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { accepted, seconds, latencies }
}

/** One spam request of five kinds, all refused under the real limits. */
function spam(base: string, index: number): Promise<Response> {
  const address = `10.2.${Math.floor(index / 250) % 250}.${index % 250}`
  switch (index % 5) {
    case 0:
      return post(
        base,
        'zapytannia',
        `${question(index)}&website=http%3A%2F%2Fspam.example`,
        address,
      )
    case 1:
      return post(base, 'zapytannia', question(index), address, 'https://spam.example')
    case 2:
      return post(base, 'zapytannia', question(index).replace('&consent=on', ''), address)
    case 3:
      return post(base, 'zapytannia', `question=${'x'.repeat(64 * 1024)}`, address)
    default:
      return post(base, 'zapytannia', `${question(index)}&website=x`, '10.3.0.1')
  }
}

async function editorRound(base: string, token: string, flood: boolean) {
  const statuses = new Map<string, number>()
  const editor: number[] = []
  const until = performance.now() + SECONDS * 1000
  const interval = 60_000 / RATE
  const spamSent: Promise<void>[] = []
  let sent = 0
  const timer = flood
    ? setInterval(() => {
        const index = sent++
        spamSent.push(
          spam(base, index).then(async (response) => {
            await response.arrayBuffer()
            // A form sent without JavaScript is refused with a 303 to the page of its reason.
            const reason = /pomylka\/([\w-]+)\//.exec(response.headers.get('location') ?? '')?.[1]
            const key = reason ?? String(response.status)
            statuses.set(key, (statuses.get(key) ?? 0) + 1)
          }),
        )
      }, interval)
    : undefined
  while (performance.now() < until) {
    const start = performance.now()
    const response = await fetch(`${base}/api/submissions?limit=10&depth=1`, {
      headers: { Authorization: `JWT ${token}` },
    })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`editor request failed: ${response.status}`)
    editor.push(performance.now() - start)
  }
  if (timer) clearInterval(timer)
  await Promise.all(spamSent)
  return { editor, statuses, sent }
}

async function main() {
  const { getPayload, handleEndpoints } = await import('payload')
  const { default: configPromise } = await import('@cms/payload.config')
  const { migrateDatabase } = await import('@cms/bootstrap/migrate')
  const { guardRest } = await import('@cms/api-guard/guard')
  const { publicFormEndpoints } = await import('@cms/public-forms/endpoint')
  const { PUBLIC_FORM_DEFINITIONS } = await import('@cms/public-forms/forms')
  const { FORM_LIMITS } = await import('@cms/public-forms/limits')

  const base = await configPromise
  const lifted = { points: 1_000_000, windowSeconds: 60 }
  const unlimited = {
    ...FORM_LIMITS,
    requestsPerAddress: lifted,
    storedPerAddress: lifted,
    storedGlobal: lifted,
    storedGlobalWithoutProof: lifted,
  }
  // Two CMSs on one database would fight over SQLite: one CMS, two sets of form endpoints
  // under different names is not possible either (the names are the site's), so the
  // throughput round runs first with lifted limits and the flood round on a second instance
  // with the real ones, both on the same file.
  const withForms = (limits: typeof FORM_LIMITS) => ({
    ...base,
    endpoints: [
      ...publicFormEndpoints(PUBLIC_FORM_DEFINITIONS, { limits }),
      ...(base.endpoints ?? []).filter((endpoint) => !endpoint.path.startsWith('/forms/')),
    ] as typeof base.endpoints,
  })

  const payload = await getPayload({ config: withForms(unlimited), key: 'bench-forms' })
  await migrateDatabase(payload, () => undefined)
  const rest = (key: string, instance: typeof payload): Handler => {
    const guarded = guardRest(
      (request) => handleEndpoints({ config: base, request, payloadInstanceCacheKey: key }),
      { payload: () => Promise.resolve(instance), enabled: true },
    )
    return (request) => guarded(request, { params: Promise.resolve({}) })
  }

  log(`Throughput: ${CLIENTS} clients × ${REQUESTS} questions (no JavaScript, limits lifted)…`)
  const first = await serveHandler(rest('bench-forms', payload))
  const result = await throughput(first.base)
  first.close()
  log(
    `  accepted ${result.accepted}/${CLIENTS * REQUESTS} in ${result.seconds.toFixed(1)} s: ${(result.accepted / result.seconds).toFixed(1)} submissions/s, p50 ${ms(percentile(result.latencies, 50))}, p99 ${ms(percentile(result.latencies, 99))}`,
  )

  const password = 'bench-editor-password'
  await payload.create({
    collection: 'users',
    data: { email: 'bench@test.local', password, role: 'editor' },
    overrideAccess: true,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email: 'bench@test.local', password },
  })
  await payload.destroy()

  const guarded = await getPayload({ config: withForms(FORM_LIMITS), key: 'bench-forms-limited' })
  const second = await serveHandler(rest('bench-forms-limited', guarded))
  log(
    `Editor reading the inbox list for ${SECONDS} s, alone and during ${RATE} spam submissions/min…`,
  )
  const alone = await editorRound(second.base, token!, false)
  const flooded = await editorRound(second.base, token!, true)
  second.close()
  const p50 = (values: number[]) => percentile(values, 50)
  const p99 = (values: number[]) => percentile(values, 99)
  log(
    `  baseline (no flood): ${alone.editor.length} requests, p50 ${ms(p50(alone.editor))}, p99 ${ms(p99(alone.editor))}`,
  )
  log(
    `  during the flood:    ${flooded.editor.length} requests, p50 ${ms(p50(flooded.editor))}, p99 ${ms(p99(flooded.editor))}`,
  )
  log(`  p99 ratio flood/baseline: ${(p99(flooded.editor) / p99(alone.editor)).toFixed(2)}`)
  const refused = [...flooded.statuses.entries()].sort(([a], [b]) => a.localeCompare(b))
  log(
    `  spam sent ${flooded.sent}: ${refused.map(([reason, count]) => `${reason} × ${count}`).join(', ')}`,
  )
  const stored = await guarded.count({ collection: 'submissions', overrideAccess: true })
  log(
    `  submissions stored in all: ${stored.totalDocs} (the throughput round's ${result.accepted} + spam that got through)`,
  )
  await guarded.destroy()
}

main()
  .then(() => {
    rmSync(dataDir, { recursive: true, force: true })
    process.exit(0)
  })
  .catch((error: unknown) => {
    console.error(error)
    rmSync(dataDir, { recursive: true, force: true })
    process.exit(1)
  })
