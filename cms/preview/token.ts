import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a preview link grants: one preview build, until it expires. */
export type PreviewGrant = { key: string; path: string; expires: number }

const KEY_PATTERN = /^[a-z0-9-]+$/

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url')
}

/** A signed, expiring token for one preview; only the CMS, which knows the secret, can make one. */
export function createPreviewToken(grant: PreviewGrant, secret: string): string {
  const payload = Buffer.from(JSON.stringify(grant)).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

/** The grant in a token, if its signature is right and it has not expired. */
export function readPreviewToken(
  token: string | undefined,
  secret: string,
  now = Date.now(),
): PreviewGrant | undefined {
  if (!token) return undefined
  const [payload, signature] = token.split('.')
  if (!payload || !signature) return undefined
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const grant = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as Partial<PreviewGrant>
    if (typeof grant.key !== 'string' || !KEY_PATTERN.test(grant.key)) return undefined
    if (typeof grant.expires !== 'number' || grant.expires < now) return undefined
    return {
      key: grant.key,
      path: typeof grant.path === 'string' ? grant.path : '/',
      expires: grant.expires,
    }
  } catch {
    return undefined
  }
}
