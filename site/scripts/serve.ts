import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { siteOutDir } from '../data/paths'

// A small static server for the built site (local preview and the end-to-end suite): directory
// indexes, the 404 page with its status, and nothing outside the output folder.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    root: { type: 'string', default: siteOutDir() },
  },
})
const root = path.resolve(values.root)

async function fileAt(pathname: string): Promise<string | undefined> {
  const target = path.join(root, pathname)
  if (!target.startsWith(root)) return undefined
  try {
    const info = await stat(target)
    if (info.isFile()) return target
    if (info.isDirectory()) {
      const index = path.join(target, 'index.html')
      if ((await stat(index)).isFile()) return index
    }
  } catch {
    return undefined
  }
  return undefined
}

const server = createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      pathname = '/'
    }
    let file = await fileAt(pathname)
    if (file && !pathname.endsWith('/') && file.endsWith(`${path.sep}index.html`)) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` })
      response.end()
      return
    }
    let status = 200
    if (!file) {
      status = 404
      file = await fileAt('/404.html')
    }
    if (!file) {
      response.writeHead(404).end('Not found')
      return
    }
    response.writeHead(status, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })()
})

server.listen(Number(values.port), '127.0.0.1', () => {
  process.stdout.write(`Serving ${root} at http://127.0.0.1:${values.port}/\n`)
})
