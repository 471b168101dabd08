import { parseContact } from '../contact/contact'

/**
 * What a visitor sends: name, contact (phone or e-mail), places, optional comment, consent.
 * Nothing else is kept. Checked here so the site's form, the CMS endpoint and the admin's manual
 * add refuse the same things with the same Ukrainian words.
 */

export const NAME_MAX = 100
export const CONTACT_MAX = 120
export const COMMENT_MAX = 1000

export type RegistrationInput = {
  name: string
  contact: string
  contactKind: 'email' | 'phone'
  places: number
  comment: string
}

export type InputProblem = { field: keyof RegistrationInput | 'consent'; message: string }

export type InputResult =
  { ok: true; value: RegistrationInput } | { ok: false; problems: InputProblem[] }

// C0/C1 controls (except the line breaks a comment may have), bidi overrides, zero-width marks.
/* eslint-disable no-control-regex -- refusing control characters is the point */
const REFUSED_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u
const REFUSED_IN_TEXT =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/u
/* eslint-enable no-control-regex */
const MARKUP = /[<>]/u

/** Spaces collapsed, NFC, trimmed: names and contacts compare and print the same. */
export function normaliseLine(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

function checkName(raw: string, problems: InputProblem[]): string {
  if (REFUSED_IN_LINE.test(raw)) {
    problems.push({
      field: 'name',
      message: 'Ім’я містить недозволені невидимі чи керівні символи.',
    })
    return ''
  }
  const name = normaliseLine(raw)
  if (!name) problems.push({ field: 'name', message: 'Вкажіть ім’я.' })
  else if (name.length > NAME_MAX)
    problems.push({ field: 'name', message: `Ім’я задовге: не більше ${NAME_MAX} символів.` })
  else if (MARKUP.test(name))
    problems.push({ field: 'name', message: 'Ім’я не може містити символів «<» і «>».' })
  return name
}

function checkContact(
  raw: string,
  problems: InputProblem[],
): { contact: string; contactKind: 'email' | 'phone' } {
  const value = normaliseLine(raw.replace(REFUSED_IN_LINE, ' '))
  if (!value) {
    problems.push({ field: 'contact', message: 'Вкажіть телефон або e-mail для зв’язку.' })
    return { contact: '', contactKind: 'phone' }
  }
  // One reading of a contact for every form (domain/contact): the shared path checked it already.
  const parsed = parseContact(value)
  if (parsed) return { contact: parsed.value, contactKind: parsed.kind }
  if (value.includes('@')) {
    problems.push({ field: 'contact', message: 'E-mail записано з помилкою: перевірте адресу.' })
    return { contact: '', contactKind: 'email' }
  }
  problems.push({
    field: 'contact',
    message:
      'Телефон записано з помилкою: вкажіть номер на кшталт 044 123 45 67 або +380 67 123 45 67.',
  })
  return { contact: '', contactKind: 'phone' }
}

function checkPlaces(raw: unknown, problems: InputProblem[]): number {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
  const places = /^\d{1,3}$/u.test(text) ? Number(text) : NaN
  if (!Number.isInteger(places) || places < 1) {
    problems.push({ field: 'places', message: 'Кількість місць — ціле число, не менше 1.' })
    return 0
  }
  return places
}

function checkComment(raw: string, problems: InputProblem[]): string {
  if (REFUSED_IN_TEXT.test(raw)) {
    problems.push({ field: 'comment', message: 'Коментар містить недозволені керівні символи.' })
    return ''
  }
  const comment = raw.normalize('NFC').replace(/\r\n?/gu, '\n').trim()
  if (comment.length > COMMENT_MAX)
    problems.push({
      field: 'comment',
      message: `Коментар задовгий (${comment.length} символів): не більше ${COMMENT_MAX}.`,
    })
  return comment
}

/** Reads and checks a submission (fields as strings from a form or JSON). */
export function parseRegistrationInput(
  data: Record<string, unknown>,
  options: { requireConsent: boolean },
): InputResult {
  const text = (key: string) => (typeof data[key] === 'string' ? data[key] : '')
  const problems: InputProblem[] = []
  const name = checkName(text('name'), problems)
  const { contact, contactKind } = checkContact(text('contact'), problems)
  const places = checkPlaces(data.places, problems)
  const comment = checkComment(text('comment'), problems)
  const consent = data.consent === true || data.consent === 'on' || data.consent === 'yes'
  if (options.requireConsent && !consent)
    problems.push({
      field: 'consent',
      message: 'Щоб зареєструватися, дайте згоду на обробку персональних даних.',
    })
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value: { name, contact, contactKind, places, comment } }
}

/** The first characters of a name and a masked contact: what logs may show (never all of it). */
export function maskContact(contact: string): string {
  if (contact.includes('@')) {
    const [local = '', domain = ''] = contact.split('@')
    return `${local.slice(0, 1)}…@${domain}`
  }
  return `${contact.slice(0, 4)}…${contact.slice(-2)}`
}
