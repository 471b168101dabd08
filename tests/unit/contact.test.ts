import { describe, expect, it } from 'vitest'

import { parseContact } from '@domain/contact/contact'
import { normalizeEmail } from '@domain/contact/email'
import { formatUkrainianPhone, normalizeUkrainianPhone } from '@domain/contact/phone'

describe('normalizeUkrainianPhone', () => {
  const writings: [string, string][] = [
    ['+380441234567', '+380441234567'],
    ['+380 44 123 45 67', '+380441234567'],
    ['+38 (044) 123-45-67', '+380441234567'],
    ['380671234567', '+380671234567'],
    ['0671234567', '+380671234567'],
    ['067 123 45 67', '+380671234567'],
    ['(044) 123-45-67', '+380441234567'],
    ['044-123-45-67', '+380441234567'],
    ['044.123.45.67', '+380441234567'],
    ['8 044 123 45 67', '+380441234567'],
    ['8(067)1234567', '+380671234567'],
    ['\u00a0+380\u00a067\u00a0123\u201145\u201367 ', '+380671234567'],
  ]
  for (const [written, expected] of writings)
    it(`reads «${written}»`, () => expect(normalizeUkrainianPhone(written)).toBe(expected))

  const refused = [
    '',
    '12345',
    '+3804412345678',
    '+48 123 456 789',
    '+0441234567',
    '0041234567',
    '044 123 45 6x',
    '+380 04 123 45 67',
    '044\n1234567',
    '1'.repeat(40),
  ]
  for (const written of refused)
    it(`refuses «${JSON.stringify(written)}»`, () =>
      expect(normalizeUkrainianPhone(written)).toBeUndefined())

  it('formats a stored number for staff', () => {
    expect(formatUkrainianPhone('+380441234567')).toBe('+380 44 123 45 67')
  })
})

describe('normalizeEmail', () => {
  it('keeps the local part and lowers the domain', () => {
    expect(normalizeEmail('  Olena.Petrenko+lib@UKR.Net ')).toBe('Olena.Petrenko+lib@ukr.net')
    expect(normalizeEmail('reader@бібліотека.укр')).toBe('reader@бібліотека.укр')
  })

  const refused = [
    '',
    'a@b',
    'a@b.c',
    '@ukr.net',
    'olena@',
    'olena@@ukr.net',
    'olena ukr@ukr.net',
    'olena@ukr..net',
    '.olena@ukr.net',
    'ol..ena@ukr.net',
    'olena@-ukr.net',
    'olena@ukr.net\r\nBcc: victim@example.org',
    'olena@ukr.net\nBcc: x@y.zz',
    '"olena"@ukr.net',
    `${'a'.repeat(65)}@ukr.net`,
    `a@${'b'.repeat(250)}.net`,
  ]
  for (const written of refused)
    it(`refuses ${JSON.stringify(written)}`, () => expect(normalizeEmail(written)).toBeUndefined())
})

describe('parseContact', () => {
  it('reads an address or a phone number', () => {
    expect(parseContact('Reader@UKR.NET')).toEqual({ kind: 'email', value: 'Reader@ukr.net' })
    expect(parseContact('067 123 45 67')).toEqual({ kind: 'phone', value: '+380671234567' })
    expect(parseContact('завтра')).toBeUndefined()
    expect(parseContact('a@b')).toBeUndefined()
  })
})
