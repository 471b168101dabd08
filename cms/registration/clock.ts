/**
 * The CMS's idea of «now» for registration: tests and the e2e run set a fixed instant
 * (REGISTRATION_NOW, ISO) so that opening, closing and expiry do not depend on today's date.
 */
export const clock = {
  now(): Date {
    const fixed = process.env.REGISTRATION_NOW
    return fixed ? new Date(fixed) : new Date()
  },
}
