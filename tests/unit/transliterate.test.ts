import { describe, expect, it } from 'vitest'

import { isValidSlug, slugify, transliterateUkrainian } from '@domain/slugs/transliterate'

describe('transliterateUkrainian', () => {
  // Examples from the official table (Cabinet of Ministers resolution No. 55, 27.01.2010).
  it.each([
    ['Алушта', 'Alushta'],
    ['Згорани', 'Zghorany'],
    ['Розгон', 'Rozghon'],
    ['Єнакієве', 'Yenakiieve'],
    ['Їжакевич', 'Yizhakevych'],
    ['Кадиївка', 'Kadyivka'],
    ['Йосипівка', 'Yosypivka'],
    ['Стрий', 'Stryi'],
    ['Олексій', 'Oleksii'],
    ['Юрій', 'Yurii'],
    ['Яготин', 'Yahotyn'],
    ['Ічня', 'Ichnia'],
    ['Щербухи', 'Shcherbukhy'],
    ['Ґалаґан', 'Galagan'],
    ['Знам’янка', 'Znamianka'],
    ['Феодосія', 'Feodosiia'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterateUkrainian(cyrillic)).toBe(latin)
  })

  it('drops every apostrophe look-alike and the soft sign', () => {
    for (const apostrophe of ['’', "'", 'ʼ', '`']) {
      expect(transliterateUkrainian(`Солом${apostrophe}янський`)).toBe('Solomianskyi')
    }
  })
})

describe('slugify', () => {
  it('makes a lower-case hyphenated slug from a Ukrainian title', () => {
    expect(
      slugify('Програма розвитку ЦБС Солом’янського району на 2016–2021 роки «Бібліотеки+»'),
    ).toBe('prohrama-rozvytku-tsbs-solomianskoho-raionu-na-2016-2021-roky-biblioteky')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Дуже довга назва '.repeat(20), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('returns an empty slug for text with no letters or digits', () => {
    expect(slugify('!!! — ***')).toBe('')
  })
})

describe('isValidSlug', () => {
  it.each(['novyny', 'biblioteka-3', '2026-plan'])('accepts %s', (slug) =>
    expect(isValidSlug(slug)).toBe(true),
  )
  it.each(['Новини', 'With Space', 'UPPER', '-lead', 'trail-', 'double--hyphen', '../etc'])(
    'refuses %s',
    (slug) => expect(isValidSlug(slug)).toBe(false),
  )
})
