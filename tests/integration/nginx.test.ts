import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { request } from 'node:http'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@cms/config/env'
import { repoRoot } from '@cms/config/paths'
import type { ReleasePaths } from '@cms/publisher/paths'
import { precompressRelease } from '@cms/publisher/precompress'
import { switchLive } from '@cms/publisher/releases'
import { SECURITY_HEADERS } from '@cms/publisher/securityHeaders'

// The production nginx configuration in deploy/nginx, run by Debian's nginx against releases
// made the way the publisher makes them. CI installs nginx; elsewhere the test says it skips.
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate))
const RELEASES = ['20261125-100000-aaaa', '20261125-110000-bbbb']
// Debian's libnginx-mod-http-brotli-static, when installed: then Brotli is served too.
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'
const brotli = existsSync(BROTLI_MODULE)
/** A page big enough to be worth compressing, as the site's pages are. */
const LONG_PAGE = `<!doctype html><html lang="uk"><title>Новини</title><main>${'<article><h2>Вечір поезії в бібліотеці</h2><p>Запрошуємо на зустріч.</p></article>'.repeat(200)}</main></html>`

let work: string
let port: number
let nginx: ChildProcess | undefined
let paths: ReleasePaths

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function writeRelease(id: string): Promise<void> {
  const dir = path.join(paths.releasesDir, id)
  await mkdir(path.join(dir, 'novyny', 'vechir-poezii'), { recursive: true })
  await mkdir(path.join(dir, '_astro'), { recursive: true })
  await mkdir(path.join(dir, 'pagefind'), { recursive: true })
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="uk"><title>Головна</title><p>release ${id}</p></html>`,
  )
  await writeFile(
    path.join(dir, '404.html'),
    '<!doctype html><html lang="uk"><title>Сторінку не знайдено</title></html>',
  )
  await mkdir(path.join(dir, 'en', '404'), { recursive: true })
  await writeFile(
    path.join(dir, 'en', 'index.html'),
    '<!doctype html><html lang="en"><title>Home</title></html>',
  )
  await writeFile(
    path.join(dir, 'en', '404', 'index.html'),
    '<!doctype html><html lang="en"><title>Page not found</title></html>',
  )
  await writeFile(
    path.join(dir, 'novyny', 'vechir-poezii', 'index.html'),
    '<!doctype html><title>Вечір поезії</title>',
  )
  await mkdir(path.join(dir, 'novyny', 'storinka', '2'), { recursive: true })
  await writeFile(path.join(dir, 'novyny', 'storinka', '2', 'index.html'), LONG_PAGE)
  await writeFile(path.join(dir, '_astro', 'site.abc123.css'), 'body{margin:0}')
  await writeFile(path.join(dir, 'pagefind', 'wasm.uk.pagefind'), Buffer.from([0, 97, 115, 109]))
  await writeFile(
    path.join(dir, 'pagefind', 'pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { uk: { hash: 'uk_'.repeat(100) } } }),
  )
  await precompressRelease(dir)
}

async function configure(withBrotli: boolean, name = 'nginx.conf'): Promise<string> {
  const deploy = path.join(repoRoot, 'deploy', 'nginx')
  const server = (await readFile(path.join(deploy, 'cbs-site.conf'), 'utf8'))
    .replace(
      '# include /etc/nginx/cbs-brotli-static.conf;',
      withBrotli ? `include ${path.join(deploy, 'brotli-static.conf')};` : '',
    )
    .replaceAll(
      '/etc/nginx/cbs-security-headers.conf',
      path.join(repoRoot, 'deploy', 'nginx', 'security-headers.conf'),
    )
    .replace('root /srv/cbs/data/releases/live;', `root ${paths.liveLink};`)
    .replace(/set \$cbs_cms_origin [^;]+;/, `set $cbs_cms_origin ${new URL(env.CMS_URL).origin};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
  const main = `${withBrotli ? `load_module ${BROTLI_MODULE};\n` : ''}daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  ${server}
}
`
  const file = path.join(work, name)
  await writeFile(file, main)
  return file
}

async function waitForPort(): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(
    `nginx did not start: ${await readFile(path.join(work, 'error.log'), 'utf8').catch(() => '')}`,
  )
}

