import { describe, expect, it } from 'vitest'

import {
  alertsForPage,
  isNewerThanPage,
  parseLiveStatus,
  scheduleWithLive,
  type LiveStatus,
} from '@domain/branch-status/liveBundle'
import { describeStatus } from '@domain/opening-hours/describeStatus'
import { openStatus } from '@domain/opening-hours/openStatus'
import type { Schedule } from '@domain/opening-hours/schedule'
import { kyivInstant } from '@domain/time/kyivTime'

// A bundle written at 10:05 Kyiv time on Monday 7 December 2026, after a page built at 09:00.
const bundle: LiveStatus = {
  generatedAt: kyivInstant('2026-12-07', '10:05').toISOString(),
  timeZone: 'Europe/Kyiv',
  alerts: [
    {
      id: '1',
      level: 'urgent',
      levelLabel: 'Терміново',
      branch: null,
      text: 'Повітряна тривога: бібліотеки зачинено до відбою.',
      startsAt: kyivInstant('2026-12-07', '10:00').toISOString(),
      endsAt: kyivInstant('2026-12-07', '14:00').toISOString(),
    },
    {
      id: '2',
      level: 'info',
      levelLabel: 'Інформація',
      branch: 'chokolivka',
      text: 'Сьогодні працює генератор.',
      startsAt: kyivInstant('2026-12-07', '08:00').toISOString(),
      endsAt: kyivInstant('2026-12-08', '08:00').toISOString(),
    },
  ],
  branches: [
    {
      slug: 'chokolivka',
      name: 'Бібліотека-хаб «Чоколівка»',
      statusLine: 'Немає опалення',
      closures: [
        {
          from: '2026-12-07',
          to: '2026-12-08',
          endsAt: kyivInstant('2026-12-09').toISOString(),
          reason: 'no-heating',
          reasonLabel: 'Немає опалення',
          note: null,
        },
      ],
      changedHours: [],
    },
  ],
}

const weekdays: Schedule = {
  weekly: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => [
      day,
      { opens: '10:00', closes: '18:00' },
    ]),
  ),
  specialDays: [],
  closures: [],
  changedHours: [],
}

describe('the live status bundle', () => {
  it('counts only when written after the page was built', () => {
    expect(isNewerThanPage(bundle, kyivInstant('2026-12-07', '09:00').toISOString())).toBe(true)
    expect(isNewerThanPage(bundle, kyivInstant('2026-12-07', '10:06').toISOString())).toBe(false)
    expect(isNewerThanPage(bundle, 'not a date')).toBe(false)
  })

  it('gives every page the network-wide alerts and a branch page its own as well', () => {
    expect(alertsForPage(bundle).map((alert) => alert.id)).toEqual(['1'])
    expect(alertsForPage(bundle, 'chokolivka').map((alert) => alert.id)).toEqual(['1', '2'])
    expect(alertsForPage(bundle, 'insha').map((alert) => alert.id)).toEqual(['1'])
  })

  it('closes a branch in "open now" when a closure was saved after the build', () => {
    const now = kyivInstant('2026-12-07', '11:00')
    expect(openStatus(weekdays, now).state).toBe('open')
    const live = scheduleWithLive(weekdays, bundle.branches[0]!)
    expect(openStatus(live, now).state).toBe('closed')
    expect(describeStatus(openStatus(live, now)).label).toBe('Тимчасово зачинено')
    // The weekly hours stay: the day after the closure the branch opens as usual.
    expect(openStatus(live, kyivInstant('2026-12-09', '11:00')).state).toBe('open')
  })

  it('refuses a malformed or foreign file', () => {
    expect(parseLiveStatus(JSON.parse(JSON.stringify(bundle)))).toEqual(bundle)
    expect(parseLiveStatus(null)).toBeUndefined()
    expect(parseLiveStatus({ generatedAt: 1, alerts: [], branches: [] })).toBeUndefined()
    expect(
      parseLiveStatus({ ...bundle, alerts: [{ ...bundle.alerts[0], level: 'panic' }] }),
    ).toBeUndefined()
    expect(parseLiveStatus({ ...bundle, branches: [{ slug: 'x' }] })).toBeUndefined()
  })
})
