import { label } from '../i18n/label'

/**
 * Kinds of official documents in the register. `register` says what the register needs before
 * one is published (domain/editorial-checks): `numbered` a number and a date of adoption (an
 * order or statute cannot be cited without them), `term` a term of validity (a programme);
 * reports and «other» need neither.
 */
export const DOCUMENT_TYPES = {
  programme: { label: label('Програма', 'Programme'), register: 'term' },
  statute: { label: label('Статут', 'Statute'), register: 'numbered' },
  regulation: { label: label('Положення', 'Regulation'), register: 'numbered' },
  rules: { label: label('Правила', 'Rules'), register: 'numbered' },
  order: { label: label('Наказ', 'Order'), register: 'numbered' },
  plan: { label: label('План', 'Plan'), register: 'numbered' },
  report: { label: label('Звіт', 'Report'), register: undefined },
  other: { label: label('Інше', 'Other'), register: undefined },
} as const

export type DocumentType = keyof typeof DOCUMENT_TYPES
