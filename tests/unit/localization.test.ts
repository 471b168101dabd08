import { describe, expect, it } from 'vitest'

import { alternateLinks, switchTarget } from '@domain/i18n/alternates'
import { DEFAULT_LOCALE, LOCALES, isLocale } from '@domain/i18n/locales'
import {
  dateTimeIn,
  longDateIn,
  numberIn,
  pluralIn,
  shortDateIn,
} from '@domain/format/localeFormat'
import { englishReference } from '@domain/heritage/englishCitation'
import { describeStatusEnglish } from '@domain/opening-hours/describeStatusEnglish'
import { describeStatus } from '@domain/opening-hours/describeStatus'
import {
  ENGLISH_ROOT,
  englishUrls,
  localeOfPath,
  pathIn,
  type SharedRoute,
} from '@domain/urls/localeUrls'
import { RESERVED_TOP_LEVEL, urls } from '@domain/urls/urls'
import { DOCUMENT_STATUSES } from '@domain/vocabularies/documentStatuses'

const ORIGIN = 'https://biblioteky.example'

describe('locales', () => {
  it('has Ukrainian as the default and English beside it', () => {
    expect([DEFAULT_LOCALE, [...LOCALES]]).toEqual(['uk', ['uk', 'en']])
    expect([isLocale('en'), isLocale('de'), isLocale(undefined)]).toEqual([true, false, false])
  })
})

describe('URLs in two languages', () => {
  const routes: SharedRoute[] = [
    { type: 'home' },
    { type: 'news' },
    { type: 'newsItem', slug: 'open-air-readings' },
    { type: 'branches' },
    { type: 'branch', slug: 'library-5' },
    { type: 'documents' },
    { type: 'document', slug: 'statute' },
    { type: 'collections' },
    { type: 'collection', slug: 'old-solomianka' },
    { type: 'item', collection: 'old-solomianka', identifier: 'SOL-0001' },
    { type: 'events' },
    { type: 'event', slug: 'english-club' },
    { type: 'search' },
    { type: 'programme' },
    { type: 'page', slug: 'about' },
  ]

  it('keeps every Ukrainian path exactly as the site has it', () => {
    expect(pathIn('uk', { type: 'home' })).toBe(urls.home())
    expect(pathIn('uk', { type: 'newsItem', slug: 'novyna' })).toBe(urls.newsItem('novyna'))
    expect(pathIn('uk', { type: 'item', collection: 'c', identifier: 'I-1' })).toBe(
      urls.item('c', 'I-1'),
    )
    for (const route of routes) expect(localeOfPath(pathIn('uk', route))).toBe('uk')
  })

  it('puts every English path under /en/, distinct from its Ukrainian one', () => {
    for (const route of routes) {
      const english = pathIn('en', route)
      expect(english.startsWith(`/${ENGLISH_ROOT}/`), english).toBe(true)
      expect(localeOfPath(english)).toBe('en')
      expect(english).not.toBe(pathIn('uk', route))
    }
    expect(englishUrls.news(2)).toBe('/en/news/page/2/')
    expect(englishUrls.newsItem('open-air-readings')).toBe('/en/news/open-air-readings/')
    expect(englishUrls.rss()).toBe('/en/rss.xml')
  })

  it('reserves /en/ so that no Ukrainian page can take it', () => {
    expect(RESERVED_TOP_LEVEL).toContain(ENGLISH_ROOT)
    expect(localeOfPath('/en')).toBe('en')
    expect(localeOfPath('/energetyka/')).toBe('uk')
  })
})

describe('hreflang and the language switcher', () => {
  it('pairs only pages that exist in both languages, with x-default to Ukrainian', () => {
    const pair = { uk: '/novyny/chytannia/', en: '/en/news/readings/' }
    expect(alternateLinks(pair, ORIGIN)).toEqual([
      { hreflang: 'uk', href: `${ORIGIN}/novyny/chytannia/` },
      { hreflang: 'en', href: `${ORIGIN}/en/news/readings/` },
      { hreflang: 'x-default', href: `${ORIGIN}/novyny/chytannia/` },
    ])
    expect(alternateLinks({ uk: '/novyny/lyshe-ukrainskoiu/' }, ORIGIN)).toEqual([])
  })

  it('switches to the same page in the other language, or to its home and says so', () => {
    const pair = { uk: '/novyny/chytannia/', en: '/en/news/readings/' }
    expect(switchTarget('uk', pair)).toEqual({
      locale: 'en',
      href: '/en/news/readings/',
      samePage: true,
    })
    expect(switchTarget('en', pair)).toEqual({
      locale: 'uk',
      href: '/novyny/chytannia/',
      samePage: true,
    })
    expect(switchTarget('uk', { uk: '/novyny/lyshe/' })).toEqual({
      locale: 'en',
      href: '/en/',
      samePage: false,
    })
  })
})

