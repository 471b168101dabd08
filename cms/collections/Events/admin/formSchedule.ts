import { reduceFieldsToValues } from 'payload/shared'

import type { EventSchedule, OccurrenceChange } from '@domain/events/schedule'
import { buildRule } from '@domain/events/schedule'

type FormState = Parameters<typeof reduceFieldsToValues>[0]

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
    changes?: OccurrenceChange[]
  }
  const schedule = values.schedule ?? {}
  return {
    schedule: { ...schedule, rule: buildRule(schedule) ?? null },
    changes: values.changes ?? [],
  }
}
