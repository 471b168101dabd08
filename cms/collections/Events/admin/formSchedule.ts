import { reduceFieldsToValues } from 'payload/shared'

import type { EventSchedule, OccurrenceChange } from '@domain/events/schedule'
import { buildRule } from '@domain/events/schedule'

type FormState = Parameters<typeof reduceFieldsToValues>[0]

/**
 * An array field's value in the form: Payload keeps an empty array as its row count (0) in the
 * form state (only arrays with rows are left out of the values and rebuilt from their rows), so a
 * new event's «Інші дати» or «Зміни окремих дат» arrive as 0, not [].
 */
const rowsOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])

/**
 * The schedule and changes as the editor has typed them so far (unsaved), with the rule text
 * rebuilt from the fields: what the admin's previews compute from.
 */
export function scheduleFromForm(fields: FormState): {
  schedule: EventSchedule
  changes: OccurrenceChange[]
} {
  const values = reduceFieldsToValues(fields, true) as {
    schedule?: EventSchedule
    changes?: unknown
  }
  const typed = values.schedule ?? {}
  const schedule: EventSchedule = {
    ...typed,
    dates: rowsOf(typed.dates),
    addedDates: rowsOf(typed.addedDates),
  }
  return {
    schedule: { ...schedule, rule: buildRule(schedule) ?? null },
    changes: rowsOf<OccurrenceChange>(values.changes),
  }
}
