import { describe, expect, it } from 'vitest'

import {
  cyrillicToLatin,
  foldSpelling,
  latinToCyrillic,
  queryKeys,
  stemWord,
  tokenKey,
  toCyrillic,
} from '@site/search/normalize'

const key = (word: string) => tokenKey(word)

describe('spelling folds', () => {
  it('drops every apostrophe look-alike, lowers case and folds ґ into г', () => {
    for (const word of [
      'Солом’янський',
      "Солом'янський",
      'Соломʼянський',
      'Солом`янський',
      'СОЛОМЯНСЬКИЙ',
    ]) {
      expect(foldSpelling(word)).toBe('соломянський')
    }
    expect(foldSpelling('Ґанок')).toBe('ганок')
  })

  it('drops stress marks, soft hyphens and zero-width characters', () => {
    expect(foldSpelling('бібліоте\u0301ка')).toBe('бібліотека')
    expect(foldSpelling('біблі\u00adо\u200bтека')).toBe('бібліотека')
  })

  it('folds letters of the Russian layout into Ukrainian ones', () => {
    expect(foldSpelling('вулыця')).toBe('вулиця')
  })
})

describe('scripts', () => {
  it('reads official Latin transliteration back into Cyrillic', () => {
    expect(latinToCyrillic('solomianskyi')).toBe('соломянский') // no soft sign in Latin
    expect(latinToCyrillic('yahotyn')).toBe('яготин')
    expect(latinToCyrillic('shchaslyve')).toBe('щасливе')
    expect(latinToCyrillic('zghorany')).toBe('згорани')
    expect(latinToCyrillic('biblioteka')).toBe('бібліотека')
  })

  it('writes Cyrillic in Latin by the official table', () => {
    expect(cyrillicToLatin('соломянськ')).toBe('solomiansk')
    expect(cyrillicToLatin('яготин')).toBe('yahotyn')
    expect(cyrillicToLatin('щастя')).toBe('shchastia')
  })

  it('repairs Latin look-alikes inside Cyrillic words only', () => {
    expect(toCyrillic('бiблiотека')).toBe('бібліотека')
    expect(toCyrillic('wifi')).not.toMatch(/[a-z]/)
    expect(toCyrillic('бібліотека')).toBe('бібліотека')
  })
})

describe('stems', () => {
  it('gives the case forms of a noun one key', () => {
    const forms = [
      'бібліотека',
      'бібліотеки',
      'бібліотеці',
      'бібліотеку',
      'бібліотекою',
      'бібліотек',
      'бібліотекам',
      'бібліотеками',
      'бібліотеках',
    ]
    expect(new Set(forms.map(key)).size).toBe(1)
  })

  it('folds the consonant that alternates before -і', () => {
    expect(key('книга')).toBe(key('книзі'))
    expect(key('рука')).toBe(key('руці'))
  })

  it('gives the forms of an adjective one key', () => {
    const forms = [
      'солом’янський',
      'солом’янського',
      'солом’янському',
      'солом’янським',
      'солом’янська',
      'солом’янської',
      'солом’янську',
      'солом’янські',
      'солом’янських',
    ]
    expect(new Set(forms.map(key)).size).toBe(1)
  })

  it('gives alternating and fleeting vowels one key', () => {
    expect(key('вечір')).toBe(key('вечора'))
    expect(key('школа')).toBe(key('шкіл'))
    expect(key('листівка')).toBe(key('листівок'))
    expect(key('мешканець')).toBe(key('мешканця'))
  })

  it('does not take the plural -си for a reflexive ending', () => {
    expect(key('конкурси')).toBe(key('конкурс'))
    expect(key('записи')).toBe(key('запису'))
  })

  it('reads the future tense of imperfective verbs as the infinitive', () => {
    expect(key('читатимемо')).toBe(key('читати'))
  })

  it('keeps short words and stems whole', () => {
    expect(stemWord('ми')).toBe('ми')
    expect(key('київ')).toBe(key('києва'))
    expect(key('архів')).toBe(key('архіву'))
  })

  it('finds the same key for Latin, apostrophe-less and apostrophe spellings', () => {
    const expected = key('Солом’янського')
    for (const variant of ["Солом'янського", 'Соломянського', 'Solomianskoho', 'SOLOMIANSKOHO']) {
      expect(key(variant)).toBe(expected)
    }
    expect(key('Solomianskyi')).toBe(key('Солом’янський'))
  })
})

