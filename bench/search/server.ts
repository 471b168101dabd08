import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createGzip } from 'node:zlib'

import { SECURITY_HEADERS } from '@cms/publisher/securityHeaders'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
}
/** Compressed by the server, as a CDN would; Pagefind's own index files are gzip inside already. */
const COMPRESS = new Set(['.html', '.js', '.css', '.json'])

/** A static server on 127.0.0.1 for the bench: directory indexes, gzip for text types, CSP. */
export type Served = {
  url: string
  close: () => Promise<void>
  /** Bytes sent (after compression, without headers) and the paths asked for since the last call. */
  take: () => { bytes: number; paths: string[]; sizes: Map<string, number> }
}

export async function serve(root: string): Promise<Served> {
  let bytes = 0
  let paths: string[] = []
  let sizes = new Map<string, number>()
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = path.join(root, pathname)
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    const extension = path.extname(file)
    // The live site's headers, so the bench also proves that search works under its CSP.
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
    }
    const gzip = COMPRESS.has(extension) && /gzip/.test(String(request.headers['accept-encoding']))
    if (gzip) headers['Content-Encoding'] = 'gzip'
    response.writeHead(200, headers)
    paths.push(pathname)
    const source = createReadStream(file)
    const stream = gzip ? source.pipe(createGzip({ level: 9 })) : source
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      sizes.set(pathname, (sizes.get(pathname) ?? 0) + chunk.length)
    })
    stream.pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    take: () => {
      const taken = { bytes, paths, sizes }
      bytes = 0
      paths = []
      sizes = new Map()
      return taken
    },
  }
}
