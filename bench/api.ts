import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

/**
 * `npm run bench:api [-- --clients 20 --requests 2 --aliases 30 --news 200]`: an editor's API
 * latency while anonymous clients hammer the heaviest public queries, with the anonymous limits
 * on (ours) and off (the baseline: API_LIMITS=off), in the same run on the same database, over
 * loopback HTTP. Each anonymous client sends a fixed number of requests; the editor reads a news
 * list over and over until they are done. Prints figures; asserts nothing.
 */
const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    requests: { type: 'string', default: '2' },
    aliases: { type: 'string', default: '30' },
    news: { type: 'string', default: '200' },
  },
})
const CLIENTS = Number(values.clients)
const REQUESTS = Number(values.requests)
const ALIASES = Number(values.aliases)
const NEWS = Number(values.news)
const EDITOR_MAX_REQUESTS = 5000

const dataDir = mkdtempSync(path.join(tmpdir(), 'cbs-bench-api-'))
Object.assign(process.env, { DATA_DIR: dataDir, SEED_ON_START: 'false', NODE_ENV: 'production' })

const log = (line: string) => process.stdout.write(`${line}\n`)
const ms = (value: number) => `${value.toFixed(0)} ms`

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

type Handler = (request: Request) => Promise<Response>

/** Serves fetch-style handlers over node:http as Next.js does, with the socket's address. */
function serve(rest: Handler, graphql: Handler): Promise<{ server: Server; base: string }> {
  // No timeouts: the baseline blocks the event loop for long, and Node would drop waiting sockets.
  const server = createServer(
    { requestTimeout: 0, headersTimeout: 0, keepAliveTimeout: 120_000 },
    (incoming: IncomingMessage, outgoing: ServerResponse) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => {
        void (async () => {
          const headers = new Headers()
          for (const [name, value] of Object.entries(incoming.headers))
            if (typeof value === 'string') headers.set(name, value)
          headers.set('x-forwarded-for', incoming.socket.remoteAddress ?? '127.0.0.1')
          const body = chunks.length ? Buffer.concat(chunks) : undefined
          const request = new Request(`http://127.0.0.1${incoming.url}`, {
            method: incoming.method,
            headers,
            body: incoming.method === 'GET' ? undefined : body,
          })
          const handler = incoming.url?.startsWith('/api/graphql') ? graphql : rest
          const response = await handler(request)
          const bytes = Buffer.from(await response.arrayBuffer())
          const responseHeaders = Object.fromEntries(response.headers)
          delete responseHeaders['content-length']
          delete responseHeaders['content-encoding']
          outgoing.writeHead(response.status, responseHeaders)
          outgoing.end(bytes)
        })().catch((error: unknown) => {
          console.error(error)
          outgoing.writeHead(500).end()
        })
      })
    },
  )
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  )
}

