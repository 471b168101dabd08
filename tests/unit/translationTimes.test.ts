import { describe, expect, it } from 'vitest'

import { afterSave, historicTimes, saveOf, stateOf } from '@cms/localization/translationTimes'

/*
 * The English-version state kept on each document (issue #16): what a save changed, the times
 * after it, and the same worked out from a history of versions for documents saved before.
 */

const T1 = '2026-11-01T10:00:00.000Z'
const T2 = '2026-11-02T10:00:00.000Z'
const T3 = '2026-11-03T10:00:00.000Z'

describe('stateOf', () => {
  it('is missing without English, outdated when Ukrainian changed later, else current', () => {
    expect(stateOf({ ukrainianChangedAt: T1, englishChangedAt: null })).toBe('missing')
    expect(stateOf({ ukrainianChangedAt: T2, englishChangedAt: T1 })).toBe('outdated')
    expect(stateOf({ ukrainianChangedAt: T1, englishChangedAt: T2 })).toBe('current')
    expect(stateOf({ ukrainianChangedAt: T1, englishChangedAt: T1 })).toBe('current')
    expect(stateOf({ ukrainianChangedAt: null, englishChangedAt: T1 })).toBe('current')
  })
})

describe('afterSave', () => {
  const save = (changes: Partial<Parameters<typeof afterSave>[1]>) => ({
    at: T3,
    ukrainianChanged: false,
    englishChanged: false,
    englishFilled: false,
    ...changes,
  })

  it('notes the Ukrainian change of a new document', () => {
    expect(afterSave(undefined, save({ ukrainianChanged: true }))).toEqual({
      state: 'missing',
      ukrainianChangedAt: T3,
      englishChangedAt: null,
    })
  })

  it('makes a translation current, and out of date once the Ukrainian changes', () => {
    const translated = afterSave(
      { ukrainianChangedAt: T1, englishChangedAt: null },
      save({ at: T2, englishChanged: true, englishFilled: true }),
    )
    expect(translated).toEqual({ state: 'current', ukrainianChangedAt: T1, englishChangedAt: T2 })
    expect(afterSave(translated, save({ ukrainianChanged: true, englishFilled: true }))).toEqual({
      state: 'outdated',
      ukrainianChangedAt: T3,
      englishChangedAt: T2,
    })
  })

  it('orders two saves within one millisecond as they came', () => {
    const english = afterSave(
      { ukrainianChangedAt: T1, englishChangedAt: null },
      save({ at: T1, englishChanged: true, englishFilled: true }),
    )
    expect(english.state).toBe('current')
    const ukrainian = afterSave(
      english,
      save({ at: T1, ukrainianChanged: true, englishFilled: true }),
    )
    expect(ukrainian.state).toBe('outdated')
    expect(ukrainian.ukrainianChangedAt! > ukrainian.englishChangedAt!).toBe(true)
  })

  it('forgets the English time when the English key is emptied', () => {
    expect(
      afterSave(
        { ukrainianChangedAt: T1, englishChangedAt: T2 },
        save({ englishChanged: true, englishFilled: false }),
      ),
    ).toEqual({ state: 'missing', ukrainianChangedAt: T1, englishChangedAt: null })
  })
})

describe('saveOf', () => {
  const options = (locale: string) => ({ paths: ['title', 'body'], key: 'title', locale, at: T3 })

  it('counts only texts that were sent and differ, empty and absent alike', () => {
    const original = { title: 'Назва', body: null, category: 'news' }
    expect(saveOf({ category: 'event' }, original, options('uk'), undefined)).toMatchObject({
      ukrainianChanged: false,
    })
    expect(saveOf({ title: 'Назва', body: '' }, original, options('uk'), undefined)).toMatchObject({
      ukrainianChanged: false,
    })
    expect(saveOf({ title: 'Нова назва' }, original, options('uk'), undefined)).toMatchObject({
      ukrainianChanged: true,
      englishChanged: false,
    })
  })

  it('reads an English save as English, and whether its key is filled', () => {
    expect(saveOf({ title: 'Title' }, { title: null }, options('en'), undefined)).toMatchObject({
      ukrainianChanged: false,
      englishChanged: true,
      englishFilled: true,
    })
    expect(saveOf({ body: 'Text' }, { title: '  ' }, options('en'), undefined)).toMatchObject({
      englishFilled: false,
    })
  })

  it('keeps what it knew of English on a Ukrainian save', () => {
    expect(
      saveOf({ title: 'Нова' }, { title: 'Стара' }, options('uk'), { englishChangedAt: T1 }),
    ).toMatchObject({ englishFilled: true })
    expect(saveOf({ title: 'Нова' }, { title: 'Стара' }, options('uk'), undefined)).toMatchObject({
      englishFilled: false,
    })
  })

  it('reads a save in every language at once', () => {
    expect(
      saveOf(
        { title: { uk: 'Назва', en: 'Title' } },
        { title: { uk: 'Назва', en: null } },
        options('all'),
        undefined,
      ),
    ).toMatchObject({ ukrainianChanged: false, englishChanged: true, englishFilled: true })
  })
})

describe('historicTimes', () => {
  const empty = { uk: '[]', en: '[]' }

  it('takes each language’s last change from the versions, oldest first', () => {
    const history = [
      { at: T1, uk: '["a"]', en: '[]' },
      { at: T2, uk: '["a"]', en: '["A"]' },
      { at: T3, uk: '["b"]', en: '["A"]' },
    ]
    expect(historicTimes(history, true, empty)).toEqual({
      state: 'outdated',
      ukrainianChangedAt: T3,
      englishChangedAt: T2,
    })
    expect(historicTimes(history.slice(0, 2), true, empty).state).toBe('current')
    expect(historicTimes(history.slice(0, 1), false, empty)).toEqual({
      state: 'missing',
      ukrainianChangedAt: T1,
      englishChangedAt: null,
    })
  })
})
