import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { precompressRelease } from '@cms/publisher/precompress'
import { serveSiteFile } from '@cms/publisher/staticServer'
import { pngBytes } from '../support/fixtures'

// Precompressed variants written at release time, and the local static server sending them.
const PAGE = `<!doctype html><html lang="uk"><title>Новини</title><main>${'<article><h2>Вечір поезії</h2><p>Запрошуємо всіх читачів.</p></article>'.repeat(100)}</main></html>`
const NOT_FOUND = `<!doctype html><html lang="uk"><title>Сторінку не знайдено</title><main>${'<p>Спробуйте пошук.</p>'.repeat(40)}</main></html>`
const ENGLISH_NOT_FOUND = `<!doctype html><html lang="en"><title>Page not found</title><main>${'<p>Try the search.</p>'.repeat(40)}</main></html>`
const CSS = `body{margin:0}${'.card{padding:1rem;border:1px solid #ccc}'.repeat(30)}`

let work: string
let release: string
let server: Server
let port: number

async function writeRelease(dir: string, page: string): Promise<void> {
  await mkdir(path.join(dir, 'novyny'), { recursive: true })
  await mkdir(path.join(dir, '_astro'), { recursive: true })
  await mkdir(path.join(dir, 'pagefind', 'fragment'), { recursive: true })
  await writeFile(path.join(dir, 'index.html'), PAGE)
  await writeFile(path.join(dir, 'novyny', 'index.html'), page)
  await writeFile(path.join(dir, '404.html'), NOT_FOUND)
  await mkdir(path.join(dir, 'en', '404'), { recursive: true })
  await writeFile(path.join(dir, 'en', '404', 'index.html'), ENGLISH_NOT_FOUND)
  await writeFile(path.join(dir, '_astro', 'site.abc123.css'), CSS)
  await writeFile(path.join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n')
  await writeFile(path.join(dir, 'photo.png'), await pngBytes(200, 200))
  // Pagefind stores its index gzipped already.
  await writeFile(path.join(dir, 'pagefind', 'fragment', 'uk_1.pf_fragment'), gzipSync(PAGE))
}

type Raw = { status: number; headers: Record<string, string | undefined>; body: Buffer }

/** A response as it comes over the wire: fetch would ask for and undo compression itself. */
function raw(urlPath: string, acceptEncoding?: string, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding
      ? { 'Accept-Encoding': acceptEncoding }
      : {}
    request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers as Record<string, string | undefined>,
          body: Buffer.concat(chunks),
        }),
      )
    })
      .on('error', reject)
      .end()
  })
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cbs-precompress-'))
  release = path.join(work, 'release-1')
  await writeRelease(release, PAGE)
  await precompressRelease(release)
  server = createServer((req, res) => void serveSiteFile(req, res, release))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(work, { recursive: true, force: true })
})

