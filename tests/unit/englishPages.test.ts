import { describe, expect, it } from 'vitest'

import { checkTranslation, cyrillicShare } from '@domain/editorial-checks/translation'
import { formatDistanceIn } from '@domain/geo/distance'
import {
  calendarDayIn,
  periodIn,
  sanitaryDayIn,
  todayHoursIn,
} from '@domain/opening-hours/hoursWords'
import type { Schedule } from '@domain/opening-hours/schedule'
import { todayHoursText } from '@domain/opening-hours/todayHours'
import { RESERVED_ENGLISH_SEGMENTS, reservedPageSlugs } from '@domain/urls/localeUrls'
import { RESERVED_TOP_LEVEL } from '@domain/urls/urls'
import { BRANCH_SERVICES } from '@domain/vocabularies/branchServices'
import { labelOf } from '@domain/vocabularies/vocabulary'
import { markUkrainianRuns } from '@site/lib/english'

// Issue #16: the words of the English branch, collection and 404 pages, and the checks of a
// translation. A fixed clock: 25 November 2026 is a Wednesday in Kyiv.
const WEDNESDAY_NOON = new Date('2026-11-25T10:00:00Z')
const schedule: Schedule = {
  weekly: { wed: { opens: '10:00', closes: '18:00' } },
  sanitaryDay: null,
  specialDays: [],
}

describe('hours in the reader’s language', () => {
  it('names days, periods and the sanitary day in English, and keeps the Ukrainian wording', () => {
    expect(calendarDayIn('en', '2026-12-31')).toBe('31\u00a0December')
    expect(periodIn('en', '2026-12-24', '2026-12-26')).toBe('24\u00a0December — 26\u00a0December')
    expect(periodIn('en', '2026-12-24', '2026-12-24')).toBe('24\u00a0December')
    expect(sanitaryDayIn('en', 'last', 'fri')).toBe('Cleaning day: the last Friday of the month')
    expect(sanitaryDayIn('uk', 'last', 'fri')).toBe('Санітарний день — остання п’ятниця місяця')
    expect(sanitaryDayIn('uk', 'first', 'mon')).toBe('Санітарний день — перший понеділок місяця')
  })

  it('says today’s hours in either language, the Ukrainian line as before', () => {
    expect(todayHoursIn('en', schedule, WEDNESDAY_NOON)).toBe('Today 10:00–18:00')
    expect(todayHoursText(schedule, WEDNESDAY_NOON)).toBe('Сьогодні 10:00–18:00')
    const thursday = new Date('2026-11-26T10:00:00Z')
    expect(todayHoursIn('en', schedule, thursday)).toBe('Closed today')
    expect(todayHoursText(schedule, thursday)).toBe('Сьогодні вихідний')
  })

  it('writes distances and vocabulary labels for English readers', () => {
    expect(formatDistanceIn('en', 2400)).toBe('2.4\u00a0km')
    expect(formatDistanceIn('en', 345)).toBe('350\u00a0m')
    expect(formatDistanceIn('uk', 2400)).toBe('2,4\u00a0км')
    const key = Object.keys(BRANCH_SERVICES)[0]!
    expect(labelOf(BRANCH_SERVICES, key, 'en')).toBe(
      (BRANCH_SERVICES as Record<string, { label: { en: string } }>)[key]!.label.en,
    )
    expect(labelOf(BRANCH_SERVICES, 'no-such-service', 'en')).toBe('no-such-service')
  })
})

describe('page slugs the site keeps for itself', () => {
  it('are the top-level paths in Ukrainian and the English sections in English', () => {
    expect(reservedPageSlugs('uk')).toBe(RESERVED_TOP_LEVEL)
    expect(reservedPageSlugs('en')).toBe(RESERVED_ENGLISH_SEGMENTS)
    expect(reservedPageSlugs('en')).toContain('libraries')
    expect(reservedPageSlugs('en')).toContain('404')
  })
})

describe('Ukrainian quoted in English text', () => {
  it('marks each Ukrainian run lang="uk" and escapes the rest', () => {
    expect(
      markUkrainianRuns('Невідомий автор. Старий будинок вокзалу [Photograph, близько 1910]. <x>'),
    ).toBe(
      '<span lang="uk">Невідомий автор</span>. <span lang="uk">Старий будинок вокзалу</span> [Photograph, <span lang="uk">близько</span> 1910]. &#60;x&#62;',
    )
    expect(markUkrainianRuns('Plain English.')).toBe('Plain English.')
  })
})

describe('checks of an English version', () => {
  const spec = { title: 'title', summary: { field: 'summary' }, richText: ['body'] }
  const body = (words: string) => ({
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }],
    },
  })
  const codes = (doc: Record<string, unknown>, locale: 'uk' | 'en' = 'en') =>
    checkTranslation(spec, doc, locale).map((finding) => finding.code)

  it('counts the share of Cyrillic letters', () => {
    expect(cyrillicShare('abcd абвг')).toEqual({ share: 0.5, letters: 8 })
    expect(cyrillicShare('123 …')).toEqual({ share: 0, letters: 0 })
  })

  it('warns of an English title over an empty text', () => {
    expect(codes({ title: 'Opening hours' })).toEqual(['translation-empty-body'])
    expect(codes({ title: 'Opening hours', body: body('   ') })).toEqual(['translation-empty-body'])
    // No English title: no English version, nothing to check.
    expect(codes({ title: '', body: body('Text') })).toEqual([])
  })

  it('warns when the English text is mostly Cyrillic, not when it names a street', () => {
    expect(
      codes({
        title: 'Rules',
        body: body('Бібліотека відкрита для всіх читачів щодня, крім неділі.'),
      }),
    ).toEqual(['translation-mixed-language'])
    expect(
      codes({
        title: 'Where we are',
        body: body(
          'The library is at 12 Povitroflotskyi Avenue (Повітрофлотський проспект), by the park, five minutes from the metro.',
        ),
      }),
    ).toEqual([])
  })

  it('leaves the Ukrainian version to the other checks', () => {
    expect(codes({ title: 'Правила' }, 'uk')).toEqual([])
  })
})