/** The heaviest things an anonymous client could ask for. */
function heavyRequests(base: string): (() => Promise<Response>)[] {
  const aliases = Array.from(
    { length: ALIASES },
    (_, index) => `a${index}: News(limit: 100) { docs { title excerpt body branches { name } } }`,
  ).join(' ')
  return [
    () =>
      fetch(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ ${aliases} }` }),
      }),
    () => fetch(`${base}/api/news?limit=100&depth=2`),
    () => fetch(`${base}/api/news?pagination=false&depth=5`),
  ]
}

type Round = { editor: number[]; statuses: Map<number, number>; anonymousMs: number }

async function round(base: string, token: string): Promise<Round> {
  const statuses = new Map<number, number>()
  const requests = heavyRequests(base)
  let running = true
  const started = performance.now()
  const anonymous = Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let index = 0; index < REQUESTS; index += 1) {
        const response = await requests[(client + index) % requests.length]!()
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }),
  ).then(() => {
    running = false
  })
  const editor: number[] = []
  while (running && editor.length < EDITOR_MAX_REQUESTS) {
    const start = performance.now()
    const response = await fetch(`${base}/api/news?limit=10&depth=1&draft=true`, {
      headers: { Authorization: `JWT ${token}` },
    })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`editor request failed: ${response.status}`)
    editor.push(performance.now() - start)
  }
  await anonymous
  return { editor, statuses, anonymousMs: performance.now() - started }
}

async function main() {
  const { getPayload, handleEndpoints } = await import('payload')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@cms/payload.config')
  const { migrateDatabase } = await import('@cms/bootstrap/migrate')
  const { guardGraphQL, guardRest } = await import('@cms/api-guard/guard')

  const payload = await getPayload({ config })
  await migrateDatabase(payload, () => undefined)
  log(`Seeding ${NEWS} published news items…`)
  const branch = await payload.create({
    collection: 'branches',
    data: {
      name: 'Бібліотека для заміру',
      kind: 'adult',
      address: { street: 'вулиця Соломʼянська', building: '1' },
      weeklyHours: [{ day: 'mon', opens: '10:00', closes: '18:00' }],
      _status: 'published',
    },
    overrideAccess: true,
  })
  for (let index = 0; index < NEWS; index += 1)
    await payload.create({
      collection: 'news',
      data: {
        title: `Новина для заміру ${index}`,
        excerpt: 'Короткий анонс новини бібліотеки. '.repeat(8),
        branches: [branch.id],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
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

  const rest: Handler = (request) => handleEndpoints({ config, request })
  const graphql = GRAPHQL_POST(config)
  const modes = [
    { name: 'limits off (baseline)', enabled: false },
    { name: 'limits on (ours)', enabled: true },
  ]
  const results: { name: string; result: Round }[] = []
  // Idle first: the editor alone, as a reference for both.
  const idle = await serve(rest, graphql)
  const idleLatencies: number[] = []
  for (let index = 0; index < 200; index += 1) {
    const start = performance.now()
    const response = await fetch(`${idle.base}/api/news?limit=10&depth=1&draft=true`, {
      headers: { Authorization: `JWT ${token!}` },
    })
    await response.arrayBuffer()
    idleLatencies.push(performance.now() - start)
  }
  idle.server.close()

  for (const mode of modes) {
    const options = { payload: () => Promise.resolve(payload), enabled: mode.enabled }
    const { server, base } = await serve(
      (request) =>
        guardRest((inner) => rest(inner), options)(request, { params: Promise.resolve({}) }),
      guardGraphQL(graphql, options),
    )
    log(`Running: ${mode.name}, ${CLIENTS} anonymous clients × ${REQUESTS} requests…`)
    results.push({ name: mode.name, result: await round(base, token!) })
    server.close()
  }

  log('')
  log(
    `Editor's API latency (GET /api/news?limit=10&depth=1) while ${CLIENTS} anonymous clients each send ${REQUESTS} of: GraphQL with ${ALIASES} aliases of News(limit: 100), REST limit=100&depth=2, REST pagination=false&depth=5; ${NEWS} news.`,
  )
  log('')
  log(
    '| mode | editor requests | editor p50 | editor p99 | anonymous answers | anonymous done in |',
  )
  log('| --- | --- | --- | --- | --- | --- |')
  log(
    `| editor alone | ${idleLatencies.length} | ${ms(percentile(idleLatencies, 50))} | ${ms(percentile(idleLatencies, 99))} | – | – |`,
  )
  for (const { name, result } of results) {
    const answers = [...result.statuses].map(([status, count]) => `${count}× ${status}`).join(', ')
    log(
      `| ${name} | ${result.editor.length} | ${ms(percentile(result.editor, 50))} | ${ms(percentile(result.editor, 99))} | ${answers} | ${(result.anonymousMs / 1000).toFixed(1)} s |`,
    )
  }
  const [off, on] = results.map(({ result }) => percentile(result.editor, 99))
  log('')
  log(`Editor p99 with the limits on is ${(off! / on!).toFixed(1)}× lower than with them off.`)
  await payload.destroy()
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dataDir, { recursive: true, force: true }))
