import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { buildRule, type EventSchedule, type OccurrenceChange } from '@domain/events/schedule'
import { validateSchedule } from '@domain/events/validate'

type EventData = { schedule?: EventSchedule | null; changes?: OccurrenceChange[] | null }

/** Path of a schedule problem in the document: `changes.…` are top-level, the rest in `schedule`. */
const pathOf = (path: string) => (path.startsWith('changes.') ? path : `schedule.${path}`)

/**
 * Checks the event's dates and changes as a whole (with Ukrainian messages) and writes the rule's
 * RFC 5545 text from the editor's fields. Drafts are checked too: a draft with impossible dates
 * would only fail later, when it is published.
 */
export const checkSchedule: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const saved = (data ?? {}) as EventData
  const stored = (originalDoc ?? {}) as EventData
  const schedule: EventSchedule = { ...(stored.schedule ?? {}), ...(saved.schedule ?? {}) }
  const changes = saved.changes ?? stored.changes ?? []
  // The stored text follows the fields: never validate against a stale rule.
  const rule = buildRule(schedule) ?? null
  const current = { ...schedule, rule }
  const problems = validateSchedule(current, changes, new Date())
  if (problems.length > 0)
    throw new ValidationError(
      {
        errors: problems.map((problem) => ({
          path: pathOf(problem.path),
          message: problem.message,
        })),
      },
      req.t,
    )
  if (data) data.schedule = current
  return data
}