describe('precompressing a release', () => {
  it('writes gzip and Brotli beside every text file, each undoing to the file', async () => {
    for (const file of ['index.html', 'novyny/index.html', '404.html', '_astro/site.abc123.css']) {
      const original = await readFile(path.join(release, file))
      const gz = await readFile(path.join(release, `${file}.gz`))
      const br = await readFile(path.join(release, `${file}.br`))
      expect(gunzipSync(gz).equals(original), file).toBe(true)
      expect(brotliDecompressSync(br).equals(original), file).toBe(true)
      expect(br.length, file).toBeLessThan(original.length)
    }
  })

  it('leaves alone what gains nothing: images, tiny files, Pagefind’s gzipped index', () => {
    for (const file of ['photo.png', 'robots.txt', 'pagefind/fragment/uk_1.pf_fragment']) {
      expect(existsSync(path.join(release, `${file}.gz`)), file).toBe(false)
      expect(existsSync(path.join(release, `${file}.br`)), file).toBe(false)
    }
  })

  it('takes over the variants of unchanged files from the previous release, compresses changed ones', async () => {
    const next = path.join(work, 'release-2')
    const changed = PAGE.replace('Вечір поезії', 'Ранок поезії')
    await writeRelease(next, changed)
    const stats = await precompressRelease(next, release)
    expect(stats).toMatchObject({ compressed: 1, reused: 4 })
    const [before, after] = await Promise.all([
      stat(path.join(release, 'index.html.br')),
      stat(path.join(next, 'index.html.br')),
    ])
    expect(after.ino).toBe(before.ino)
    const news = await readFile(path.join(next, 'novyny', 'index.html.br'))
    expect(brotliDecompressSync(news).toString('utf8')).toBe(changed)
    // The built files it replaced were moved aside, out of the release, and are removed after.
    expect((await stat(path.join(next, 'index.html'))).ino).toBe(
      (await stat(path.join(release, 'index.html'))).ino,
    )
    await vi.waitFor(() => expect(existsSync(`${next}.replaced`)).toBe(false))
  })

  it('compresses anew an unchanged file whose variant the last release lacks, never writing into that release', async () => {
    const last = path.join(work, 'partial-1')
    const next = path.join(work, 'partial-2')
    await writeRelease(last, PAGE)
    await precompressRelease(last)
    const page = path.join('novyny', 'index.html')
    await rm(path.join(last, `${page}.gz`))
    const lastBr = await stat(path.join(last, `${page}.br`))
    await writeRelease(next, PAGE)
    expect(await precompressRelease(next, last)).toMatchObject({ compressed: 1, reused: 4 })
    const [br, built] = await Promise.all([
      stat(path.join(next, `${page}.br`)),
      stat(path.join(next, page)),
    ])
    // Variants of its own, and its own page: nothing of it links into the last release.
    expect(br.ino).not.toBe(lastBr.ino)
    expect(built.ino).not.toBe((await stat(path.join(last, page))).ino)
    expect((await stat(path.join(last, `${page}.br`))).nlink).toBe(1)
    expect(gunzipSync(await readFile(path.join(next, `${page}.gz`))).toString('utf8')).toBe(PAGE)
    expect(existsSync(path.join(last, `${page}.gz`))).toBe(false)
  })

  it('keeps the last release’s page, stamp and variants when a page differs in its build stamp alone', async () => {
    const stamped = (at: string) =>
      PAGE.replace('<main>', `<live-status data-built-at="${at}"></live-status><main>`)
    const first = path.join(work, 'stamped-1')
    const second = path.join(work, 'stamped-2')
    await writeRelease(first, stamped('2026-11-29T10:00:00.000Z'))
    await precompressRelease(first)
    await writeRelease(second, stamped('2026-11-29T11:00:00.000Z'))
    const stats = await precompressRelease(second, first)
    expect(stats).toMatchObject({ compressed: 0, reused: 5 })
    const page = path.join('novyny', 'index.html')
    expect(await readFile(path.join(second, page), 'utf8')).toBe(
      stamped('2026-11-29T10:00:00.000Z'),
    )
    const br = await readFile(path.join(second, `${page}.br`))
    expect(brotliDecompressSync(br).toString('utf8')).toBe(stamped('2026-11-29T10:00:00.000Z'))

    // Anything else changed besides the stamp: a page of its own, compressed anew.
    const third = path.join(work, 'stamped-3')
    const edited = stamped('2026-11-29T12:00:00.000Z').replace('Вечір поезії', 'Ранок поезії')
    await writeRelease(third, edited)
    expect(await precompressRelease(third, second)).toMatchObject({ compressed: 1, reused: 4 })
    expect(await readFile(path.join(third, page), 'utf8')).toBe(edited)
  })
  it('compresses runs of changed files beside the unchanged ones, each variant undoing to its own file', async () => {
    // Pages of different lengths, read one after another into the same buffer: a variant made
    // from another file's bytes would not undo to its file.
    const pageNumber = (index: number) =>
      PAGE.replace('Новини', `Новини ${index}`).repeat(1 + (index % 3))
    const data = JSON.stringify(
      Array.from({ length: 4000 }, (_, index) => ({ id: index, title: `Документ ${index}` })),
    )
    const writeMany = async (dir: string, edited: (index: number) => boolean) => {
      await writeRelease(dir, PAGE)
      for (let index = 0; index < 24; index += 1) {
        const page = path.join(dir, 'storinka', String(index), 'index.html')
        await mkdir(path.dirname(page), { recursive: true })
        await writeFile(
          page,
          edited(index) ? `${pageNumber(index)}<!-- змінено -->` : pageNumber(index),
        )
      }
      await writeFile(path.join(dir, 'dani.json'), edited(0) ? data.replace('0', '1') : data)
    }
    const first = path.join(work, 'many-1')
    const second = path.join(work, 'many-2')
    await writeMany(first, () => false)
    await precompressRelease(first)
    // Changed files in runs longer than there are cores, between unchanged ones.
    const edited = (index: number) => index < 6 || (index >= 12 && index < 18)
    await writeMany(second, edited)
    expect(await precompressRelease(second, first)).toMatchObject({ compressed: 13, reused: 17 })
    for (const file of [
      'dani.json',
      ...Array.from({ length: 24 }, (_, index) =>
        path.join('storinka', String(index), 'index.html'),
      ),
    ]) {
      const original = await readFile(path.join(second, file))
      expect(
        gunzipSync(await readFile(path.join(second, `${file}.gz`))).equals(original),
        file,
      ).toBe(true)
      expect(
        brotliDecompressSync(await readFile(path.join(second, `${file}.br`))).equals(original),
        file,
      ).toBe(true)
    }
    const unchanged = path.join('storinka', '7', 'index.html')
    expect((await stat(path.join(second, unchanged))).ino).toBe(
      (await stat(path.join(first, unchanged))).ino,
    )
  })
})

