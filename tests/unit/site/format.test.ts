import { describe, expect, it } from 'vitest'

import { formatCalendarDay, formatLongDate, kyivYear } from '@domain/format/dates'
import { plural } from '@domain/format/plural'
import { typeset } from '@domain/format/typography'

describe('typeset', () => {
  it('uses the Ukrainian apostrophe and quotes', () => {
    expect(typeset('Солом\'янка і "Бібліоніч"')).toBe('Солом’янка і «Бібліоніч»')
  })
  it('keeps № and units with their numbers', () => {
    expect(typeset('Наказ № 12 від 1913 р., файл 2 МБ')).toBe(
      'Наказ №\u00a012 від 1913\u00a0р., файл 2\u00a0МБ',
    )
  })
  it('keeps initials with the surname', () => {
    expect(typeset('автор І. Я. Франко')).toBe('автор І.\u00a0Я.\u00a0Франко')
  })
  it('turns a spaced hyphen into a dash', () => {
    expect(typeset('Київ - місто')).toBe('Київ\u00a0— місто')
  })
  it('typesets every occurrence, also where one touches the next', () => {
    expect(typeset("п'ять м'ят в'юн")).toBe('п’ять м’ят в’юн')
    expect(typeset("м'я'ч")).toBe('м’я’ч')
    expect(typeset('5 м 6 см і 7 %, 8 грн.')).toBe('5\u00a0м 6\u00a0см і 7\u00a0%, 8\u00a0грн.')
    expect(typeset('1 - 2 – 3')).toBe('1\u00a0— 2\u00a0— 3')
    expect(typeset('"Київ" і ("Львів")')).toBe('«Київ» і («Львів»)')
    expect(typeset('А. Б. В. Г. Д. Прізвище')).toBe(
      'А.\u00a0Б.\u00a0В.\u00a0Г.\u00a0Д.\u00a0Прізвище',
    )
  })
  it('leaves alone what only looks like a rule', () => {
    expect(typeset("'цитата' і 5 метрів, 2024-2025, Київ-2")).toBe(
      "'цитата' і 5 метрів, 2024-2025, Київ-2",
    )
    expect(typeset('в. о. директора')).toBe('в. о. директора')
  })
})

describe('formatLongDate', () => {
  it('writes the Kyiv calendar date in Ukrainian', () => {
    expect(formatLongDate('2026-06-20T22:30:00Z')).toBe('21 червня 2026\u00a0р.')
  })
})

describe('formatCalendarDay', () => {
  it('names the weekday', () => {
    expect(formatCalendarDay('2026-12-31')).toBe('четвер, 31 грудня')
  })
})

describe('kyivYear', () => {
  it('uses Kyiv New Year', () => {
    expect(kyivYear('2026-12-31T22:30:00Z')).toBe(2027)
  })
})

describe('plural', () => {
  it('chooses the form by Ukrainian rules', () => {
    expect(plural(1, { one: 'новина', few: 'новини', many: 'новин' })).toBe('1\u00a0новина')
    expect(plural(3, { one: 'новина', few: 'новини', many: 'новин' })).toBe('3\u00a0новини')
    expect(plural(11, { one: 'новина', few: 'новини', many: 'новин' })).toBe('11\u00a0новин')
    expect(plural(21, { one: 'новина', few: 'новини', many: 'новин' })).toBe('21\u00a0новина')
    expect(plural(1200, { one: 'новина', few: 'новини', many: 'новин' })).toBe(
      '1\u00a0200\u00a0новин',
    )
  })
})

describe('typeset quotes', () => {
  it('turns nested English quotes into «ялинки»', () => {
    expect(typeset('Закону “Про зміни до Закону “Про бібліотеки””')).toBe(
      'Закону «Про зміни до Закону «Про бібліотеки»»',
    )
  })
})
