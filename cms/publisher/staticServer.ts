import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'

import { englishUrls, localeOfPath } from '@domain/urls/localeUrls'

import { LIVE_STATUS_URL } from './liveStatus'
import { ENCODINGS, isCompressible } from './precompress'
import { SECURITY_HEADERS } from './securityHeaders'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
}

/** Finds the file for a URL path inside `root`, refusing anything outside it. */
async function resolveFile(
  root: string,
  pathname: string,
): Promise<{ file: string; redirect?: string } | undefined> {
  const target = path.resolve(root, `.${pathname}`)
  if (target !== root && !target.startsWith(root + path.sep)) return undefined
  try {
    const info = await stat(target)
    if (info.isFile()) return { file: target }
    if (info.isDirectory()) {
      const index = path.join(target, 'index.html')
      if ((await stat(index)).isFile())
        return pathname.endsWith('/') ? { file: index } : { file: index, redirect: `${pathname}/` }
    }
  } catch {
    return undefined
  }
  return undefined
}

/** Files up to this size are read whole; larger ones (PDFs, originals) are streamed. */
const READ_WHOLE_BYTES = 256 * 1024

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return '/'
  }
}

function cacheControl(file: string): string {
  // Astro's bundled assets carry a content hash in their name; everything else may change.
  return file.includes(`${path.sep}_astro${path.sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache'
}

/**
 * The content codings a request accepts (RFC 9110 §12.5.3): listed ones unless `q=0`, and any
 * other when `*` is accepted.
 */
export function acceptedEncodings(
  header: string | string[] | undefined,
): (name: string) => boolean {
  const listed = new Map<string, boolean>()
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';')
    if (!token) continue
    const q = params.map((param) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(param)).find(Boolean)
    listed.set(token, q ? Number(q[1]) > 0 : true)
  }
  return (name) => listed.get(name) ?? listed.get('*') ?? false
}

/**
 * The file to send for `file`: its precompressed variant (written at release time by
 * precompress.ts) in the best coding the client accepts, else the file itself.
 */
async function negotiate(
  file: string,
  acceptEncoding: string | string[] | undefined,
): Promise<{ path: string; size: number; encoding?: string }> {
  if (isCompressible(file)) {
    const accepts = acceptedEncodings(acceptEncoding)
    for (const { name, suffix } of ENCODINGS) {
      if (!accepts(name)) continue
      const variant = await stat(file + suffix).catch(() => undefined)
      if (variant?.isFile()) return { path: file + suffix, size: variant.size, encoding: name }
    }
  }
  return { path: file, size: (await stat(file)).size }
}

/**
 * The 404 page for a missing path: the English one for a path under /en/ (when the build has it),
 * else the Ukrainian one.
 */
async function notFoundPage(root: string, pathname: string): Promise<string | undefined> {
  const english =
    localeOfPath(pathname) === 'en'
      ? await resolveFile(root, `${englishUrls.notFound()}index.html`)
      : undefined
  return english?.file ?? (await resolveFile(root, '/404.html'))?.file
}

/**
 * Answers a GET or HEAD request with a file of the built site in `root`: directory indexes,
 * the site's 404 page with its status, security headers, precompressed variants for clients
 * that accept them, nothing outside `root`.
 */
export async function serveSiteFile(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const headers = { ...SECURITY_HEADERS, ...extraHeaders }
  const url = new URL(request.url ?? '/', 'http://localhost')
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', ...headers }).end()
    return
  }
  const pathname = decodePath(url.pathname)
  const found = await resolveFile(root, pathname)
  if (found?.redirect) {
    response.writeHead(301, { Location: `${found.redirect}${url.search}`, ...headers }).end()
    return
  }
  const file = found?.file ?? (await notFoundPage(root, pathname))
  if (!file) {
    response
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
      .end('Not found')
    return
  }
  const body = await negotiate(file, request.headers['accept-encoding'])
  // Pages and compressed variants are small: one read and one write cost less than a stream.
  const data =
    request.method !== 'HEAD' && body.size <= READ_WHOLE_BYTES
      ? await readFile(body.path).catch(() => undefined)
      : undefined
  response.writeHead(found ? 200 : 404, {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(data?.length ?? body.size),
    'Cache-Control': cacheControl(file),
    // Caches must keep the plain and the compressed answers apart.
    ...(isCompressible(file) ? { Vary: 'Accept-Encoding' } : {}),
    ...(body.encoding ? { 'Content-Encoding': body.encoding } : {}),
    ...headers,
  })
  if (request.method === 'HEAD') response.end()
  else if (data) response.end(data)
  else
    createReadStream(body.path)
      .on('error', () => response.destroy())
      .pipe(response)
}

/**
 * The static server for the live release. Each request follows the `live` link anew, so a
 * release switch or a rollback takes effect at once without a restart.
 */
export function createStaticServer(liveLink: string, statusLink?: string): Server {
  return createServer((request, response) => {
    void (async () => {
      // The live status bundle (liveStatus.ts) has a link of its own, switched apart from releases.
      if (statusLink && (request.url ?? '').startsWith(LIVE_STATUS_URL)) {
        const statusRoot = await realpath(statusLink).catch(() => undefined)
        if (statusRoot) {
          await serveSiteFile(request, response, statusRoot)
          return
        }
      }
      const root = await realpath(liveLink).catch(() => undefined)
      if (!root) {
        response.writeHead(503, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Retry-After': '10',
          ...SECURITY_HEADERS,
        })
        response.end('Сайт ще збирається. Оновіть сторінку за кілька секунд.')
        return
      }
      await serveSiteFile(request, response, root)
    })()
  })
}
