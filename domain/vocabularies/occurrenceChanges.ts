import { label } from '../i18n/label'

/**
 * What an editor can do to one date of an event without touching the others. `note` only adds a
 * note; `moved` takes a new time or place from the change.
 */
export const OCCURRENCE_CHANGES = {
  cancelled: { label: label('Скасовано', 'Cancelled') },
  moved: { label: label('Перенесено (час або місце)', 'Moved (time or place)') },
  full: { label: label('Місць немає', 'Full') },
  note: { label: label('Лише примітка', 'Note only') },
} as const

export type OccurrenceChangeKind = keyof typeof OCCURRENCE_CHANGES
