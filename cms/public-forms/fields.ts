import { parseContact, type Contact } from '@domain/contact/contact'
import { normalizeEmail } from '@domain/contact/email'
import { normalizeUkrainianPhone } from '@domain/contact/phone'

import { normaliseText } from './text'

/**
 * What a public form accepts, field by field. Only listed fields are accepted (anything else is
 * refused, not ignored, so a renamed field in a page shows up at once), and each value is
 * normalised before a form's handler sees it.
 */
export type FieldSpec =
  | { type: 'text'; label: string; maxLength: number; required?: boolean; multiline?: boolean }
  | { type: 'email'; label: string; required?: boolean }
  | { type: 'phone'; label: string; required?: boolean }
  /** An e-mail address or a Ukrainian phone number in one field. */
  | { type: 'contact'; label: string; required?: boolean }
  | { type: 'choice'; label: string; options: readonly string[]; required?: boolean }
  | { type: 'choices'; label: string; options: readonly string[]; required?: boolean }
  | { type: 'integer'; label: string; min: number; max: number; required?: boolean }
  /** A checkbox: sent («on», «true», true) or not. */
  | { type: 'flag'; label: string }

export type FieldSpecs = Record<string, FieldSpec>

type ValueOf<S extends FieldSpec> = S extends { type: 'flag' }
  ? boolean
  : S extends { type: 'choices' }
    ? string[]
    : S extends { type: 'integer' }
      ? number | undefined
      : S extends { type: 'contact' }
        ? Contact | undefined
        : string | undefined

/** The normalised values of a form with these fields. */
export type ValuesOf<F extends FieldSpecs> = { [K in keyof F]: ValueOf<F[K]> }

/** A value as it arrives: a form sends strings (repeated for several choices), JSON anything. */
export type RawValue = string | string[] | number | boolean | null

export type FieldErrors = Record<string, string>

const MAX_CHOICES = 20

function asStrings(raw: RawValue | undefined): string[] | undefined {
  if (raw === undefined || raw === null) return []
  if (Array.isArray(raw)) return raw.length <= MAX_CHOICES ? raw : undefined
  if (typeof raw === 'string') return [raw]
  if (typeof raw === 'number') return [String(raw)]
  return undefined
}

function asString(raw: RawValue | undefined): string | undefined {
  const strings = asStrings(raw)
  if (!strings || strings.length > 1) return undefined
  return strings[0] ?? ''
}

type Checked = { value: unknown } | { error: string }

const EMPTY = { value: undefined }

function checkText(spec: Extract<FieldSpec, { type: 'text' }>, raw: string): Checked {
  const text = normaliseText(raw, spec.multiline ?? false)
  if (text === '') return EMPTY
  if (text.length > spec.maxLength)
    return {
      error: `«${spec.label}»: задовгий текст — ${text.length} символів, можна до ${spec.maxLength}.`,
    }
  return { value: text }
}

/** A checkbox as a form (`on`) or a script (`true`) sends it. */
export function isChecked(raw: RawValue | undefined): boolean {
  return raw === true || raw === 'on' || raw === 'true' || raw === '1'
}

function checkOne(spec: FieldSpec, raw: RawValue | undefined): Checked {
  if (spec.type === 'flag') return { value: isChecked(raw) }
  if (spec.type === 'choices') {
    const values = asStrings(raw)?.filter((value) => value !== '')
    if (!values) return { error: `«${spec.label}»: забагато або неправильні значення.` }
    if (!values.every((value) => spec.options.includes(value)))
      return { error: `«${spec.label}»: виберіть зі списку.` }
    return { value: [...new Set(values)] }
  }
  const text = asString(raw)
  if (text === undefined) return { error: `«${spec.label}»: очікуємо одне значення.` }
  if (spec.type === 'text') return checkText(spec, text)
  const trimmed = normaliseText(text, false)
  if (trimmed === '') return EMPTY
  switch (spec.type) {
    case 'email': {
      const email = normalizeEmail(trimmed)
      return email
        ? { value: email }
        : { error: `«${spec.label}»: це не схоже на адресу e-mail (приклад: imia@ukr.net).` }
    }
    case 'phone': {
      const phone = normalizeUkrainianPhone(trimmed)
      return phone
        ? { value: phone }
        : {
            error: `«${spec.label}»: вкажіть український номер, напр. 044 123 45 67 або +380 67 123 45 67.`,
          }
    }
    case 'contact': {
      const contact = parseContact(trimmed)
      return contact
        ? { value: contact }
        : {
            error: `«${spec.label}»: вкажіть e-mail (imia@ukr.net) або український номер телефону (067 123 45 67).`,
          }
    }
    case 'choice':
      return spec.options.includes(trimmed)
        ? { value: trimmed }
        : { error: `«${spec.label}»: виберіть зі списку.` }
    case 'integer': {
      const number = /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : NaN
      return number >= spec.min && number <= spec.max
        ? { value: number }
        : { error: `«${spec.label}»: ціле число від ${spec.min} до ${spec.max}.` }
    }
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0)
}

/** The normalised values, or a message per field that is wrong or missing. */
export function checkFields<F extends FieldSpecs>(
  specs: F,
  raw: Record<string, RawValue>,
): { values: ValuesOf<F> } | { errors: FieldErrors } {
  const values: Record<string, unknown> = {}
  const errors: FieldErrors = {}
  for (const [name, spec] of Object.entries(specs)) {
    const checked = checkOne(spec, raw[name])
    if ('error' in checked) errors[name] = checked.error
    else if (spec.type !== 'flag' && spec.required && isEmpty(checked.value))
      errors[name] = `«${spec.label}»: обов’язкове поле.`
    else values[name] = checked.value
  }
  return Object.keys(errors).length > 0 ? { errors } : { values: values as ValuesOf<F> }
}
