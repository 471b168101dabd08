import { normalizeEmail } from './email'
import { normalizeUkrainianPhone } from './phone'

/** One field where a person writes either an e-mail address or a phone number. */
export type Contact = { kind: 'email'; value: string } | { kind: 'phone'; value: string }

/** An address when it has an @, otherwise a Ukrainian phone number; undefined when neither. */
export function parseContact(input: string): Contact | undefined {
  if (input.includes('@')) {
    const email = normalizeEmail(input)
    return email ? { kind: 'email', value: email } : undefined
  }
  const phone = normalizeUkrainianPhone(input)
  return phone ? { kind: 'phone', value: phone } : undefined
}
