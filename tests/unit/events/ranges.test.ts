import { describe, expect, it } from 'vitest'

import { dateRange, groupByKyivDay, monthWindow } from '@domain/events/ranges'
import { listingChangeInstants } from '@domain/events/listingChanges'
import { kyivInstant } from '@domain/time/kyivTime'
import { occurrences, type Occurrence } from '@domain/events/occurrences'

const iso = (window: { from: Date; to: Date }) => [
  window.from.toISOString(),
  window.to.toISOString(),
]

describe('Kyiv date ranges with an injected clock', () => {
  // Wednesday 2026-10-21, 23:30 in Kyiv (summer time) is still 20:30 UTC.
  const lateWednesday = new Date('2026-10-21T20:30:00Z')

  it('today is the Kyiv day, not the UTC one', () => {
    expect(iso(dateRange('today', lateWednesday))).toEqual([
      '2026-10-20T21:00:00.000Z',
      '2026-10-21T21:00:00.000Z',
    ])
    // 00:30 Kyiv on Thursday is still Wednesday in UTC.
    expect(iso(dateRange('today', new Date('2026-10-21T21:30:00Z')))[0]).toBe(
      '2026-10-21T21:00:00.000Z',
    )
  })

  it('this week ends with Sunday, the weekend spans the DST change', () => {
    expect(iso(dateRange('week', lateWednesday))).toEqual([
      '2026-10-20T21:00:00.000Z',
      // Monday 26 October begins in winter time.
      '2026-10-25T22:00:00.000Z',
    ])
    expect(iso(dateRange('weekend', lateWednesday))).toEqual([
      '2026-10-23T21:00:00.000Z',
      '2026-10-25T22:00:00.000Z',
    ])
    // On Sunday the weekend is what is left of today.
    expect(iso(dateRange('weekend', new Date('2026-10-25T12:00:00Z')))[0]).toBe(
      '2026-10-24T21:00:00.000Z',
    )
  })

  it('this month runs to the first of the next, across the spring change', () => {
    expect(iso(dateRange('month', new Date('2027-03-10T10:00:00Z')))).toEqual([
      '2027-03-09T22:00:00.000Z',
      '2027-03-31T21:00:00.000Z',
    ])
    expect(iso(monthWindow(2026, 12))).toEqual([
      '2026-11-30T22:00:00.000Z',
      '2026-12-31T22:00:00.000Z',
    ])
  })
})

describe('grouping and listing changes', () => {
  const club = occurrences(
    {
      kind: 'rule',
      date: '2026-10-19',
      startTime: '23:30',
      endTime: '23:59',
      frequency: 'weekly',
      weekdays: ['mon'],
      count: 3,
    },
    [],
    { from: kyivInstant('2026-10-01'), to: kyivInstant('2026-12-01') },
  )

  it('groups by the Kyiv day even when UTC has another date', () => {
    const groups = groupByKyivDay(club.map((occurrence) => ({ occurrence })))
    expect(groups.map((group) => group.day)).toEqual(['2026-10-19', '2026-10-26', '2026-11-02'])
  })

  it('lists something that began earlier on the first day of the window', () => {
    const from = kyivInstant('2026-10-27')
    const exhibition: Occurrence = {
      key: 'x',
      originalStart: kyivInstant('2026-10-01'),
      start: kyivInstant('2026-10-01'),
      end: kyivInstant('2026-11-30'),
      state: 'scheduled',
      span: true,
    }
    expect(groupByKyivDay([{ occurrence: exhibition }], from)[0]!.day).toBe('2026-10-27')
  })

  it('gives the instants occurrences end, once each, within the asked period', () => {
    const after = kyivInstant('2026-10-20')
    const until = kyivInstant('2026-11-30')
    expect(
      listingChangeInstants([...club, ...club], after, until).map((d) => d.toISOString()),
    ).toEqual(['2026-10-26T21:59:00.000Z', '2026-11-02T21:59:00.000Z'])
  })
})
