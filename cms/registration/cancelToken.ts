import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The cancel link's token: the registration's id and an expiry, signed with HMAC-SHA256 under a
 * key derived from the CMS's secret. No database lookup is needed to refuse a forged or expired
 * link, and nothing personal is in the URL.
 */
export type CancelClaim = { id: string; expiresAt: Date }

function keyOf(secret: string): Buffer {
  return createHmac('sha256', secret).update('registration-cancel-link').digest()
}

function signature(secret: string, id: string, expires: number): string {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${expires}`).digest('base64url')
}

export function signCancelToken(secret: string, claim: CancelClaim): string {
  const expires = Math.floor(claim.expiresAt.getTime() / 1000)
  const id = Buffer.from(claim.id, 'utf8').toString('base64url')
  return `${id}.${expires}.${signature(secret, claim.id, expires)}`
}

export type TokenCheck =
  { ok: true; id: string } | { ok: false; reason: 'malformed' | 'forged' | 'expired' }

export function verifyCancelToken(secret: string, token: string, now: Date): TokenCheck {
  const parts = token.length <= 200 ? token.split('.') : []
  if (parts.length !== 3 || !/^\d{1,12}$/u.test(parts[1]!))
    return { ok: false, reason: 'malformed' }
  const id = Buffer.from(parts[0]!, 'base64url').toString('utf8')
  const expires = Number(parts[1])
  const expected = Buffer.from(signature(secret, id, expires))
  const given = Buffer.from(parts[2]!)
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' }
  if (now.getTime() >= expires * 1000) return { ok: false, reason: 'expired' }
  return { ok: true, id }
}
