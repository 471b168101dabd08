import { describe, expect, it } from 'vitest'

import { kyivInstant } from '@domain/time/kyivTime'
import type { EventSchedule } from '@domain/events/schedule'
import { validateSchedule } from '@domain/events/validate'

const now = new Date('2026-11-29T10:00:00Z')
const messages = (
  schedule: EventSchedule,
  changes = [] as Parameters<typeof validateSchedule>[1],
) =>
  validateSchedule(schedule, changes, now).map((problem) => `${problem.path}: ${problem.message}`)

const club: EventSchedule = {
  kind: 'rule',
  date: '2026-12-01',
  startTime: '18:00',
  endTime: '19:00',
  frequency: 'weekly',
  weekdays: ['tue'],
  count: 10,
}

describe('validating an event’s dates', () => {
  it('accepts a sound weekly club', () => {
    expect(messages(club)).toEqual([])
  })

  it('refuses a rule that gives no date', () => {
    const everyDayExcluded: EventSchedule = {
      ...club,
      count: 1,
      excludedDates: ['2026-12-01'],
    }
    expect(messages(everyDayExcluded)).toEqual([
      'weekdays: За цими налаштуваннями не виходить жодної дати. Перевірте дні тижня, дату «до», кількість разів і виключені дати.',
    ])
  })

  it('refuses more than 1000 dates in two years', () => {
    const hourly: EventSchedule = {
      ...club,
      rule: 'DTSTART;TZID=Europe/Kyiv:20261201T180000\nRRULE:FREQ=HOURLY',
    }
    expect(messages(hourly)).toEqual([
      'frequency: Правило дає понад 1000 дат за два роки: так часто подій не буває. Перевірте частоту й дні тижня.',
    ])
  })

  it('refuses an end before the start', () => {
    expect(messages({ ...club, endTime: '17:00' })).toEqual([
      'endTime: Час завершення раніше за час початку або збігається з ним.',
    ])
    expect(messages({ kind: 'span', date: '2026-12-10', endDate: '2026-12-01' })).toEqual([
      'endDate: Останній день раніше за перший.',
    ])
    expect(messages({ ...club, count: null, until: '2026-11-01' })).toEqual([
      'until: Дата «до» раніше за першу дату.',
    ])
  })

  it('refuses dates ten years away, either way', () => {
    expect(messages({ kind: 'single', date: '2036-12-01', startTime: '10:00' })).toEqual([
      'date: Дата 2036-12-01 — понад 10 років від сьогодні. Перевірте рік.',
    ])
    expect(messages({ kind: 'single', date: '2016-01-01', startTime: '10:00' })).toHaveLength(1)
  })

  it('refuses malformed days and times with the expected form', () => {
    expect(messages({ kind: 'single', date: '2026-02-30', startTime: '25:00' })).toEqual([
      'date: Дати «2026-02-30» немає в календарі або її записано не як РРРР-ММ-ДД.',
      'startTime: Час «25:00» записано не як ГГ:ХХ (наприклад, 18:30).',
    ])
    expect(messages({ kind: 'single' })).toEqual(['date: Вкажіть дату у вигляді РРРР-ММ-ДД.'])
  })

  it('refuses a move onto another date of the same event', () => {
    const original = kyivInstant('2026-12-01', '18:00').toISOString()
    expect(
      messages(club, [{ original, kind: 'moved', date: '2026-12-08', startTime: '18:30' }]),
    ).toEqual([
      'changes.0.date: Перенесена дата потрапляє на іншу дату цієї події (вівторок, 8 грудня, 18:00). Виберіть інший час або скасуйте ту дату.',
    ])
    // Onto a date that is itself cancelled: fine.
    const other = kyivInstant('2026-12-08', '18:00').toISOString()
    expect(
      messages(club, [
        { original, kind: 'moved', date: '2026-12-08', startTime: '18:30' },
        { original: other, kind: 'cancelled' },
      ]),
    ).toEqual([])
    // Moving to a free evening: fine.
    expect(messages(club, [{ original, kind: 'moved', date: '2026-12-03' }])).toEqual([])
  })

  it('refuses a meeting link that is not a whole web address', () => {
    const original = kyivInstant('2026-12-01', '18:00').toISOString()
    expect(messages(club, [{ original, kind: 'moved', place: 'https://meet' }])).toEqual([
      'changes.0.place: Посилання на онлайн-зустріч має бути повною адресою, наприклад https://meet.example.org/klub.',
    ])
    expect(
      messages(club, [{ original, kind: 'moved', place: 'https://meet.example.org/klub' }]),
    ).toEqual([])
  })

  it('asks what a move changes, and refuses two changes of one date', () => {
    const original = kyivInstant('2026-12-01', '18:00').toISOString()
    expect(
      messages(club, [
        { original, kind: 'moved' },
        { original, kind: 'full' },
      ]),
    ).toEqual([
      'changes.0.kind: Для перенесення вкажіть нову дату, новий час або нове місце.',
      'changes.1.original: Для цієї дати вже є зміна (рядок 1): залиште одну.',
    ])
  })
})
