import { describe, expect, it } from 'vitest'

import { fitDays } from '../../../site/lib/events'

const day = (name: string, count: number) => ({ day: name, entries: Array.from({ length: count }) })

describe('a listing page holds whole days up to its limit', () => {
  it('stops before the day that would pass the limit', () => {
    const listed = fitDays([day('a', 60), day('b', 60), day('c', 60)], 150)
    expect(listed.groups.map((group) => group.day)).toEqual(['a', 'b'])
    expect(listed.cut).toBe(true)
  })

  it('keeps the first day however full, and says nothing was cut when all fit', () => {
    expect(fitDays([day('a', 400), day('b', 1)], 150).groups.map((group) => group.day)).toEqual([
      'a',
    ])
    expect(fitDays([day('a', 10), day('b', 10)], 150)).toEqual({
      groups: [day('a', 10), day('b', 10)],
      cut: false,
    })
  })
})
