import { label } from '../i18n/label'

/** Kinds of official documents in the register. */
export const DOCUMENT_TYPES = {
  programme: { label: label('Програма', 'Programme') },
  statute: { label: label('Статут', 'Statute') },
  regulation: { label: label('Положення', 'Regulation') },
  rules: { label: label('Правила', 'Rules') },
  order: { label: label('Наказ', 'Order') },
  plan: { label: label('План', 'Plan') },
  report: { label: label('Звіт', 'Report') },
  other: { label: label('Інше', 'Other') },
} as const

export type DocumentType = keyof typeof DOCUMENT_TYPES
