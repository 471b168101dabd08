import { describe, expect, it } from 'vitest'

import {
  ageTextIn,
  describeRule,
  describeRuleIn,
  formatDaySpan,
  formatDaySpanIn,
  formatOccurrenceIn,
  formatOccurrenceStart,
  formatOccurrenceStartIn,
} from '@domain/format/eventDates'
import { LOCALES } from '@domain/i18n/locales'
import { SITE_WORDS, ukrainianRun } from '@domain/i18n/siteWords'
import { pathIn } from '@domain/urls/localeUrls'
import { englishBranchLinks } from '@site/data/english'
import type { BranchData } from '@site/data/model'

/** English events and the words both languages share (issue #16), on the Kyiv clock. */

// 18:00 in Kyiv on Tuesday 1 December 2026 (UTC+2 in winter).
const start = new Date('2026-12-01T16:00:00.000Z')
const end = new Date('2026-12-01T17:30:00.000Z')

describe('event dates in English', () => {
  it('say the Kyiv day and time, whatever the reader’s clock', () => {
    expect(formatOccurrenceStartIn('en', start)).toBe('Tuesday 1 December, 18:00')
    expect(formatOccurrenceIn('en', { start, end })).toBe('Tuesday 1 December, 18:00–19:30')
    // 23:30 UTC on 31 December is already New Year's Day in Kyiv.
    const late = new Date('2026-12-31T23:30:00.000Z')
    expect(formatOccurrenceStartIn('en', late)).toBe('Friday 1 January, 01:30')
  })

  it('give a whole-day period its first and last day (the end is the next day’s start)', () => {
    const from = new Date('2026-11-30T22:00:00.000Z') // 1 December, 00:00 Kyiv
    const to = new Date('2026-12-31T22:00:00.000Z') // 1 January, 00:00 Kyiv
    expect(formatDaySpanIn('en', from, to)).toBe('1 December 2026\u00a0– 31 December 2026')
    expect(formatOccurrenceIn('en', { start: from, end: to, span: true })).toBe(
      formatDaySpanIn('en', from, to),
    )
    const oneDay = new Date('2026-12-01T22:00:00.000Z')
    expect(formatDaySpanIn('en', from, oneDay)).toBe('1 December 2026')
  })

  it('describe repeating schedules', () => {
    const weekly = {
      frequency: 'weekly',
      weekdays: ['tue', 'thu'],
      startTime: '18:00',
      endTime: '19:30',
    }
    expect(describeRuleIn('en', weekly, 'tue')).toBe('every Tuesday and Thursday, 18:00–19:30')
    expect(
      describeRuleIn('en', { frequency: 'weekly', interval: 2, weekdays: ['wed'] }, 'wed'),
    ).toBe('every 2 weeks: Wednesday')
    const monthly = {
      frequency: 'monthly',
      monthWeek: '2',
      monthWeekday: 'sat',
      startTime: '11:00',
    }
    expect(describeRuleIn('en', monthly, 'sat')).toBe('monthly: the second Saturday, 11:00')
    expect(describeRuleIn('en', { ...monthly, monthWeek: '-1', interval: 3 }, 'sat')).toBe(
      'every 3 months: the last Saturday, 11:00',
    )
    // No weekdays given: the day of the first date.
    expect(describeRuleIn('en', { frequency: 'weekly' }, 'fri')).toBe('every Friday')
  })

  it('say who it is for by age', () => {
    expect(ageTextIn('en', 6, 10)).toBe('ages 6–10')
    expect(ageTextIn('en', 14, null)).toBe('ages 14 and over')
    expect(ageTextIn('en', undefined, 3)).toBe('up to age 3')
    expect(ageTextIn('en', null, null)).toBeUndefined()
    expect(ageTextIn('uk', 6, 10)).toBe('6–10 років')
    expect(ageTextIn('uk', 14, undefined)).toBe('від 14 років')
  })

  it('leave the Ukrainian wording as it was', () => {
    const weekly = { frequency: 'weekly', weekdays: ['tue', 'thu'], startTime: '18:00' }
    expect(describeRuleIn('uk', weekly, 'tue')).toBe(describeRule(weekly, 'tue'))
    expect(formatOccurrenceStartIn('uk', start)).toBe(formatOccurrenceStart(start))
    expect(formatDaySpanIn('uk', start, end)).toBe(formatDaySpan(start, end))
  })
})

describe('the site’s words in both languages', () => {
  it('have every word in each language, and no Cyrillic in the English ones', () => {
    const keysOf = (value: object): string[] =>
      Object.entries(value).flatMap(([key, entry]) =>
        entry && typeof entry === 'object' && !Array.isArray(entry)
          ? keysOf(entry as object).map((inner) => `${key}.${inner}`)
          : [key],
      )
    expect(keysOf(SITE_WORDS.en)).toEqual(keysOf(SITE_WORDS.uk))
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'function'
          ? [String((value as (...args: unknown[]) => string)('X', 2))]
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : []
    // The item forms carry both languages' plurals; the switcher's own name is in its language.
    const { itemForms: _forms, ...collection } = SITE_WORDS.en.collection
    const english = { ...SITE_WORDS.en, collection }
    const cyrillic = strings(english).filter((text) => /\p{Script=Cyrillic}/u.test(text))
    expect(cyrillic).toEqual([])
  })

  it('mark catalogued Ukrainian values only on pages in another language', () => {
    expect(ukrainianRun('uk')).toBeUndefined()
    expect(ukrainianRun('en')).toBe('uk')
  })

  it('give each language its own paths for the shared page types', () => {
    expect(LOCALES.map((locale) => pathIn(locale, { type: 'event', slug: 'club' }))).toEqual([
      '/podii/club/',
      '/en/events/club/',
    ])
    expect(pathIn('en', { type: 'collection', slug: 'postcards', page: 2 })).toBe(
      '/en/collections/postcards/page/2/',
    )
    expect(pathIn('uk', { type: 'collection', slug: 'lystivky', page: 2 })).toBe(
      '/kolektsii/lystivky/storinka/2/',
    )
  })
})

describe('the branches of an English news item or event', () => {
  const branch = (id: string, url: string, name: string) => ({ id, url, name }) as BranchData
  const ukrainian = new Map([
    ['1', branch('1', '/biblioteky/chokolivka/', 'Бібліотека на Чоколівці')],
    ['2', branch('2', '/biblioteky/solomianka/', 'Бібліотека Солом’янки')],
  ])
  const english = new Map([['1', branch('1', '/en/libraries/chokolivka/', 'Chokolivka Library')]])

  it('link the English page where there is one, else the Ukrainian page marked as Ukrainian', () => {
    expect(englishBranchLinks(['1', '2', 'gone'], ukrainian, english)).toEqual([
      { href: '/en/libraries/chokolivka/', title: 'Chokolivka Library' },
      { href: '/biblioteky/solomianka/', title: 'Бібліотека Солом’янки', lang: 'uk' },
    ])
  })
})
