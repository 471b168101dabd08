import { describe, expect, it } from 'vitest'

import { documentTimeStates } from '@site/lib/documentTimeStates'
import {
  evaluateTimeRule,
  nextTimeChange,
  readTimeRule,
  recheckDelay,
  timeAttributes,
} from '@site/lib/timeAware'

const at = (iso: string) => Date.parse(iso)

describe('time-aware elements', () => {
  const until = { visibleUntil: '2026-11-29T22:00:00.000Z' }
  const window = {
    visibleFrom: '2026-12-01T08:00:00+02:00',
    visibleUntil: '2026-12-01T18:00:00+02:00',
  }

  it('hides an element from its visible-until instant on, not a millisecond before', () => {
    const rule = readTimeRule(until)!
    expect(evaluateTimeRule(rule, at('2026-11-29T21:59:59.999Z')).hidden).toBe(false)
    expect(evaluateTimeRule(rule, at('2026-11-29T22:00:00.000Z')).hidden).toBe(true)
  })

  it('shows an element only between visible-from and visible-until', () => {
    const rule = readTimeRule(window)!
    expect(evaluateTimeRule(rule, at('2026-12-01T05:59:59Z')).hidden).toBe(true)
    expect(evaluateTimeRule(rule, at('2026-12-01T06:00:00Z')).hidden).toBe(false)
    expect(evaluateTimeRule(rule, at('2026-12-01T16:00:00Z')).hidden).toBe(true)
  })

  it('takes the last state whose time has come, whatever their order in the attribute', () => {
    const rule = readTimeRule({
      timeStates: JSON.stringify([
        { from: '2026-12-01T00:00:00+02:00', text: 'Утратив чинність', state: 'expired' },
        { text: 'Ще не набрав чинності', state: 'pending' },
        { from: '2026-11-01T00:00:00+02:00', text: 'Чинний', state: 'in-force' },
      ]),
    })!
    expect(evaluateTimeRule(rule, at('2026-10-31T21:59:59Z')).state).toEqual({
      text: 'Ще не набрав чинності',
      state: 'pending',
    })
    expect(evaluateTimeRule(rule, at('2026-10-31T22:00:00Z')).state?.state).toBe('in-force')
    expect(evaluateTimeRule(rule, at('2026-11-30T22:00:00Z')).state?.text).toBe('Утратив чинність')
  })

  it('leaves the built text alone before the first dated state when there is no undated one', () => {
    const rule = readTimeRule({
      timeStates: JSON.stringify([{ from: '2026-12-01T00:00:00Z', text: 'Зачинено' }]),
    })!
    expect(evaluateTimeRule(rule, at('2026-11-30T00:00:00Z')).state).toBeUndefined()
  })

  it('ignores unreadable instants and states rather than hiding or breaking the page', () => {
    expect(readTimeRule({ visibleUntil: 'завтра' })).toBeUndefined()
    expect(readTimeRule({ timeStates: '{not json' })).toBeUndefined()
    expect(
      readTimeRule({ timeStates: JSON.stringify([{ from: 'вчора', text: 'x' }, { text: 5 }]) }),
    ).toBeUndefined()
    expect(readTimeRule({})).toBeUndefined()
  })

  it('plans the next check at the next change, a minute at most', () => {
    const rules = [readTimeRule(until)!, readTimeRule(window)!]
    const now = at('2026-11-29T21:59:30Z')
    expect(nextTimeChange(rules, now)).toBe(at('2026-11-29T22:00:00Z'))
    expect(recheckDelay(rules, now)).toBe(30_050)
    expect(recheckDelay(rules, at('2026-11-29T12:00:00Z'))).toBe(60_000)
    expect(nextTimeChange(rules, at('2026-12-02T00:00:00Z'))).toBeUndefined()
  })

  it('renders the attributes with the build-time state, hidden when already over', () => {
    const built = timeAttributes(
      { visibleUntil: new Date('2026-11-29T22:00:00Z') },
      new Date('2026-11-30T08:00:00Z'),
    )
    expect(built.attributes).toMatchObject({
      'data-visible-until': '2026-11-29T22:00:00.000Z',
      hidden: true,
    })
    const current = timeAttributes(
      { visibleUntil: new Date('2026-11-29T22:00:00Z') },
      new Date('2026-11-29T08:00:00Z'),
    )
    expect(current.attributes.hidden).toBeUndefined()
  })
})

describe('document status in time', () => {
  const doc = {
    status: 'in-force' as const,
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2026-11-28T00:00:00.000Z',
  }

  it('turns «Чинний» into «Утратив чинність» when the last day ends in Kyiv', () => {
    const states = documentTimeStates(doc)!
    const rendered = timeAttributes({ states }, new Date('2026-11-28T21:00:00Z'))
    expect(rendered.text).toBe('Чинний')
    const rule = readTimeRule({ timeStates: rendered.attributes['data-time-states'] as string })!
    expect(evaluateTimeRule(rule, at('2026-11-28T21:59:59Z')).state?.state).toBe('in-force')
    expect(evaluateTimeRule(rule, at('2026-11-28T22:00:00Z')).state).toEqual({
      text: 'Утратив чинність',
      state: 'expired',
    })
  })

  it('does not change a status an editor set by hand', () => {
    expect(documentTimeStates({ ...doc, status: 'repealed' })).toBeUndefined()
    expect(documentTimeStates({ status: 'in-force' })).toBeUndefined()
  })
})
