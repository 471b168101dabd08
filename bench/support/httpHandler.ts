import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A fetch-style handler, as Payload's REST route is. */
export type Handler = (request: Request) => Promise<Response>

/** The p-th percentile (nearest rank) of a list of figures; NaN when there are none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/**
 * Serves a fetch-style handler over node:http as Next.js does, so the benches measure real HTTP.
 * `prepareHeaders` may rewrite the request's headers first (e.g. give each bench client its own
 * address). The response is sent as decoded bytes, so its length and encoding headers go.
 */
export function serveHandler(
  handler: Handler,
  prepareHeaders: (headers: Headers) => void = () => {},
): Promise<{ close: () => void; base: string }> {
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      void (async () => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(incoming.headers))
          if (typeof value === 'string') headers.set(name, value)
        prepareHeaders(headers)
        const request = new Request(`http://127.0.0.1${incoming.url}`, {
          method: incoming.method,
          headers,
          body: incoming.method === 'GET' ? undefined : Buffer.concat(chunks),
        })
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
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        close: () => server.close(),
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      }),
    ),
  )
}