describe('the local static server', () => {
  it('sends Brotli, else gzip, as the client accepts, with the right headers', async () => {
    const br = await raw('/novyny/', 'gzip, deflate, br')
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(PAGE)
    expect(br.headers['content-security-policy']).toContain("default-src 'self'")

    const gz = await raw('/novyny/', 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString('utf8')).toBe(PAGE)

    // q=0 refuses a coding.
    const refused = await raw('/novyny/', 'br;q=0, gzip;q=0.8')
    expect(refused.headers['content-encoding']).toBe('gzip')
  })

  it('falls back to the plain file without Accept-Encoding or without a variant', async () => {
    const plain = await raw('/novyny/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('Accept-Encoding')
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(PAGE))
    expect(plain.body.toString('utf8')).toBe(PAGE)

    const tiny = await raw('/robots.txt', 'br, gzip')
    expect(tiny.headers['content-encoding']).toBeUndefined()
    expect(tiny.body.toString('utf8')).toContain('User-agent')

    const image = await raw('/photo.png', 'br, gzip')
    expect(image.headers['content-encoding']).toBeUndefined()
    expect(image.headers.vary).toBeUndefined()
    expect(image.headers['content-type']).toBe('image/png')
  })

  it('compresses the 404 page with its status, and answers HEAD with the length only', async () => {
    const missing = await raw('/nemaie/', 'gzip')
    expect(missing.status).toBe(404)
    expect(missing.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(missing.body).toString('utf8')).toBe(NOT_FOUND)

    // A missing English page gets the English 404 page (issue #16), with the same status.
    const english = await raw('/en/no-such-page/')
    expect(english.status).toBe(404)
    expect(english.body.toString('utf8')).toBe(ENGLISH_NOT_FOUND)
    expect((await raw('/enx/')).body.toString('utf8')).toBe(NOT_FOUND)

    const head = await raw('/', 'br', 'HEAD')
    expect(head.headers['content-encoding']).toBe('br')
    expect(Number(head.headers['content-length'])).toBe(
      (await stat(path.join(release, 'index.html.br'))).size,
    )
    expect(head.body.length).toBe(0)
  })
})
