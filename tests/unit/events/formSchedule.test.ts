import { describe, expect, it } from 'vitest'

import { scheduleFromForm } from '@cms/collections/Events/admin/formSchedule'
import { occurrences } from '@domain/events/occurrences'
import { validateSchedule } from '@domain/events/validate'

type FormState = Parameters<typeof scheduleFromForm>[0]

/** A field as Payload's form state holds it; arrays with rows are marked out of the form data. */
const field = (value: unknown, disableFormData = false) => ({
  value,
  initialValue: value,
  valid: true,
  ...(disableFormData ? { disableFormData } : {}),
})

const NOW = new Date('2026-11-29T12:00:00Z')
const YEAR_AHEAD = { from: NOW, to: new Date('2027-11-29T12:00:00Z') }

describe('the schedule the admin previews, read from the edit form', () => {
  it('reads a new event, whose empty arrays Payload keeps as a row count of 0', () => {
    const form = {
      'schedule.kind': field('single'),
      'schedule.date': field('2026-12-02'),
      'schedule.startTime': field('16:00'),
      'schedule.endTime': field('17:30'),
      'schedule.dates': field(0),
      'schedule.addedDates': field(0),
      changes: field(0),
    } as unknown as FormState
    const { schedule, changes } = scheduleFromForm(form)
    expect(schedule.dates).toEqual([])
    expect(changes).toEqual([])
    expect(validateSchedule(schedule, changes, NOW)).toEqual([])
    expect(occurrences(schedule, changes, YEAR_AHEAD).map((o) => o.start.toISOString())).toEqual([
      '2026-12-02T14:00:00.000Z',
    ])
  })

  it('reads arrays that have rows from the rows themselves', () => {
    const form = {
      'schedule.kind': field('dates'),
      'schedule.date': field('2026-12-02'),
      'schedule.startTime': field('16:00'),
      'schedule.dates': field(2, true),
      'schedule.dates.0.date': field('2026-12-09'),
      'schedule.dates.1.date': field('2026-12-16'),
      'schedule.addedDates': field(0),
      changes: field(0),
    } as unknown as FormState
    const { schedule, changes } = scheduleFromForm(form)
    expect(schedule.dates?.map((d) => d.date)).toEqual(['2026-12-09', '2026-12-16'])
    expect(occurrences(schedule, changes, YEAR_AHEAD)).toHaveLength(3)
  })
})