/**
 * The rule classes of the second pass, each checked on words that none of its rules was written
 * from (the rules were tuned on the tuning half of a hunspell-uk sample; these are everyday words
 * chosen afterwards).
 */
const sameKey = (...forms: string[]) =>
  expect(new Set(forms.map(key)).size, forms.join(' ')).toBe(1)

describe('verb paradigms', () => {
  it('reads the reflexive future as the infinitive', () => {
    sameKey('відбуватиметься', 'відбуватися', 'відбувається')
    sameKey('проводитиметься', 'проводити')
  })

  it('gives impersonal forms (-ано, -ено, -то) the key of the verb', () => {
    sameKey('підписано', 'підписати', 'підписав')
    sameKey('відкрито', 'відкрити', 'відкрила')
    sameKey('прочитано', 'прочитати', 'прочитаю')
  })

  it('gives the personal forms of -нути verbs the key of the infinitive', () => {
    sameKey('повернути', 'повернув', 'повернула', 'повернеш', 'повернемо')
    sameKey('відпочинути', 'відпочинеш', 'відпочинула')
  })
})

describe('і/о/е in a closed last syllable', () => {
  it('gives і the key of о and of е in the open forms', () => {
    sameKey('ніч', 'ночі')
    sameKey('сіль', 'солі')
    sameKey('кінь', 'коня', 'коні')
    sameKey('осінь', 'осені')
    sameKey('камінь', 'каменю', 'каменя')
    sameKey('ріг', 'рогу')
    sameKey('папір', 'паперу', 'папером')
  })

  it('drops the doubled consonant of the instrumental', () => {
    sameKey('ніччю', 'ніч')
    sameKey('сіллю', 'сіль')
    sameKey('осінню', 'осінь')
  })
})

describe('fleeting vowels', () => {
  it('gives forms with and without the fleeting о/е one key', () => {
    sameKey('вітер', 'вітру', 'вітром')
    sameKey('вогонь', 'вогню', 'вогнем')
    sameKey('свекор', 'свекра')
    sameKey('рот', 'рота', 'роті')
  })

  it('finds the genitive plural with its inserted vowel', () => {
    sameKey('сестра', 'сестер', 'сестрами')
    sameKey('казка', 'казок', 'казки')
    sameKey('вишня', 'вишень', 'вишні')
    sameKey('кухня', 'кухонь', 'кухні')
    sameKey('земля', 'земель', 'землі')
  })

  it('keeps a short word whose vowel is gone as its two consonants', () => {
    sameKey('сон', 'сну')
    sameKey('пес', 'пса')
  })

  it('still tells apart words that differ in more than the fleeting vowel', () => {
    expect(key('сестра')).not.toBe(key('сестриця'))
    expect(key('вітер')).not.toBe(key('вітрина'))
    expect(key('казка')).not.toBe(key('каска'))
  })
})

describe('tokens and queries', () => {
  it('gives a token without letters or digits no key', () => {
    expect(key('—')).toBe('')
    expect(key('«»!?')).toBe('')
    expect(key('📚')).toBe('')
  })

  it('keys the parts of a hyphenated word and strips punctuation around words', () => {
    expect(key('(бібліотека-філія),')).toBe(`${key('бібліотека')}-${key('філія')}`)
  })

  it('turns a query into distinct keys and ignores what is not a word', () => {
    const keys = queryKeys('Бібліотеки бібліотеці!!! <script>')
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(key('бібліотека'))
    expect(queryKeys('  ... ')).toEqual([])
  })

  it('keeps at most a dozen words of a very long query', () => {
    expect(queryKeys('слово '.repeat(500)).length).toBe(1)
    const many = Array.from({ length: 40 }, (_, index) => `слово${index}`).join(' ')
    expect(queryKeys(many)).toHaveLength(12)
  })
})
