import { describe, expect, it } from 'vitest'

import { monthlyStatistics, monthTitle } from '@domain/submissions/statistics'

const at = (iso: string) => new Date(iso)

describe('monthlyStatistics', () => {
  it('counts by the Kyiv month a request came in, newest month first', () => {
    const months = monthlyStatistics([
      // 31 October 22:30 UTC is already 1 November in Kyiv (UTC+2 after the clocks go back).
      { kind: 'information-request', receivedAt: at('2026-10-31T22:30:00Z') },
      { kind: 'information-request', receivedAt: at('2026-10-31T21:30:00Z') },
      { kind: 'question', receivedAt: at('2026-12-31T22:00:00Z') },
    ])
    expect(months.map((month) => month.month)).toEqual(['2027-01', '2026-11', '2026-10'])
    expect(months[0]!.question.received).toBe(1)
    expect(months[1]!['information-request'].received).toBe(1)
    expect(months[2]!['information-request'].received).toBe(1)
  })

  it('answered on time means by the deadline in force, the deadline instant included', () => {
    const receivedAt = at('2026-11-02T08:00:00Z')
    const dueAt = at('2026-11-09T21:59:59Z')
    const [month] = monthlyStatistics([
      { kind: 'information-request', receivedAt, dueAt, answeredAt: dueAt },
      { kind: 'information-request', receivedAt, dueAt, answeredAt: at('2026-11-09T22:00:00Z') },
      { kind: 'information-request', receivedAt, dueAt },
      { kind: 'question', receivedAt, answeredAt: at('2026-12-20T10:00:00Z') },
    ])
    expect(month).toEqual({
      month: '2026-11',
      'information-request': { received: 3, answered: 2, answeredOnTime: 1 },
      question: { received: 1, answered: 1, answeredOnTime: 1 },
    })
  })

  it('leaves out offers and page feedback, which have no deadline', () => {
    expect(
      monthlyStatistics([
        { kind: 'partnership', receivedAt: at('2026-11-02T08:00:00Z') },
        { kind: 'page-feedback', receivedAt: at('2026-11-02T08:00:00Z') },
      ]),
    ).toEqual([])
  })
})

describe('monthTitle', () => {
  it('names the month in Ukrainian', () => {
    expect(monthTitle('2026-11')).toBe('листопад 2026')
    expect(monthTitle('2027-01')).toBe('січень 2027')
  })
})
