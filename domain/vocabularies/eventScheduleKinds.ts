import { label } from '../i18n/label'

/** How an event's dates are given. */
export const EVENT_SCHEDULE_KINDS = {
  single: { label: label('Одна дата', 'Single date') },
  dates: { label: label('Кілька дат', 'Several dates') },
  rule: { label: label('Регулярно (правило)', 'Recurring (rule)') },
  span: { label: label('Період (виставка)', 'Period (exhibition)') },
} as const

export type EventScheduleKind = keyof typeof EVENT_SCHEDULE_KINDS

/** Frequencies an editor can pick for a rule. */
export const EVENT_FREQUENCIES = {
  weekly: { label: label('Щотижня (або раз на кілька тижнів)', 'Weekly (or every N weeks)') },
  monthly: { label: label('Щомісяця, у певний день тижня', 'Monthly on the Nth weekday') },
} as const

export type EventFrequency = keyof typeof EVENT_FREQUENCIES

/** Which weekday of the month: first … fourth, or the last. Keys are RFC 5545 BYDAY ordinals. */
export const MONTH_WEEK_ORDINALS = {
  '1': { label: label('Перший (перша, перше)', 'First') },
  '2': { label: label('Другий', 'Second') },
  '3': { label: label('Третій', 'Third') },
  '4': { label: label('Четвертий', 'Fourth') },
  '-1': { label: label('Останній', 'Last') },
} as const

export type MonthWeekOrdinal = keyof typeof MONTH_WEEK_ORDINALS
