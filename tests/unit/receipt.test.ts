import { describe, expect, it } from 'vitest'

import { RECEIPT_REFERENCE, receiptOf } from '@domain/public-forms/receipt'

describe('receiptOf', () => {
  it('gives an information request its number and deadline in Kyiv time', () => {
    // 21:59:59 UTC on 4 December is the end of the day in Kyiv (UTC+2).
    const receipt = receiptOf(
      'publichna-informatsiia',
      'ПІ-2026-00042',
      new Date('2026-12-04T21:59:59Z'),
    )
    expect(receipt.reference).toBe('ПІ-2026-00042')
    expect(receipt.due).toBe('04.12.2026, 23:59')
    expect(receipt.lead).toContain(`не пізніше ${receipt.due}`)
    expect(receipt.lead).toMatch(/поштою/)
  })

  it('has no deadline where the form has none', () => {
    const receipt = receiptOf('partnerstvo', 'П-2026-00007')
    expect(receipt.due).toBeUndefined()
    expect(receipt.lead).toMatch(/Дякуємо/)
  })

  it('accepts only numbers the inbox makes', () => {
    for (const good of ['ПІ-2026-00042', 'З-2027-00001', 'П-2026-A1B2C3'])
      expect(RECEIPT_REFERENCE.test(good), good).toBe(true)
    for (const bad of ['<b>З-2026-1</b>', 'З-26-00001', 'ПІ-2026-', 'ПІ-2026-00042\n'])
      expect(RECEIPT_REFERENCE.test(bad), bad).toBe(false)
  })
})
