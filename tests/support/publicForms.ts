import { solveChallenge, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'

import { env } from '@cms/config/env'

/** What a browser sends with a page of the site. */
export const siteOrigin = new URL(env.SITE_URL).origin

/** The widget's field for a challenge: solved in this process, as the browser's workers would. */
export async function solveProof(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('The proof-of-work challenge was not solved')
  return Buffer.from(
    JSON.stringify({
      challenge: { parameters: challenge.parameters, signature: challenge.signature },
      solution,
    }),
  ).toString('base64')
}

/** A urlencoded body, as a browser sends a form (repeated keys for several choices). */
export function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(fields))
    for (const each of Array.isArray(value) ? value : [value]) params.append(key, each)
  return params.toString()
}
