import type { DefaultServerCellComponentProps } from 'payload'

import { rowOf, type TranslationState } from './translationStatus'

/** What the list says of each state, and the colour of its mark (as the publication badge). */
export const TRANSLATION_TEXT: Record<TranslationState, { text: string; color: string }> = {
  missing: { text: 'немає', color: 'var(--theme-elevation-400)' },
  current: { text: 'актуальна', color: 'var(--theme-success-500)' },
  outdated: { text: 'застаріла: українську змінено пізніше', color: 'var(--theme-warning-500)' },
}

/**
 * The list view's «Англійська версія» column (issue #16): none, current, or out of date (the
 * Ukrainian text changed after the English one was last saved), as the row itself stores it: no
 * query per row.
 */
export function TranslationCell({ rowData }: DefaultServerCellComponentProps) {
  const row = rowData?.id === undefined ? undefined : rowOf(rowData as never, 'id')
  if (!row) return null
  const { text, color } = TRANSLATION_TEXT[row.state]
  return (
    <span
      data-testid="translation-state"
      data-state={row.state}
      style={{ borderLeft: `4px solid ${color}`, paddingLeft: '0.35rem' }}
    >
      {text}
    </span>
  )
}
