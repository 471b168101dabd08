import type { ArrayField, Field, GroupField } from 'payload'

import { label } from '@domain/i18n/label'
import { OCCURRENCE_CHANGES } from '@domain/vocabularies/occurrenceChanges'
import {
  EVENT_FREQUENCIES,
  EVENT_SCHEDULE_KINDS,
  MONTH_WEEK_ORDINALS,
} from '@domain/vocabularies/eventScheduleKinds'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { WEEKDAY_LABELS, WEEKDAYS } from '@domain/vocabularies/weekdays'

type Siblings = { kind?: string; frequency?: string }
const when =
  (...kinds: string[]) =>
  (_data: unknown, siblings: Siblings): boolean =>
    kinds.includes(siblings?.kind ?? 'single')
const whenRule =
  (frequency: string) =>
  (_data: unknown, siblings: Siblings): boolean =>
    siblings?.kind === 'rule' && (siblings.frequency ?? 'weekly') === frequency

const WEEKDAY_OPTIONS = WEEKDAYS.map((value) => ({ value, label: WEEKDAY_LABELS[value] }))

/** A Kyiv day typed as YYYY-MM-DD: the format is checked with the rest of the dates on save. */
const dayField = (name: string, uk: string, en: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'text',
    label: label(uk, en),
    admin: { placeholder: 'РРРР-ММ-ДД', width: '33%' },
    ...extra,
  }) as Field

const timeField = (name: string, uk: string, en: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'text',
    label: label(uk, en),
    admin: { placeholder: 'ГГ:ХХ', width: '33%' },
    ...extra,
  }) as Field

const extraDatesField = (name: string, uk: string, en: string, condition: ArrayField['admin']) =>
  ({
    name,
    type: 'array',
    label: label(uk, en),
    labels: { singular: label('Дата', 'Date'), plural: label('Дати', 'Dates') },
    admin: { initCollapsed: false, ...condition },
    fields: [
      {
        type: 'row',
        fields: [
          dayField('date', 'Дата', 'Date', { required: true }),
          timeField('startTime', 'Початок (якщо інший)', 'Start (if different)'),
          timeField('endTime', 'Кінець (якщо інший)', 'End (if different)'),
        ],
      },
    ],
  }) satisfies ArrayField

/**
 * When the event happens, in Kyiv wall time: one date, several dates, a rule (weekly on given
 * weekdays, every N weeks, monthly on the Nth weekday, until a day or N times) with excluded and
 * added dates, or a period with opening hours. `rule` keeps the RFC 5545 text, written on save.
 */
