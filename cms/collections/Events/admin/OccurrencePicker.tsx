'use client'

import type { TextFieldClientComponent } from 'payload'
import { FieldError, FieldLabel, useAllFormFields, useField } from '@payloadcms/ui'
import { useMemo } from 'react'

import { occurrences } from '@domain/events/occurrences'
import { formatDaySpan, formatOccurrenceShort } from '@domain/format/eventDates'
import { scheduleFromForm } from './formSchedule'

const DAY_MS = 24 * 3600 * 1000
/** Dates offered: from a month back (to mark a recent one) to a year and a half ahead. */
const BACK = 31 * DAY_MS
const AHEAD = 550 * DAY_MS
const MAX_OPTIONS = 300

/**
 * The date a per-date change applies to, picked from the dates the schedule gives now. The
 * stored value is the date's original start (`toISOString()`), the key registrations use too;
 * a value the schedule no longer gives stays selected and is marked.
 */
export const OccurrencePicker: TextFieldClientComponent = ({ path, field }) => {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const [fields] = useAllFormFields()
  const options = useMemo(() => {
    const { schedule } = scheduleFromForm(fields)
    const now = Date.now()
    try {
      return occurrences(schedule, [], {
        from: new Date(now - BACK),
        to: new Date(now + AHEAD),
      })
        .slice(0, MAX_OPTIONS)
        .map((occurrence) => ({
          value: occurrence.key,
          label: occurrence.span
            ? formatDaySpan(occurrence.start, occurrence.end)
            : formatOccurrenceShort(occurrence.start),
        }))
    } catch {
      return []
    }
  }, [fields])
  const known = !value || options.some((option) => option.value === value)
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type select" style={{ marginBottom: '1rem' }}>
      <FieldLabel htmlFor={id} label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => setValue(event.target.value)}
        style={{ width: '100%', padding: '0.5rem' }}
      >
        <option value="">— виберіть дату —</option>
        {!known && (
          <option value={value}>
            {`${Number.isNaN(new Date(value).getTime()) ? value : formatOccurrenceShort(new Date(value))} — цієї дати вже немає в розкладі`}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
