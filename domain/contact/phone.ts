/**
 * Ukrainian phone numbers as people write them: «+380 44 123-45-67», «(044) 123 45 67»,
 * «044-123-45-67», «0671234567», «38 067 123 45 67», «8 044 123 45 67» (the old trunk prefix).
 * Stored in one form, E.164 (+380XXXXXXXXX), so that a person's records can be found again.
 */

/** What may separate the digits on one line: spaces (also no-break), dashes, dots, brackets, slashes. */
const SEPARATORS = /[ \t\u00a0\u202f\u2010-\u2015.()\-/]/g

/** The nine digits after +380: an operator or area code never starts with 0. */
const NATIONAL = /^[1-9]\d{8}$/

/** The number in E.164 (+380…), or undefined when it is not a Ukrainian number. */
export function normalizeUkrainianPhone(input: string): string | undefined {
  const compact = input.trim().replace(SEPARATORS, '')
  if (compact.length === 0 || compact.length > 20) return undefined
  const plus = compact.startsWith('+')
  const digits = plus ? compact.slice(1) : compact
  if (!/^\d+$/.test(digits)) return undefined
  const national = nationalPart(digits, plus)
  return national && NATIONAL.test(national) ? `+380${national}` : undefined
}

/** The part after +380, read from the prefixes in use. */
function nationalPart(digits: string, plus: boolean): string | undefined {
  if (digits.startsWith('380') && digits.length === 12) return digits.slice(3)
  if (plus) return undefined
  if (digits.startsWith('80') && digits.length === 11) return digits.slice(2)
  if (digits.startsWith('0') && digits.length === 10) return digits.slice(1)
  return undefined
}

/** «+380 44 123 45 67»: how a stored number is shown to staff. */
export function formatUkrainianPhone(e164: string): string {
  const match = /^\+380(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(e164)
  return match ? `+380 ${match[1]} ${match[2]} ${match[3]} ${match[4]}` : e164
}
