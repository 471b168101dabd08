import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import { resolveSecret, type Env } from '../config/env'
import { serveSiteFile } from '../publisher/staticServer'
import { previewsDir } from './buildPreview'
import { readPreviewToken } from './token'

const COOKIE = 'cbs-preview'
/** Previews are for editors' eyes: never indexed, never cached, never framed elsewhere. */
const PREVIEW_HEADERS = { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' }

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/**
 * Shows preview builds to whoever holds a signed preview link from the CMS (which checks that
 * the editor may read the draft). The link sets a cookie for this origin only and leads to the
 * page; without a valid cookie nothing is shown.
 */
export function createPreviewServer(env: Env): Server {
  const secret = resolveSecret(env)
  return createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname === '/__preview') {
        const token = url.searchParams.get('token') ?? undefined
        const grant = readPreviewToken(token, secret)
        if (!grant) {
          response.writeHead(403, {
            'Content-Type': 'text/plain; charset=utf-8',
            ...PREVIEW_HEADERS,
          })
          response.end(
            'Посилання на попередній перегляд недійсне або застаріле. Відкрийте перегляд знову з адмінки.',
          )
          return
        }
        response.writeHead(303, {
          Location: grant.path,
          'Set-Cookie': `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600`,
          ...PREVIEW_HEADERS,
        })
        response.end()
        return
      }
      const grant = readPreviewToken(cookieValue(request.headers.cookie, COOKIE), secret)
      const root = grant ? path.join(previewsDir(env), grant.key) : undefined
      if (!root || !existsSync(root)) {
        response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', ...PREVIEW_HEADERS })
        response.end('Попередній перегляд доступний лише з адмінки CMS.')
        return
      }
      await serveSiteFile(request, response, root, PREVIEW_HEADERS)
    })()
  })
}
