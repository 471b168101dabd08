import { label } from '../i18n/label'

/** Why a branch is temporarily closed (a closure spans days, unlike a special day's one reason). */
export const CLOSURE_REASONS = {
  renovation: { label: label('Ремонт', 'Renovation') },
  'no-heating': { label: label('Немає опалення', 'No heating') },
  'air-raid-rules': {
    label: label('Правила роботи під час повітряної тривоги', 'Air-raid alert rules'),
  },
  'sanitary-day': { label: label('Санітарний день', 'Sanitary day') },
  other: { label: label('Інше', 'Other') },
} as const

export type ClosureReason = keyof typeof CLOSURE_REASONS
