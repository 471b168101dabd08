import { createRateLimiter, type RateLimit, type RateLimiter } from '../abuse/rateLimiter'

/**
 * How much the public forms take. Counted before anything costly: the address's requests before
 * the body is read, the stored submissions just before storing. A form sent without a proof of
 * work (a browser without JavaScript, or a program that skips it) has tighter limits of its own,
 * so a flood that skips the proof cannot use up the allowance of people whose browsers do it.
 */
export type FormLimits = {
  /** Requests (any outcome) per address: a flood from one address is refused unread. */
  requestsPerAddress: RateLimit
  /** Challenges handed out per address. */
  challengesPerAddress: RateLimit
  /** Stored submissions per address. */
  storedPerAddress: RateLimit
  /** Stored submissions from everybody, with a proof of work and without one. */
  storedGlobal: RateLimit
  storedGlobalWithoutProof: RateLimit
  /** Largest body in bytes. */
  maxBodyBytes: number
  /** Fastest and slowest plausible fill-in time of a form. */
  fillTime: { minMs: number; maxMs: number }
}

export const FORM_LIMITS: FormLimits = {
  requestsPerAddress: { points: 30, windowSeconds: 60 },
  challengesPerAddress: { points: 60, windowSeconds: 60 },
  storedPerAddress: { points: 10, windowSeconds: 60 * 60 },
  storedGlobal: { points: 120, windowSeconds: 60 },
  storedGlobalWithoutProof: { points: 30, windowSeconds: 60 },
  maxBodyBytes: 32 * 1024,
  fillTime: { minMs: 3_000, maxMs: 2 * 60 * 60 * 1000 },
}

export type Limiters = {
  requests: RateLimiter
  challenges: RateLimiter
  storedPerAddress: RateLimiter
  storedGlobal: RateLimiter
  storedGlobalWithoutProof: RateLimiter
}

export function createLimiters(limits: FormLimits): Limiters {
  return {
    requests: createRateLimiter(limits.requestsPerAddress),
    challenges: createRateLimiter(limits.challengesPerAddress),
    storedPerAddress: createRateLimiter(limits.storedPerAddress),
    storedGlobal: createRateLimiter(limits.storedGlobal),
    storedGlobalWithoutProof: createRateLimiter(limits.storedGlobalWithoutProof),
  }
}
