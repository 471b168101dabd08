import { describe, expect, it } from 'vitest'

import { isTimeOfDay, minutesOfDay } from '@domain/opening-hours/time'
import { findHoursProblem } from '@domain/opening-hours/validateHours'

describe('minutesOfDay', () => {
  it('reads HH:MM', () => {
    expect(minutesOfDay('00:00')).toBe(0)
    expect(minutesOfDay('09:30')).toBe(570)
    expect(minutesOfDay('23:59')).toBe(1439)
  })
  it.each(['24:00', '9:30', '09:60', '', 'noon'])('refuses %j', (value) => {
    expect(minutesOfDay(value)).toBeUndefined()
    expect(isTimeOfDay(value)).toBe(false)
  })
})

describe('findHoursProblem', () => {
  it('accepts ordinary hours with and without a break', () => {
    expect(findHoursProblem({ opens: '10:00', closes: '19:00' })).toBeUndefined()
    expect(
      findHoursProblem({ opens: '10:00', closes: '19:00', breakFrom: '14:00', breakTo: '14:30' }),
    ).toBeUndefined()
  })

  it('refuses closing before or at opening', () => {
    expect(findHoursProblem({ opens: '18:00', closes: '09:00' })?.key).toBe('closesBeforeOpens')
    expect(findHoursProblem({ opens: '10:00', closes: '10:00' })?.key).toBe('closesBeforeOpens')
  })

  it('refuses a break outside the hours, reversed, or half given', () => {
    expect(
      findHoursProblem({ opens: '10:00', closes: '19:00', breakFrom: '09:00', breakTo: '09:30' })
        ?.key,
    ).toBe('breakOutsideHours')
    expect(
      findHoursProblem({ opens: '10:00', closes: '19:00', breakFrom: '15:00', breakTo: '14:00' })
        ?.key,
    ).toBe('breakOutsideHours')
    expect(findHoursProblem({ opens: '10:00', closes: '19:00', breakFrom: '14:00' })?.key).toBe(
      'breakIncomplete',
    )
  })

  it('refuses malformed times', () => {
    expect(findHoursProblem({ opens: '10.00', closes: '19:00' })?.key).toBe('timeFormat')
  })
})
