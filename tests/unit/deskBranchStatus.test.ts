import { describe, expect, it } from 'vitest'

import { statusAtAGlance } from '@domain/branch-status/statusAtAGlance'

// 10 March 2026, 23:30 in Kyiv (21:30 UTC): the Kyiv day decides, not the UTC one.
const NOW = new Date('2026-03-10T21:30:00.000Z')

describe('the branch status on the dashboard', () => {
  it('shows closures and changed hours of today and later, soonest first, and not past ones', () => {
    const lines = statusAtAGlance(
      {
        closures: [
          {
            from: '2026-04-01T00:00:00.000Z',
            to: '2026-04-03T00:00:00.000Z',
            reason: 'renovation',
          },
          {
            from: '2026-02-01T00:00:00.000Z',
            to: '2026-02-02T00:00:00.000Z',
            reason: 'no-heating',
          },
          {
            from: '2026-03-09T00:00:00.000Z',
            to: '2026-03-10T00:00:00.000Z',
            reason: 'no-heating',
            note: 'чекаємо тепла',
          },
        ],
        changedHours: [
          {
            from: '2026-03-20T00:00:00.000Z',
            to: '2026-03-20T00:00:00.000Z',
            opens: '12:00',
            closes: '16:00',
          },
        ],
        resilience: { active: true, hours: 'щодня 08:00–22:00' },
      },
      NOW,
    )
    expect(lines.map((line) => line.when)).toEqual(['now', 'coming', 'coming', 'now'])
    expect(lines[0]!.text).toMatch(
      /^Зачинено .*9 березня — .*10 березня \(немає опалення\): чекаємо тепла$/,
    )
    expect(lines[1]!.text).toMatch(/^Змінений графік .*20 березня: 12:00–16:00$/)
    expect(lines[2]!.text).toMatch(/^Зачинено .*1 квітня — .*3 квітня \(ремонт\)$/)
    expect(lines[3]!.text).toBe('Працює як пункт незламності (щодня 08:00–22:00)')
  })

  it('says nothing for a branch working as usual, and skips broken dates', () => {
    expect(statusAtAGlance({}, NOW)).toEqual([])
    expect(
      statusAtAGlance({ closures: [{ from: 'not a date', to: null, reason: 'other' }] }, NOW),
    ).toEqual([])
  })

  it('reads the day in Kyiv: a closure that ended yesterday in Kyiv is past', () => {
    // 11 March 00:30 in Kyiv is still 10 March in UTC.
    const justAfterMidnight = new Date('2026-03-10T22:30:00.000Z')
    expect(
      statusAtAGlance(
        {
          closures: [
            { from: '2026-03-10T00:00:00.000Z', to: '2026-03-10T00:00:00.000Z', reason: 'other' },
          ],
        },
        justAfterMidnight,
      ),
    ).toEqual([])
  })
})
