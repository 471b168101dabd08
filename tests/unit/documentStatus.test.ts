import { describe, expect, it } from 'vitest'

import { deriveDocumentStatus, kyivDay } from '@domain/documents/deriveStatus'

const on = (day: string) => new Date(`${day}T12:00:00+02:00`)

describe('deriveDocumentStatus', () => {
  const programme = { validFrom: '2016-01-01', validTo: '2021-12-31' }

  it('is in force between its validity dates, inclusive', () => {
    expect(deriveDocumentStatus(programme, on('2016-01-01'))).toBe('in-force')
    expect(deriveDocumentStatus(programme, on('2019-06-15'))).toBe('in-force')
    expect(deriveDocumentStatus(programme, on('2021-12-31'))).toBe('in-force')
  })

  it('has expired after its last valid day', () => {
    expect(deriveDocumentStatus(programme, on('2022-01-01'))).toBe('expired')
  })

  it('is not yet in force before its first valid day', () => {
    expect(deriveDocumentStatus(programme, on('2015-12-31'))).toBe('pending')
  })

  it('stays in force without an end date', () => {
    expect(deriveDocumentStatus({ validFrom: '2020-01-01' }, on('2030-01-01'))).toBe('in-force')
  })

  it('lets an editor mark a project or a repeal whatever the dates say', () => {
    expect(deriveDocumentStatus({ ...programme, statusMode: 'repealed' }, on('2019-01-01'))).toBe(
      'repealed',
    )
    expect(deriveDocumentStatus({ ...programme, statusMode: 'project' }, on('2019-01-01'))).toBe(
      'project',
    )
  })

  it('decides by the calendar day in Kyiv, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Kyiv.
    expect(kyivDay(new Date('2021-12-31T23:30:00Z'))).toBe('2022-01-01')
    expect(deriveDocumentStatus(programme, new Date('2021-12-31T23:30:00Z'))).toBe('expired')
  })
})
