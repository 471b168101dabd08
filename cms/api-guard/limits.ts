/**
 * What the anonymous API may cost. Published content is open data, read page by page; the
 * public site itself is static and never calls the API, so these bound only outside clients.
 */
export type ApiLimits = {
  maxLimit: number
  maxDepth: number
  maxPage: number
  maxWhereConditions: number
  maxWhereNesting: number
  rate: { points: number; windowSeconds: number }
  concurrent: number
}

export const ANONYMOUS_LIMITS: ApiLimits = {
  /** Documents per page (`limit`); `limit=0` and `pagination=false` (everything) are refused. */
  maxLimit: 100,
  /** How deep relations are expanded (`depth`); Payload's default is 2. */
  maxDepth: 2,
  /** Highest `page`: 100 × 1,000 documents is more than we publish. */
  maxPage: 1000,
  /** Conditions in a `where`, counted over every `and`/`or`. */
  maxWhereConditions: 20,
  /** How deeply `and`/`or` may nest. */
  maxWhereNesting: 4,
  /** Requests per address per window. */
  rate: { points: 120, windowSeconds: 60 },
  /** Anonymous API requests served at once from all addresses together. */
  concurrent: 4,
}
