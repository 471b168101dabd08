import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint } from 'payload'

import { repoRoot } from '@cms/config/paths'

/** The editor's guide in the repository: the admin shows this very file. */
export const GUIDE_DIR = path.join(repoRoot, 'docs', 'editors-guide')
export const GUIDE_FILE = path.join(GUIDE_DIR, 'README.md')
/** Where the guide's screenshots are served from in the admin. */
export const SCREEN_URL = '/api/help/screens/'

const SCREEN_NAME = /^[a-z0-9-]{1,64}\.(jpg|png)$/

/** The guide's text, read on each request so that an updated file shows without a rebuild. */
export async function readGuide(): Promise<string> {
  return readFile(GUIDE_FILE, 'utf8')
}

/** The URL the admin shows a screenshot of the guide at; undefined when the file is missing. */
export function screenUrl(src: string): string | undefined {
  const name = src.startsWith('screens/') ? src.slice('screens/'.length) : ''
  if (!SCREEN_NAME.test(name) || !existsSync(path.join(GUIDE_DIR, 'screens', name)))
    return undefined
  return `${SCREEN_URL}${name}`
}

/**
 * GET /api/help/screens/<name>: a screenshot of the guide, to signed-in staff. Only plain names
 * of files in docs/editors-guide/screens are served (no paths).
 */
export const guideScreenEndpoint: Endpoint = {
  path: '/help/screens/:name',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ error: 'Увійдіть, щоб бачити посібник.' }, { status: 401 })
    const param = req.routeParams?.name
    const name = typeof param === 'string' ? param : ''
    const file = path.join(GUIDE_DIR, 'screens', name)
    if (!SCREEN_NAME.test(name) || !existsSync(file))
      return Response.json({ error: 'Такого знімка немає.' }, { status: 404 })
    return new Response(new Uint8Array(await readFile(file)), {
      headers: {
        'Content-Type': name.endsWith('.png') ? 'image/png' : 'image/jpeg',
        'Cache-Control': 'private, max-age=3600',
      },
    })
  },
}