describe('formatting in the reader’s language', () => {
  // 23:30 UTC on 24 November is already 25 November in Kyiv (UTC+2).
  const lateEvening = '2026-11-24T23:30:00.000Z'

  it('writes dates on the Kyiv calendar in both languages', () => {
    expect(longDateIn('en', lateEvening)).toBe('25 November 2026')
    expect(longDateIn('uk', lateEvening)).toBe('25 листопада 2026\u00a0р.')
    expect(shortDateIn('en', lateEvening)).toBe('25 Nov 2026')
    expect(shortDateIn('uk', lateEvening)).toBe('25.11.2026')
  })

  it('gives the Kyiv clock time across summer time, and says whose time it is', () => {
    expect(dateTimeIn('en', '2026-07-01T10:00:00.000Z')).toBe('1 Jul 2026, 13:00 Kyiv time')
    expect(dateTimeIn('en', '2026-12-01T10:00:00.000Z')).toBe('1 Dec 2026, 12:00 Kyiv time')
  })

  it('formats numbers and plurals by each language’s rules', () => {
    expect(numberIn('en', 1234.5)).toBe('1,234.5')
    expect(numberIn('uk', 1234.5)).toMatch(/^1\s234,5$/u)
    const libraries = {
      uk: { one: 'бібліотека', few: 'бібліотеки', many: 'бібліотек' },
      en: { one: 'library', other: 'libraries' },
    }
    expect([1, 2, 5, 21].map((count) => pluralIn('en', count, libraries))).toEqual([
      '1\u00a0library',
      '2\u00a0libraries',
      '5\u00a0libraries',
      '21\u00a0libraries',
    ])
    expect([1, 2, 5, 21].map((count) => pluralIn('uk', count, libraries))).toEqual([
      '1\u00a0бібліотека',
      '2\u00a0бібліотеки',
      '5\u00a0бібліотек',
      '21\u00a0бібліотека',
    ])
  })

  it('names every document status in English', () => {
    for (const status of Object.values(DOCUMENT_STATUSES)) {
      expect(status.label.en).toMatch(/^[A-Z][a-z ]+$/)
      expect(status.label.en).not.toBe(status.label.uk)
    }
  })
})

describe('open now in English', () => {
  it('says what the Ukrainian wording says, in English', () => {
    const open = { state: 'open', closesAt: '19:00', breakFrom: '14:00' } as const
    expect(describeStatusEnglish(open)).toEqual({
      label: 'Open now',
      detail: 'until 19:00, break at\u00a014:00',
      tone: 'open',
    })
    expect(describeStatus(open).tone).toBe('open')
    const closed = {
      state: 'closed',
      why: 'after-closing',
      next: { day: '2026-12-02', daysAhead: 1, opens: '10:00' },
    } as const
    expect(describeStatusEnglish(closed)).toEqual({
      label: 'Closed',
      detail: 'opens tomorrow at\u00a010:00',
      tone: 'closed',
    })
    const renovation = {
      state: 'closed',
      why: 'closure',
      closure: { reason: 'renovation', until: '2027-01-31' },
    } as const
    expect(describeStatusEnglish(renovation).detail).toBe(
      'Renovation; closed until 31\u00a0January inclusive',
    )
  })

  it('never shows an editor’s Ukrainian note as English', () => {
    const special = { state: 'closed', why: 'special', note: 'Передсвятковий день' } as const
    expect(JSON.stringify(describeStatusEnglish(special))).not.toMatch(/[а-яіїєґ]/i)
  })
})

describe('citations for English readers', () => {
  it('cites the item as catalogued, with an English type and access date in Kyiv', () => {
    const reference = englishReference(
      {
        identifier: 'SOL-PH-0001',
        title: 'Вулиця Соломʼянська',
        type: 'photo',
        creator: 'Невідомий автор',
        dateWritten: '1965',
        subjects: [],
        places: [],
        collections: ['Стара Солом’янка'],
        url: 'https://biblioteky.example/en/collections/stara/SOL-PH-0001/',
        publisher: 'ЦБС Солом’янського району',
      },
      new Date('2026-11-24T23:30:00.000Z'),
    )
    expect(reference).toBe(
      'Вулиця Соломʼянська [Photograph, 1965]. Стара Солом’янка, ЦБС Солом’янського району. SOL-PH-0001. https://biblioteky.example/en/collections/stara/SOL-PH-0001/ (accessed 25 November 2026).',
    )
  })
})
