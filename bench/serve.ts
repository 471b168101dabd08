import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { Agent, createServer as createHttpServer, request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { exitAfterOutput } from '@cms/runtime/processes'

/**
 * `npm run bench:serve [-- --site <built site>] [--seconds 5] [--connections 32] [--rounds 3] [--servers nginx,local]`: requests per
 * second for the home page, a news page and a search index chunk, from nginx with the deploy
 * configuration and from the publisher's own static server, each serving the same release as
 * built (compressed per request, or not at all) and precompressed (cms/publisher/precompress),
 * in the same run: the ratio is the figure. Loopback only, a fixed time per measurement, clients
 * that ask for what browsers ask for (Accept-Encoding: gzip, deflate, br). Without --site it seeds
 * the sample content and builds the site first. Prints figures; asserts nothing.
 */
const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    /** Which servers to measure: nginx, local or both (comma-separated). */
    servers: { type: 'string', default: 'nginx,local' },
    /** Turns per variant: plain, precompressed, plain, precompressed… */
    rounds: { type: 'string', default: '3' },
    /** Internal: run as the static server child for one root, on one port. */
    'serve-root': { type: 'string' },
    'serve-port': { type: 'string' },
  },
})
const SECONDS = Math.min(60, Math.max(1, Number(values.seconds)))
const CONNECTIONS = Math.min(256, Math.max(1, Number(values.connections)))
const ROUNDS = Math.min(10, Math.max(1, Number(values.rounds)))
/** A hard cap on requests per measurement, whatever the speed. */
const MAX_REQUESTS = 2_000_000
const ACCEPT_ENCODING = 'gzip, deflate, br'
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate))
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

