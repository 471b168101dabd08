import { createHmac } from 'node:crypto'

import { CappedMap, createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'

/**
 * Self-hosted proof of work (ALTCHA, altcha-lib on the server, the `altcha` widget in the page):
 * the visitor's browser spends a moment of CPU before a form can be sent, which costs a program
 * sending thousands far more than it costs a person sending one. No third party is asked.
 *
 * Deterministic mode: the CMS picks the counter and signs the key it leads to, so checking a
 * solution is two HMACs, however many a flood sends. A solution is accepted once (replays are
 * remembered until the challenge expires).
 */
export const PROOF_OF_WORK = {
  algorithm: 'PBKDF2/SHA-256',
  /** PBKDF2 iterations per try. */
  cost: 50,
  /** The browser tries counters from 0 up to one picked in this range. */
  counter: { min: 2_000, max: 6_000 },
  /** A challenge is good this long after it is handed out (a form takes a while to fill in). */
  ttlSeconds: 2 * 60 * 60,
} as const

/** A secret of its own for each use, derived from the CMS's secret. */
export function derivedSecret(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(`public-forms:${purpose}`).digest('hex')
}

export async function newChallenge(secret: string, now: number): Promise<Challenge> {
  return createChallenge({
    algorithm: PROOF_OF_WORK.algorithm,
    cost: PROOF_OF_WORK.cost,
    counter: randomInt(PROOF_OF_WORK.counter.max, PROOF_OF_WORK.counter.min),
    deriveKey,
    expiresAt: Math.floor(now / 1000) + PROOF_OF_WORK.ttlSeconds,
    hmacSignatureSecret: derivedSecret(secret, 'altcha'),
    hmacKeySignatureSecret: derivedSecret(secret, 'altcha-key'),
  })
}

type SolvedPayload = { challenge: Challenge; solution: { counter: number; derivedKey: string } }

/** The widget's field: base64 of `{ challenge, solution }`. */
function decodePayload(field: string): SolvedPayload | undefined {
  if (field.length > 4096) return undefined
  try {
    const decoded = JSON.parse(Buffer.from(field, 'base64').toString('utf8')) as SolvedPayload
    const ok =
      typeof decoded?.challenge?.parameters === 'object' &&
      typeof decoded.challenge.signature === 'string' &&
      Number.isInteger(decoded.solution?.counter) &&
      typeof decoded.solution?.derivedKey === 'string'
    return ok ? decoded : undefined
  } catch {
    return undefined
  }
}

/** Solutions already used, until their challenge expires; bounded, so a flood cannot fill memory. */
const used = new CappedMap<string, number>({ maxSize: 50_000 })

function forgetExpired(now: number): void {
  for (const [signature, expiresAt] of used as Map<string, number>)
    if (expiresAt * 1000 < now) used.delete(signature)
}

/** Whether the widget's payload solves a challenge we issued, which was not used before. */
export async function verifyProof(field: string, secret: string, now: number): Promise<boolean> {
  const payload = decodePayload(field)
  if (!payload) return false
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: derivedSecret(secret, 'altcha'),
      hmacKeySignatureSecret: derivedSecret(secret, 'altcha-key'),
    })
    if (!result.verified) return false
  } catch {
    return false
  }
  if (used.size > 40_000) forgetExpired(now)
  return used.setIfAbsent(
    payload.challenge.signature!,
    payload.challenge.parameters.expiresAt ?? now / 1000,
  )
}
