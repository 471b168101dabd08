import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** So many points per window for each key (usually a client's address). */
export type RateLimit = { points: number; windowSeconds: number }

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = { take(key: string, cost?: number): Promise<RateVerdict> }

/**
 * A per-key limit kept in this process's memory (rate-limiter-flexible). One CMS process serves
 * the API, so memory is enough; public form endpoints can make their own with other numbers.
 */
export function createRateLimiter({ points, windowSeconds }: RateLimit): RateLimiter {
  const limiter = new RateLimiterMemory({ points, duration: windowSeconds })
  return {
    async take(key, cost = 1) {
      try {
        await limiter.consume(key, cost)
        return { allowed: true }
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        }
      }
    },
  }
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For, which a
 * reverse proxy appends (nginx's $proxy_add_x_forwarded_for), so entries a client wrote come
 * before it. Without a proxy Next.js fills the header from the socket, but keeps one the client
 * sent: a public server runs behind the proxy (README). `unknown` when there is none.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}

/**
 * At most `limit` tasks at once; more are turned away at once rather than queued, so a flood
 * of cheap requests cannot make everyone else wait.
 */
export function createConcurrencyGate(limit: number) {
  let running = 0
  return {
    tryEnter(): boolean {
      if (running >= limit) return false
      running += 1
      return true
    },
    leave(): void {
      running = Math.max(0, running - 1)
    },
  }
}