const log = (line: string) => process.stdout.write(`${line}\n`)

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitForPort(port: number, urlPath: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}${urlPath}`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`Nothing answers on port ${port}.`)
}

type Load = { requests: number; perSecond: number; bytesPerResponse: number; errors: number }

/** `connections` keep-alive clients requesting `urlPath` one after another for `seconds`. */
function load(port: number, urlPath: string, seconds = SECONDS): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const deadline = performance.now() + seconds * 1000
  let requests = 0
  let errors = 0
  let bytes = 0
  const started = performance.now()
  const one = () =>
    new Promise<void>((resolve) => {
      request(
        {
          host: '127.0.0.1',
          port,
          path: urlPath,
          agent,
          headers: { 'Accept-Encoding': ACCEPT_ENCODING },
        },
        (response) => {
          response.on('data', (chunk: Buffer) => (bytes += chunk.length))
          response.on('end', () => {
            if (response.statusCode === 200) requests += 1
            else errors += 1
            resolve()
          })
        },
      )
        .on('error', () => {
          errors += 1
          resolve()
        })
        .end()
    })
  const client = async () => {
    while (performance.now() < deadline && requests + errors < MAX_REQUESTS) await one()
  }
  return Promise.all(Array.from({ length: CONNECTIONS }, client)).then(() => {
    agent.destroy()
    const elapsed = (performance.now() - started) / 1000
    return {
      requests,
      perSecond: requests / elapsed,
      bytesPerResponse: requests ? bytes / requests : 0,
      errors,
    }
  })
}

/** The publisher's static server in a process of its own, as in production (`npm start`). */
async function startLocalServer(root: string): Promise<{ port: number; stop: () => void }> {
  const port = await freePort()
  const tsx = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const child = spawn(
    process.execPath,
    [tsx, import.meta.filename, '--serve-root', root, '--serve-port', String(port)],
    { stdio: 'inherit' },
  )
  await waitForPort(port, '/')
  return { port, stop: () => child.kill('SIGTERM') }
}

/** nginx with deploy/nginx/cbs-site.conf (Brotli where the module is installed), one worker. */
async function startNginx(
  work: string,
  liveLink: string,
): Promise<{ port: number; stop: () => void }> {
  const port = await freePort()
  const deploy = path.join(process.cwd(), 'deploy', 'nginx')
  const brotli = existsSync(BROTLI_MODULE)
  const server = (await readFile(path.join(deploy, 'cbs-site.conf'), 'utf8'))
    .replace(
      '# include /etc/nginx/cbs-brotli-static.conf;',
      brotli ? `include ${path.join(deploy, 'brotli-static.conf')};` : '',
    )
    .replaceAll('/etc/nginx/cbs-security-headers.conf', path.join(deploy, 'security-headers.conf'))
    .replace('root /srv/cbs/data/releases/live;', `root ${liveLink};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
  const prefix = await mkdtemp(path.join(work, 'nginx-'))
  const config = path.join(prefix, 'nginx.conf')
  await writeFile(
    config,
    `${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  ${server}
}
`,
  )
  const check = spawnSync(NGINX!, ['-t', '-c', config, '-p', prefix], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`)
  const child: ChildProcess = spawn(NGINX!, ['-c', config, '-p', prefix], { stdio: 'ignore' })
  await waitForPort(port, '/')
  return { port, stop: () => child.kill('SIGQUIT') }
}

/** Seeds the sample content into a fresh data folder and builds the site from it. */
async function buildSampleSite(work: string): Promise<string> {
  Object.assign(process.env, {
    DATA_DIR: path.join(work, 'data'),
    DATABASE_URI: '',
    SEED_ON_START: 'true',
  })
  const { env } = await import('@cms/config/env')
  const { prepareCms } = await import('@cms/bootstrap/prepare')
  const { buildSite } = await import('@cms/publisher/build')
  log('Seeding the sample content and building the site…')
  const payload = await prepareCms({ report: () => undefined })
  await payload.destroy()
  const out = path.join(work, 'site')
  const built = await buildSite(env, out, () => undefined)
  if (!built.ok) throw new Error(built.message)
  return out
}

/** A news item's page and a Pagefind index chunk of the built site. */
async function targets(site: string): Promise<{ name: string; urlPath: string }[]> {
  const skip = new Set(['storinka', 'katehoriia', 'biblioteka'])
  const news = (await readdir(path.join(site, 'novyny'), { withFileTypes: true })).find(
    (entry) =>
      entry.isDirectory() &&
      !skip.has(entry.name) &&
      existsSync(path.join(site, 'novyny', entry.name, 'index.html')),
  )
  const chunks = await readdir(path.join(site, 'pagefind', 'index'))
  return [
    { name: 'home page', urlPath: '/' },
    { name: 'news page', urlPath: `/novyny/${news!.name}/` },
    { name: 'search index chunk', urlPath: `/pagefind/index/${chunks.sort()[0]}` },
  ]
}

async function serveChild(root: string, port: number): Promise<void> {
  const { serveSiteFile } = await import('@cms/publisher/staticServer')
  createHttpServer((req, res) => void serveSiteFile(req, res, root)).listen(port, '127.0.0.1')
  process.on('SIGTERM', () => process.exit(0))
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

async function main(): Promise<void> {
  if (!NGINX) log('nginx is not installed (apt-get install nginx-light): only the local server.')
  const work = await mkdtemp(path.join(tmpdir(), 'cbs-bench-serve-'))
  // nginx's worker runs as an unprivileged user, as in production: the files must be readable.
  await chmod(work, 0o755)
  try {
    const source = values.site ? path.resolve(values.site) : await buildSampleSite(work)
    const { precompressRelease } = await import('@cms/publisher/precompress')
    // The same release twice: as built, and precompressed as the publisher now leaves it.
    const variants = { plain: path.join(work, 'plain'), precompressed: path.join(work, 'packed') }
    await cp(source, variants.plain, {
      recursive: true,
      filter: (file) => !/\.(br|gz)$/.test(file),
    })
    await cp(variants.plain, variants.precompressed, { recursive: true })
    const started = performance.now()
    const stats = await precompressRelease(variants.precompressed)
    log(
      `Precompressed ${stats.compressed} text files in ${((performance.now() - started) / 1000).toFixed(1)} s (gzip -9 and Brotli 10).`,
    )
    // Both servers follow a link, as in production.
    for (const dir of Object.values(variants)) await symlink(dir, `${dir}-live`)
    const pages = await targets(variants.plain)
    log(
      `${CONNECTIONS} connections, ${ROUNDS} turns of ${SECONDS} s per figure, Accept-Encoding: ${ACCEPT_ENCODING}\n`,
    )
    const header = `| server | resource | as built: req/s (bytes each) | precompressed: req/s (bytes each) | ratio |`
    log(header)
    log(`|---|---|---|---|---|`)
    const wanted = values.servers.split(',')
    const servers = [
      ...(NGINX && wanted.includes('nginx')
        ? [{ name: 'nginx', start: (root: string) => startNginx(work, root) }]
        : []),
      ...(wanted.includes('local') ? [{ name: 'local server', start: startLocalServer }] : []),
    ]
    for (const server of servers) {
      // Both variants run side by side and are measured in turns, so that the load of a shared
      // machine drifting during the run falls on both alike.
      const plain = await server.start(`${variants.plain}-live`)
      const packed = await server.start(`${variants.precompressed}-live`)
      try {
        for (const page of pages) {
          for (const running of [plain, packed]) {
            const probe = await fetch(`http://127.0.0.1:${running.port}${page.urlPath}`)
            if (!probe.ok)
              throw new Error(`${server.name} answers ${probe.status} for ${page.urlPath}.`)
            // A short warm-up: open connections, fill the page cache.
            await load(running.port, page.urlPath, 1)
          }
          const totals = [plain, packed].map(() => ({
            requests: 0,
            seconds: 0,
            bytes: 0,
            errors: 0,
          }))
          for (let round = 0; round < ROUNDS; round += 1) {
            for (const [index, running] of [plain, packed].entries()) {
              const result = await load(running.port, page.urlPath)
              const total = totals[index]!
              total.requests += result.requests
              total.seconds += result.requests / (result.perSecond || 1)
              total.bytes += result.bytesPerResponse * result.requests
              total.errors += result.errors
            }
          }
          const [before, after] = totals.map((total) => ({
            perSecond: total.requests / (total.seconds || 1),
            bytesPerResponse: total.requests ? total.bytes / total.requests : 0,
            errors: total.errors,
          })) as [Omit<Load, 'requests'>, Omit<Load, 'requests'>]
          log(
            `| ${server.name} | ${page.name} | ${before.perSecond.toFixed(0)} (${kB(before.bytesPerResponse)}) | ${after.perSecond.toFixed(0)} (${kB(after.bytesPerResponse)}) | ${(after.perSecond / before.perSecond).toFixed(2)}× |${before.errors + after.errors ? ` ${before.errors + after.errors} errors` : ''}`,
          )
        }
      } finally {
        plain.stop()
        packed.stop()
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

if (values['serve-root']) {
  await serveChild(values['serve-root'], Number(values['serve-port']))
} else {
  await main()
  exitAfterOutput(0)
}
