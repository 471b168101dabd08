import config from '@payload-config'
import { getPayload } from 'payload'

import { env, resolveSecret } from '@cms/config/env'
import { ensurePreviewBuild, previewKey } from '@cms/preview/buildPreview'
import { isPreviewable, pagePathOf } from '@cms/preview/pagePath'
import { createPreviewToken } from '@cms/preview/token'

export const dynamic = 'force-dynamic'

const PREVIEW_LIFETIME_MS = 60 * 60 * 1000

function page(status: number, title: string, text: string): Response {
  const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
  return new Response(
    `<!doctype html><html lang="uk"><meta charset="utf-8"><title>${escape(title)}</title><body style="font-family:system-ui;max-width:48rem;margin:3rem auto;padding:0 1rem"><h1>${escape(title)}</h1><pre style="white-space:pre-wrap">${escape(text)}</pre></body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  )
}

/**
 * GET /preview/<collection>/<id>: builds the site with this draft in it (as the signed-in editor
 * may read it) and sends the editor to the draft's page on the private preview server.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; id: string }> },
) {
  const { collection, id } = await params
  if (!isPreviewable(collection))
    return page(404, 'Немає попереднього перегляду', `Для «${collection}» перегляду немає.`)
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    const back = new URL(request.url).pathname
    return Response.redirect(
      new URL(`/admin/login?redirect=${encodeURIComponent(back)}`, request.url),
      303,
    )
  }
  let doc: {
    id: number | string
    updatedAt: string
    slug?: string | null
    identifier?: string | null
    collections?: unknown[] | null
  }
  try {
    doc = await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
    })
  } catch {
    return page(404, 'Документ не знайдено', 'Його немає або у вас немає доступу до нього.')
  }
  const key = previewKey(collection, doc.id, doc.updatedAt)
  try {
    await ensurePreviewBuild(env, { collection, id: doc.id, key })
  } catch (error) {
    return page(
      500,
      'Сторінку не вдалося зібрати',
      error instanceof Error ? error.message : String(error),
    )
  }
  const path = await pagePathOf(payload, collection, doc)
  const token = createPreviewToken(
    { key, path, expires: Date.now() + PREVIEW_LIFETIME_MS },
    resolveSecret(env),
  )
  return Response.redirect(`${env.PREVIEW_URL}/__preview?token=${token}`, 303)
}
