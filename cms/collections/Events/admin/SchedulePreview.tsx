'use client'

import { useAllFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'

import { occurrences, unmatchedChanges } from '@domain/events/occurrences'
import { validateSchedule } from '@domain/events/validate'
import { formatOccurrenceShort, formatDaySpan } from '@domain/format/eventDates'
import { OCCURRENCE_CHANGES } from '@domain/vocabularies/occurrenceChanges'
import { scheduleFromForm } from './formSchedule'

const NEXT = 10
const YEAR_MS = 366 * 24 * 3600 * 1000

const describe = (key: string | null | undefined) => {
  const date = new Date(key ?? '')
  return Number.isNaN(date.getTime()) ? `«${key ?? ''}»` : formatOccurrenceShort(date)
}

/**
 * «Найближчі дати»: the next ten dates the schedule gives, recomputed as the editor types (before
 * saving), with their per-date changes; the problems a save would refuse; and the per-date
 * changes whose date the schedule no longer has, so the editor can fix or delete them.
 */
export function SchedulePreview() {
  const [fields] = useAllFormFields()
  const { schedule, changes } = useMemo(() => scheduleFromForm(fields), [fields])
  const result = useMemo(() => {
    const now = new Date()
    try {
      const problems = validateSchedule(schedule, changes, now)
      const next = occurrences(schedule, changes, {
        from: now,
        to: new Date(now.getTime() + 2 * YEAR_MS),
      }).slice(0, NEXT)
      return { problems, next, unmatched: unmatchedChanges(schedule, changes) }
    } catch {
      return {
        problems: [{ path: 'rule', message: 'Правило не вдається прочитати.' }],
        next: [],
        unmatched: [],
      }
    }
  }, [schedule, changes])

  return (
    <section
      className="field-type event-schedule-preview"
      aria-labelledby="event-next-dates"
      style={{ marginBottom: '2rem' }}
    >
      <h3 id="event-next-dates" style={{ marginBottom: '0.5rem' }}>
        Найближчі дати (київський час)
      </h3>
      <div aria-live="polite">
        {result.problems.length > 0 && (
          <ul style={{ color: 'var(--theme-error-500)' }}>
            {result.problems.map((problem) => (
              <li key={`${problem.path}${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        )}
        {result.next.length === 0 ? (
          <p>Попереду немає жодної дати.</p>
        ) : (
          <ol>
            {result.next.map((occurrence) => (
              <li key={occurrence.key}>
                {occurrence.span
                  ? formatDaySpan(occurrence.start, occurrence.end)
                  : formatOccurrenceShort(occurrence.start)}
                {occurrence.state !== 'scheduled' &&
                  ` — ${OCCURRENCE_CHANGES[occurrence.state].label.uk.toLowerCase()}`}
                {occurrence.note && ` (${occurrence.note})`}
              </li>
            ))}
          </ol>
        )}
        {result.unmatched.length > 0 && (
          <div role="alert" style={{ color: 'var(--theme-warning-700, #8a5a00)' }}>
            <p>
              <strong>Зміни дат, яких за новими налаштуваннями вже немає</strong> (збережено, на
              сайті не показуються; виправте дату або видаліть зміну):
            </p>
            <ul>
              {result.unmatched.map((change, index) => (
                <li key={`${change.original ?? ''}-${index}`}>
                  {describe(change.original)} —{' '}
                  {change.kind
                    ? OCCURRENCE_CHANGES[change.kind].label.uk.toLowerCase()
                    : 'без типу'}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  )
}