describe.skipIf(!NGINX)('nginx configuration for the public site (deploy/nginx)', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'cbs-nginx-'))
    // nginx's workers run as an unprivileged user, as in production: the files must be readable.
    await chmod(work, 0o755)
    paths = {
      releasesDir: path.join(work, 'releases'),
      liveLink: path.join(work, 'releases', 'live'),
      stagingPrefix: '.staging-',
    }
    for (const id of RELEASES) await writeRelease(id)
    await switchLive(paths, RELEASES[0]!)
    port = await freePort()
    // As shipped (Brotli commented out), the configuration is valid on nginx without the module.
    const plain = await configure(false, 'nginx-plain.conf')
    const plainCheck = spawnSync(NGINX!, ['-t', '-c', plain, '-p', work], { encoding: 'utf8' })
    expect(plainCheck.status, plainCheck.stderr).toBe(0)
    const config = await configure(brotli)
    const check = spawnSync(NGINX!, ['-t', '-c', config, '-p', work], { encoding: 'utf8' })
    expect(check.status, check.stderr).toBe(0)
    nginx = spawn(NGINX!, ['-c', config, '-p', work], { stdio: 'ignore' })
    await waitForPort()
  })

  afterAll(async () => {
    nginx?.kill('SIGQUIT')
    await rm(work, { recursive: true, force: true })
  })

  const get = (urlPath: string) =>
    fetch(`http://127.0.0.1:${port}${urlPath}`, { redirect: 'manual' })

  function expectSecurityHeaders(response: Response): void {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name), name).toBe(value)
  }

  it('serves pages of the live release with the security headers Pagefind needs', async () => {
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(await home.text()).toContain(`release ${RELEASES[0]}`)
    expectSecurityHeaders(home)
    expect(home.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'")
    const article = await get('/novyny/vechir-poezii/')
    expect(article.status).toBe(200)
    expectSecurityHeaders(article)
  })

  it('answers unknown paths with the site’s 404 page and status', async () => {
    const missing = await get('/nemaie-takoi-storinky/')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Сторінку не знайдено')
    expectSecurityHeaders(missing)
  })

  it('answers unknown English paths with the English 404 page and status (issue #16)', async () => {
    const home = await get('/en/')
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<title>Home</title>')
    const missing = await get('/en/no-such-page/')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Page not found')
    expectSecurityHeaders(missing)
    // The English 404 page has no address of its own.
    expect((await get('/en/404/index.html')).status).toBe(404)
  })

  it('caches hashed assets for a year and serves Pagefind files', async () => {
    const css = await get('/_astro/site.abc123.css')
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expectSecurityHeaders(css)
    const wasm = await get('/pagefind/wasm.uk.pagefind')
    expect(wasm.status).toBe(200)
    expectSecurityHeaders(wasm)
  })

  /** A response as it comes over the wire: fetch would ask for and undo compression itself. */
  function raw(
    urlPath: string,
    acceptEncoding?: string,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = acceptEncoding
        ? { 'Accept-Encoding': acceptEncoding }
        : {}
      request({ host: '127.0.0.1', port, path: urlPath, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers as Record<string, string>,
            body: Buffer.concat(chunks),
          }),
        )
      })
        .on('error', reject)
        .end()
    })
  }

  it('sends the release’s precompressed files to clients that accept them, the plain file to others', async () => {
    const urlPath = '/novyny/storinka/2/'
    const gz = await raw(urlPath, 'gzip')
    expect(gz.status).toBe(200)
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers['content-type']).toMatch(/^text\/html/)
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i)
    // The file written at release time, byte for byte: nginx did not compress it again.
    expect(
      gz.body.equals(await readFile(path.join(paths.liveLink, 'novyny/storinka/2/index.html.gz'))),
    ).toBe(true)
    expect(gunzipSync(gz.body).toString('utf8')).toBe(LONG_PAGE)
    expectSecurityHeaders(new Response(null, { headers: gz.headers }))

    const plain = await raw(urlPath)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(LONG_PAGE)

    const json = await raw('/pagefind/pagefind-entry.json', 'gzip')
    expect(json.headers['content-encoding']).toBe('gzip')
    expect(json.headers['content-type']).toMatch(/^application\/json/)
  })

  it.runIf(brotli)('sends Brotli where the brotli_static module is installed', async () => {
    const br = await raw('/novyny/storinka/2/', 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/^text\/html/)
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(LONG_PAGE)
  })

  it('shows a switched release at once, without a reload of nginx', async () => {
    await switchLive(paths, RELEASES[1]!)
    expect(await (await get('/')).text()).toContain(`release ${RELEASES[1]}`)
  })
})
