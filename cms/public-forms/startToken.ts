import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The moment a visitor opened a form, signed by the CMS («<ms>.<hmac>»), handed out with the
 * proof-of-work challenge and sent back in a hidden field: a form sent sooner than a person can
 * fill it in is a program's. Signed, so a program cannot pick an earlier time.
 */

export type StartVerdict = 'ok' | 'too-fast' | 'expired'

export type FillTime = { minMs: number; maxMs: number }

function signature(issuedAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`form-start:${issuedAt}`).digest('base64url')
}

export function signStart(now: number, secret: string): string {
  return `${now}.${signature(now, secret)}`
}

/** Too soon, too old (or forged: treated as old, the visitor reloads the page), or fine. */
export function checkStart(
  token: string,
  now: number,
  secret: string,
  time: FillTime,
): StartVerdict {
  const match = /^(\d{13})\.([\w-]{43})$/.exec(token)
  if (!match) return 'expired'
  const issuedAt = Number(match[1])
  const expected = Buffer.from(signature(issuedAt, secret))
  const given = Buffer.from(match[2]!)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'expired'
  const elapsed = now - issuedAt
  if (elapsed < time.minMs) return 'too-fast'
  if (elapsed > time.maxMs) return 'expired'
  return 'ok'
}
