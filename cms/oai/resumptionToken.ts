/** What a list request asked for, carried from page to page in the resumption token. */
export type ListQuery = {
  verb: 'ListIdentifiers' | 'ListRecords'
  metadataPrefix: string
  set?: string
  from?: string
  until?: string
  /** How many records earlier pages gave. */
  cursor: number
}

/**
 * Tokens are self-contained (base64url JSON), so they survive restarts and need no storage;
 * anything that does not decode to a well-formed query of the same verb is a bad token.
 */
export function encodeToken(query: ListQuery): string {
  const { verb, metadataPrefix, set, from, until, cursor } = query
  return Buffer.from(
    JSON.stringify({ v: 1, verb, metadataPrefix, set, from, until, cursor }),
  ).toString('base64url')
}

export function decodeToken(token: string, verb: ListQuery['verb']): ListQuery | undefined {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(token)) return undefined
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
    const optional = (key: string) => value[key] === undefined || typeof value[key] === 'string'
    if (
      value.v !== 1 ||
      value.verb !== verb ||
      typeof value.metadataPrefix !== 'string' ||
      !optional('set') ||
      !optional('from') ||
      !optional('until') ||
      typeof value.cursor !== 'number' ||
      !Number.isInteger(value.cursor) ||
      value.cursor < 0
    )
      return undefined
    return {
      verb,
      metadataPrefix: value.metadataPrefix,
      set: value.set as string | undefined,
      from: value.from as string | undefined,
      until: value.until as string | undefined,
      cursor: value.cursor,
    }
  } catch {
    return undefined
  }
}
