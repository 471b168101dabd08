import type { ArrayField, Field, GroupField, PayloadRequest, Tab } from 'payload'

import { message } from '@cms/i18n/messages'
import { notBeforeSibling } from '@cms/fields/dateOrder'
import {
  findRangeProblem,
  findStatusLineProblem,
  STATUS_LINE_MAX_LENGTH,
} from '@domain/branch-status/validateStatus'
import { kyivDay } from '@domain/documents/deriveStatus'
import { label } from '@domain/i18n/label'
import { CLOSURE_REASONS } from '@domain/vocabularies/closureReasons'
import { RESILIENCE_FEATURES } from '@domain/vocabularies/resilienceFeatures'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { spanFields } from './hoursFields'

const dayPicker = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } } as const

/** The Kyiv calendar day of a stored date, as the site reads it. */
function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : kyivDay(date)
}

/** Refuses rows whose dates overlap (or run backwards), naming both periods. */
function validateRanges(rows: unknown, { req }: { req: PayloadRequest }): string | true {
  if (!Array.isArray(rows)) return true
  const ranges = (rows as { from?: unknown; to?: unknown }[]).map((row) => ({
    from: dayOf(row.from),
    to: dayOf(row.to),
  }))
  const problem = findRangeProblem(ranges)
  return problem ? message(req, problem.key, problem.vars) : true
}

const rangeRow = (extra: Field[]): Field => ({
  type: 'row',
  fields: [
    {
      name: 'from',
      type: 'date',
      required: true,
      label: label('З', 'From'),
      admin: dayPicker,
    },
    {
      name: 'to',
      type: 'date',
      required: true,
      label: label('По (включно)', 'Until (inclusive)'),
      admin: dayPicker,
      validate: notBeforeSibling('from'),
    },
    ...extra,
  ],
})

/** Temporary closures: every day of the range closed, whatever the hours say. */
export const closuresField: ArrayField = {
  name: 'closures',
  type: 'array',
  label: label('Тимчасові зачинення', 'Temporary closures'),
  labels: {
    singular: label('Зачинення', 'Closure'),
    plural: label('Зачинення', 'Closures'),
  },
  validate: validateRanges,
  fields: [
    rangeRow([
      {
        name: 'reason',
        type: 'select',
        required: true,
        defaultValue: 'other',
        label: label('Причина', 'Reason'),
        options: selectOptions(CLOSURE_REASONS),
      },
    ]),
    { name: 'note', type: 'text', label: label('Примітка для читачів', 'Note for readers') },
  ],
}

/** Temporarily changed hours: they replace the weekly hours on the days the branch opens. */
export const changedHoursField: ArrayField = {
  name: 'changedHours',
  type: 'array',
  label: label('Тимчасово змінений графік', 'Temporarily changed hours'),
  labels: {
    singular: label('Період', 'Period'),
    plural: label('Періоди', 'Periods'),
  },
  admin: {
    description: label(
      'Діє в дні, коли бібліотека зазвичай працює; вихідні лишаються вихідними.',
      'Applies on the days the branch normally opens; days off stay days off.',
    ),
  },
  validate: validateRanges,
  fields: [
    rangeRow([]),
    ...spanFields(true),
    { name: 'note', type: 'text', label: label('Примітка для читачів', 'Note for readers') },
  ],
}

/** «Пункт незламності»: what the branch offers during blackouts, and when. */
export const resilienceField: GroupField = {
  name: 'resilience',
  type: 'group',
  label: label('Пункт незламності', 'Resilience point'),
  fields: [
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: false,
      label: label('Працює як пункт незламності', 'Works as a resilience point'),
    },
    {
      name: 'features',
      type: 'select',
      hasMany: true,
      label: label('Що є', 'What it offers'),
      options: selectOptions(RESILIENCE_FEATURES),
      admin: { condition: (_, sibling) => Boolean(sibling?.active) },
    },
    {
      type: 'row',
      admin: { condition: (_, sibling) => Boolean(sibling?.active) },
      fields: [
        {
          name: 'chargingPlaces',
          type: 'number',
          min: 0,
          max: 500,
          label: label('Місць для заряджання', 'Charging places'),
        },
        {
          name: 'hours',
          type: 'text',
          maxLength: 120,
          label: label('Години роботи пункту', 'Hours as a resilience point'),
          admin: { placeholder: 'щодня 08:00–22:00' },
        },
      ],
    },
  ],
}

/** The nearest shelter, where relevant. */
export const shelterField: GroupField = {
  name: 'shelter',
  type: 'group',
  label: label('Укриття поблизу', 'Shelter nearby'),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', maxLength: 200, label: label('Адреса', 'Address') },
        {
          name: 'distance',
          type: 'number',
          min: 0,
          max: 5000,
          label: label('Відстань, м', 'Distance, m'),
        },
      ],
    },
  ],
}

/** One short plain-text line for today («Сьогодні працюємо від генератора»). */
export const statusLineField: Field = {
  name: 'statusLine',
  type: 'textarea',
  maxLength: STATUS_LINE_MAX_LENGTH,
  label: label('Стан на сьогодні', 'Status today'),
  admin: {
    description: label(
      `Коротко, звичайним текстом, до ${STATUS_LINE_MAX_LENGTH} символів.`,
      `Short plain text, at most ${STATUS_LINE_MAX_LENGTH} characters.`,
    ),
  },
  validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) => {
    if (!value) return true
    const problem = findStatusLineProblem(value)
    return problem ? message(req, problem.key, problem.vars) : true
  },
}

/**
 * The branch's current status. It lives on the branch itself, not beside it: the branch editor's
 * access (own branch only) and the drafts and versions come with it, and the site already reads
 * every published branch.
 */
export const statusTab: Tab = {
  label: label('Стан і незламність', 'Status and resilience'),
  fields: [statusLineField, closuresField, changedHoursField, resilienceField, shelterField],
}
