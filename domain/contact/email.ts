/**
 * E-mail addresses as a form accepts them. Deliberately simple (RFC 5322 allows far more than
 * any mail server delivers): one @, a local part of printable characters without spaces or
 * quotes, a domain of labels with a dot. Line breaks and control characters can never pass, so
 * an address can never add a header to a message that is sent to it.
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$/
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u

/** Longest address SMTP carries (RFC 5321: a path of 256 including the angle brackets). */
export const EMAIL_MAX_LENGTH = 254

/** The address with its domain in lower case, or undefined when it is not one. */
export function normalizeEmail(input: string): string | undefined {
  const value = input.trim()
  if (value.length === 0 || value.length > EMAIL_MAX_LENGTH) return undefined
  const at = value.lastIndexOf('@')
  if (at <= 0 || value.indexOf('@') !== at) return undefined
  const local = value.slice(0, at)
  const domain = value.slice(at + 1).toLowerCase()
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return undefined
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined
  if (!/^\p{L}{2,}$/u.test(labels.at(-1)!)) return undefined
  return `${local}@${domain}`
}
