import { describe, expect, it } from 'vitest'

import {
  findAlertSpanProblem,
  findAlertTextProblem,
  isAlertActive,
} from '@domain/alerts/validateAlert'
import { dismissAlert, dismissedAlerts } from '@site/lib/alertDismissal'
import { shapeAlerts } from '@site/data/shape/pages'

const alert = (overrides: Partial<Parameters<typeof shapeAlerts>[0][number]> = {}) => ({
  id: '1',
  text: 'Сьогодні працюємо до 16:00',
  level: 'info' as const,
  scope: 'network' as const,
  branch: undefined,
  startsAt: '2026-11-29T08:00:00.000Z',
  endsAt: '2026-11-29T14:00:00.000Z',
  ...overrides,
})

/** A session store as the browser's sessionStorage behaves: strings by key. */
function memoryStore() {
  const values = new Map<string, string>()
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  }
}

describe('alerts on the site', () => {
  it('keeps alerts not yet over at build time, the most pressing first', () => {
    const now = new Date('2026-11-29T10:00:00Z')
    const shaped = shapeAlerts(
      [
        alert({ id: 'over', endsAt: '2026-11-29T09:59:59.000Z' }),
        alert({ id: 'info' }),
        alert({ id: 'later', level: 'urgent', startsAt: '2026-11-29T12:00:00.000Z' }),
        alert({ id: 'branch', level: 'warning', scope: 'branch', branch: '7' }),
      ],
      now,
    )
    expect(shaped.map((entry) => [entry.id, entry.levelLabel, entry.branchId])).toEqual([
      ['later', 'Терміново', undefined],
      ['branch', 'Увага', '7'],
      ['info', 'Інформація', undefined],
    ])
  })

  it('shows an alert from its start to just before its end', () => {
    const span = { startsAt: '2026-11-29T08:00:00.000Z', endsAt: '2026-11-29T14:00:00.000Z' }
    expect(isAlertActive(span, new Date('2026-11-29T07:59:59.999Z'))).toBe(false)
    expect(isAlertActive(span, new Date('2026-11-29T08:00:00.000Z'))).toBe(true)
    expect(isAlertActive(span, new Date('2026-11-29T14:00:00.000Z'))).toBe(false)
  })

  it('refuses no end, an end not after the start, a span over 31 days, HTML and long text', () => {
    expect(findAlertSpanProblem('2026-11-29T08:00:00Z', null)).toEqual({ key: 'alertNoEnd' })
    expect(findAlertSpanProblem('2026-11-29T08:00:00Z', '2026-11-29T08:00:00Z')?.key).toBe(
      'alertEndBeforeStart',
    )
    expect(findAlertSpanProblem('2026-11-01T08:00:00Z', '2026-12-03T08:00:00Z')?.key).toBe(
      'alertTooLong',
    )
    expect(findAlertSpanProblem('2026-11-01T08:00:00Z', '2026-11-02T08:00:00Z')).toBeUndefined()
    expect(findAlertTextProblem('Світло є <b>до 18:00</b>')).toEqual({ key: 'alertTextMarkup' })
    expect(findAlertTextProblem('Світло є &amp; Wi-Fi')).toEqual({ key: 'alertTextMarkup' })
    expect(findAlertTextProblem('я'.repeat(501))?.key).toBe('alertTextTooLong')
    expect(findAlertTextProblem('Укриття: 2 < 3 хвилини ходу')).toBeUndefined()
  })

  it('remembers closed alerts for the session, and survives a broken or missing store', () => {
    const store = memoryStore()
    dismissAlert(store, '5:a:b')
    dismissAlert(store, '6:a:b')
    dismissAlert(store, '5:a:b')
    expect([...dismissedAlerts(store)]).toEqual(['6:a:b', '5:a:b'])
    store.setItem('closed-alerts', '{broken')
    expect(dismissedAlerts(store).size).toBe(0)
    expect(dismissedAlerts(undefined).size).toBe(0)
    expect(() => dismissAlert(undefined, 'x')).not.toThrow()
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(() => dismissAlert(full, 'x')).not.toThrow()
  })
})
