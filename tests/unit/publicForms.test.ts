import { describe, expect, it } from 'vitest'

import { checkFields } from '@cms/public-forms/fields'
import { checkStart, signStart } from '@cms/public-forms/startToken'
import { normaliseText } from '@cms/public-forms/text'

describe('normaliseText', () => {
  it('strips control and direction characters, keeps text as text', () => {
    expect(normaliseText('  Олена\u202e\u0007 <script>alert(1)</script>  ', false)).toBe(
      'Олена <script>alert(1)</script>',
    )
  })

  it('puts a single-line value on one line, so it can never start an e-mail header', () => {
    expect(normaliseText('Тема\r\nBcc: x@example.org\u2028кінець', false)).toBe(
      'Тема Bcc: x@example.org кінець',
    )
  })

  it('keeps paragraphs of a multi-line value and drops runs of blank lines', () => {
    expect(normaliseText('Перший\r\n\r\n\r\n\r\nДругий\t \u2029Третій\u0000', true)).toBe(
      'Перший\n\nДругий\nТретій',
    )
  })

  it('composes to NFC', () => {
    expect(normaliseText('Ї', false)).toBe('Ї')
  })
})

describe('start token', () => {
  const secret = 'test-secret'
  const issued = Date.UTC(2026, 10, 29, 12, 0, 0)
  const time = { minMs: 3_000, maxMs: 7_200_000 }

  it('passes after the minimum fill time and before it expires', () => {
    const token = signStart(issued, secret)
    expect(checkStart(token, issued + 1_000, secret, time)).toBe('too-fast')
    expect(checkStart(token, issued + 3_000, secret, time)).toBe('ok')
    expect(checkStart(token, issued + 7_200_001, secret, time)).toBe('expired')
  })

  it('refuses a token with a changed time or another secret', () => {
    const [, signature] = signStart(issued, secret).split('.')
    expect(checkStart(`${issued - 60_000}.${signature}`, issued, secret, time)).toBe('expired')
    expect(checkStart(signStart(issued, 'other'), issued + 5_000, secret, time)).toBe('expired')
    expect(checkStart('garbage', issued, secret, time)).toBe('expired')
  })
})

describe('checkFields', () => {
  const specs = {
    name: { type: 'text', label: 'Ім’я', maxLength: 5, required: true },
    places: { type: 'integer', label: 'Місць', min: 1, max: 4 },
    offers: { type: 'choices', label: 'Що', options: ['space', 'time'] },
    agree: { type: 'flag', label: 'Так' },
  } as const

  it('normalises and types the values', () => {
    expect(
      checkFields(specs, { name: ' Оля ', places: '2', offers: ['time', 'time'], agree: 'on' }),
    ).toEqual({ values: { name: 'Оля', places: 2, offers: ['time'], agree: true } })
  })

  it('names each problem', () => {
    const result = checkFields(specs, { name: 'Олександра', places: '9', offers: ['money'] })
    expect(result).toEqual({
      errors: {
        name: '«Ім’я»: задовгий текст — 10 символів, можна до 5.',
        places: '«Місць»: ціле число від 1 до 4.',
        offers: '«Що»: виберіть зі списку.',
      },
    })
    expect(checkFields(specs, {})).toEqual({ errors: { name: '«Ім’я»: обов’язкове поле.' } })
    expect(checkFields(specs, { name: ['a', 'b'] })).toEqual({
      errors: { name: '«Ім’я»: очікуємо одне значення.' },
    })
  })
})
