import type { ArrayField, Field, GroupField, PayloadRequest } from 'payload'

import { label } from '@domain/i18n/label'
import { message } from '@cms/i18n/messages'
import { isTimeOfDay } from '@domain/opening-hours/time'
import { findHoursProblem, type HoursSpan } from '@domain/opening-hours/validateHours'
import { notBeforeSibling } from '@cms/fields/dateOrder'
import { SANITARY_WEEKS } from '@domain/vocabularies/sanitaryWeeks'
import { SPECIAL_DAY_REASONS } from '@domain/vocabularies/specialDayReasons'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { WEEKDAY_LABELS, WEEKDAYS } from '@domain/vocabularies/weekdays'

const weekdayOptions = WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_LABELS[day] }))

function timeField(name: string, uk: string, en: string, required: boolean): Field {
  return {
    name,
    type: 'text',
    label: label(uk, en),
    required,
    admin: { placeholder: '10:00', width: '25%' },
    validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
      !value || isTimeOfDay(value) ? true : message(req, 'timeFormat'),
  }
}

/** Checks a whole span once all its times are known, reporting on the closing-time field. */
function validateSpanOnClose(
  value: string | null | undefined,
  { siblingData, req }: { siblingData: unknown; req: PayloadRequest },
) {
  const span = siblingData as HoursSpan & { closed?: boolean }
  if (span.closed) return true
  if (value && !isTimeOfDay(value)) return message(req, 'timeFormat')
  if (!span.opens && !value) return message(req, 'hoursRequiredWhenOpen')
  const problem = findHoursProblem({ ...span, closes: value })
  return problem ? message(req, problem.key, problem.vars) : true
}

export const spanFields = (required: boolean): Field[] => [
  {
    type: 'row',
    fields: [
      timeField('opens', 'Відкривається', 'Opens', required),
      {
        ...timeField('closes', 'Зачиняється', 'Closes', required),
        validate: validateSpanOnClose,
      } as Field,
      timeField('breakFrom', 'Перерва з', 'Break from', false),
      timeField('breakTo', 'Перерва до', 'Break until', false),
    ],
  },
]

/** Regular hours, one row per weekday; a weekday without a row is a day off. */
export const weeklyHoursField: ArrayField = {
  name: 'weeklyHours',
  type: 'array',
  label: label('Графік роботи', 'Weekly opening hours'),
  labels: { singular: label('День', 'Day'), plural: label('Дні', 'Days') },
  admin: {
    description: label('День без рядка — вихідний.', 'A weekday without a row is a day off.'),
  },
  validate: (rows: unknown, { req }: { req: PayloadRequest }) => {
    if (!Array.isArray(rows)) return true
    const seen = new Set<string>()
    for (const row of rows as { day?: string }[]) {
      if (!row.day) continue
      if (seen.has(row.day)) {
        const day = WEEKDAY_LABELS[row.day as keyof typeof WEEKDAY_LABELS]?.uk ?? row.day
        return message(req, 'dayRepeated', { day })
      }
      seen.add(row.day)
    }
    return true
  },
  fields: [
    {
      name: 'day',
      type: 'select',
      required: true,
      label: label('День тижня', 'Weekday'),
      options: weekdayOptions,
    },
    ...spanFields(true),
  ],
}

/** The monthly sanitary day, a rule like "last Friday of the month". */
export const sanitaryDayField: GroupField = {
  name: 'sanitaryDay',
  type: 'group',
  label: label('Санітарний день', 'Monthly sanitary day'),
  admin: {
    description: label(
      'Щомісячний день, коли бібліотека зачинена для прибирання.',
      'The monthly day closed for cleaning.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'week',
          type: 'select',
          label: label('Тиждень місяця', 'Week of the month'),
          options: selectOptions(SANITARY_WEEKS),
        },
        {
          name: 'weekday',
          type: 'select',
          label: label('День тижня', 'Weekday'),
          options: weekdayOptions,
        },
      ],
    },
  ],
}

/** Holidays, closures and shortened days that override the weekly hours. */
export const specialDaysField: ArrayField = {
  name: 'specialDays',
  type: 'array',
  label: label('Особливі дні', 'Special days'),
  labels: {
    singular: label('Особливий день', 'Special day'),
    plural: label('Особливі дні', 'Special days'),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          type: 'date',
          required: true,
          label: label('З', 'From'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
        {
          name: 'to',
          type: 'date',
          label: label('По (включно)', 'Until (inclusive)'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
          validate: notBeforeSibling('from'),
        },
        {
          name: 'reason',
          type: 'select',
          label: label('Причина', 'Reason'),
          defaultValue: 'holiday',
          options: selectOptions(SPECIAL_DAY_REASONS),
        },
      ],
    },
    {
      name: 'closed',
      type: 'checkbox',
      label: label('Зачинено весь день', 'Closed all day'),
      defaultValue: true,
    },
    {
      type: 'collapsible',
      label: label('Інший графік цього дня', 'Other hours that day'),
      admin: { condition: (_, sibling) => !sibling?.closed },
      fields: spanFields(false),
    },
    { name: 'note', type: 'text', label: label('Примітка для читачів', 'Note for readers') },
  ],
}
