export type State = 'published' | 'draft' | 'changed'

export const STATE: Record<State, { text: string; color: string }> = {
  published: { text: 'Опубліковано', color: 'var(--theme-success-500)' },
  draft: { text: 'Чернетка', color: 'var(--theme-elevation-500)' },
  changed: { text: 'Змінено після публікації', color: 'var(--theme-warning-500)' },
}

/** The publication state of a row as Payload works it out (`_displayStatus` knows «changed»). */
export function rowState(row: { _status?: unknown; _displayStatus?: unknown }): State {
  const value = row._displayStatus ?? row._status
  return value === 'published' || value === 'changed' ? value : 'draft'
}