export const scheduleField: GroupField = {
  name: 'schedule',
  type: 'group',
  label: label('Дати', 'Dates'),
  admin: {
    description: label(
      'Час — київський. Дати записуйте як РРРР-ММ-ДД, час — як ГГ:ХХ.',
      'Kyiv time. Write dates as YYYY-MM-DD and times as HH:MM.',
    ),
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'single',
      label: label('Як задано дати', 'How the dates are given'),
      options: selectOptions(EVENT_SCHEDULE_KINDS),
    },
    {
      type: 'row',
      fields: [
        dayField('date', 'Дата (перша дата, день відкриття)', 'Date (first date, opening day)', {
          required: true,
        }),
        timeField('startTime', 'Початок', 'Start'),
        timeField('endTime', 'Кінець', 'End'),
      ],
    },
    {
      type: 'row',
      admin: { condition: when('span') },
      fields: [dayField('endDate', 'Останній день', 'Last day')],
    },
    extraDatesField('dates', 'Інші дати', 'Other dates', { condition: when('dates') }),
    {
      type: 'row',
      admin: { condition: when('rule') },
      fields: [
        {
          name: 'frequency',
          type: 'select',
          defaultValue: 'weekly',
          label: label('Частота', 'Frequency'),
          options: selectOptions(EVENT_FREQUENCIES),
          admin: { width: '50%' },
        },
        {
          name: 'interval',
          type: 'number',
          min: 1,
          max: 52,
          defaultValue: 1,
          label: label('Кожні N тижнів / місяців', 'Every N weeks / months'),
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'weekdays',
      type: 'select',
      hasMany: true,
      label: label('Дні тижня', 'Weekdays'),
      options: WEEKDAY_OPTIONS,
      admin: {
        condition: whenRule('weekly'),
        description: label(
          'Порожньо — той самий день тижня, що й перша дата.',
          'Empty: the weekday of the first date.',
        ),
      },
    },
    {
      type: 'row',
      admin: { condition: whenRule('monthly') },
      fields: [
        {
          name: 'monthWeek',
          type: 'select',
          label: label('Котрий', 'Which'),
          options: selectOptions(MONTH_WEEK_ORDINALS),
          admin: { width: '50%' },
        },
        {
          name: 'monthWeekday',
          type: 'select',
          label: label('День тижня', 'Weekday'),
          options: WEEKDAY_OPTIONS,
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: when('rule') },
      fields: [
        dayField('until', 'До дати (включно)', 'Until (inclusive)', {
          admin: { placeholder: 'РРРР-ММ-ДД', width: '50%' },
        }),
        {
          name: 'count',
          type: 'number',
          min: 1,
          label: label('Або кількість разів', 'Or number of times'),
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'excludedDates',
      type: 'text',
      hasMany: true,
      label: label('Виключені дати (РРРР-ММ-ДД)', 'Excluded dates (YYYY-MM-DD)'),
      admin: { condition: when('rule') },
    },
    extraDatesField('addedDates', 'Додаткові дати', 'Added dates', { condition: when('rule') }),
    {
      name: 'rule',
      // Two lines (DTSTART and RRULE): a textarea, which may hold a line break.
      type: 'textarea',
      label: label('Правило (RFC 5545)', 'Rule (RFC 5545)'),
      admin: {
        readOnly: true,
        condition: when('rule'),
        description: label(
          'Записується автоматично з полів вище; так подію читають календарі.',
          'Written from the fields above; calendars read the event so.',
        ),
      },
    },
    {
      name: 'preview',
      type: 'ui',
      label: label('Найближчі дати', 'Next dates'),
      admin: {
        components: { Field: '/collections/Events/admin/SchedulePreview#SchedulePreview' },
      },
    },
  ],
}

/**
 * Changes to single dates, keyed by the date's original start (`toISOString()`), so that an
 * edited rule keeps every change whose date still exists.
 */
export const changesField: ArrayField = {
  name: 'changes',
  type: 'array',
  label: label('Зміни окремих дат', 'Changes to single dates'),
  labels: { singular: label('Зміна', 'Change'), plural: label('Зміни', 'Changes') },
  admin: {
    description: label(
      'Скасування, перенесення, «місць немає» або примітка для однієї дати; решта дат не змінюється.',
      'Cancel, move, mark full or add a note to one date; the other dates stay as they are.',
    ),
  },
  fields: [
    {
      name: 'original',
      type: 'text',
      required: true,
      label: label('Дата', 'Date'),
      admin: {
        components: { Field: '/collections/Events/admin/OccurrencePicker#OccurrencePicker' },
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'cancelled',
      label: label('Що змінилося', 'What changed'),
      options: selectOptions(OCCURRENCE_CHANGES),
    },
    {
      type: 'row',
      admin: {
        condition: (_data, siblings: { kind?: string }) => siblings?.kind === 'moved',
      },
      fields: [
        dayField('date', 'Нова дата', 'New date'),
        timeField('startTime', 'Новий початок', 'New start'),
        timeField('endTime', 'Новий кінець', 'New end'),
      ],
    },
    {
      name: 'place',
      type: 'text',
      maxLength: 300,
      label: label('Нове місце', 'New place'),
      admin: {
        condition: (_data, siblings: { kind?: string }) => siblings?.kind === 'moved',
        // A web address here moves the date online (schema.org EventMovedOnline, the calendar's place).
        description: label(
          'Зала, адреса або, якщо зустріч перенесено онлайн, посилання на неї (https://…).',
          'A room, an address or, for a date moved online, its link (https://…).',
        ),
      },
    },
    {
      name: 'note',
      type: 'text',
      maxLength: 300,
      label: label('Примітка для читачів', 'Note for readers'),
    },
  ],
}
