import { label } from '../i18n/label'

/** Why a branch keeps other hours or closes on a given day. */
export const SPECIAL_DAY_REASONS = {
  holiday: { label: label('Святковий день', 'Public holiday') },
  sanitary: { label: label('Санітарний день', 'Sanitary day') },
  event: { label: label('Захід', 'Event') },
  other: { label: label('Інше', 'Other') },
} as const

export type SpecialDayReason = keyof typeof SPECIAL_DAY_REASONS
