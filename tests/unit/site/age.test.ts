import { describe, expect, it } from 'vitest'

import { formatAge } from '@domain/format/age'
import { kyivInstant } from '@domain/time/kyivTime'

describe('how old a saved copy is', () => {
  const now = kyivInstant('2026-12-07', '21:40')
  const before = (ms: number) => new Date(now.getTime() - ms)

  it('in minutes and hours with Ukrainian plurals', () => {
    expect(formatAge(before(20_000), now)).toBe('щойно')
    expect(formatAge(before(60_000), now)).toBe('1\u00a0хвилину тому')
    expect(formatAge(before(3 * 60_000), now)).toBe('3\u00a0хвилини тому')
    expect(formatAge(before(25 * 60_000), now)).toBe('25\u00a0хвилин тому')
    expect(formatAge(before(21 * 3_600_000), now)).toBe('21\u00a0годину тому')
    expect(formatAge(before(2 * 3_600_000), now)).toBe('2\u00a0години тому')
  })

  it('past a day, as the Kyiv date and time it was saved', () => {
    expect(formatAge(kyivInstant('2026-12-05', '09:15'), now)).toBe('05.12.2026, 09:15')
  })

  it('never in the future (a clock ahead of the server)', () => {
    expect(formatAge(new Date(now.getTime() + 60_000), now)).toBe('щойно')
  })
})
