import type { DefaultServerCellComponentProps } from 'payload'

import { isPreviewable } from '@cms/preview/pagePath'
import { rowState, STATE } from './state'
import { when } from './when'

/**
 * The list view's badge: published, draft, changed since publishing, and when a publication is
 * scheduled. Pending schedule jobs are read by the server (Payload closes the jobs collection to
 * API users); they carry only the document reference and the time.
 */
export async function StateCell({
  rowData,
  collectionSlug,
  payload,
}: DefaultServerCellComponentProps) {
  const row = (rowData ?? {}) as {
    id?: number | string
    _status?: unknown
    _displayStatus?: unknown
  }
  const state = STATE[rowState(row)]
  const next =
    row.id !== undefined && isPreviewable(collectionSlug)
      ? (
          await payload.find({
            collection: 'payload-jobs',
            where: {
              and: [
                { taskSlug: { equals: 'schedulePublish' } },
                { completedAt: { exists: false } },
                { 'input.doc.relationTo': { equals: collectionSlug } },
                { 'input.doc.value': { equals: String(row.id) } },
              ],
            },
            sort: 'waitUntil',
            limit: 1,
            depth: 0,
            overrideAccess: true,
          })
        ).docs[0]
      : undefined
  const action =
    (next?.input as { type?: string } | undefined)?.type === 'unpublish' ? 'зняття' : 'публікація'
  return (
    <span
      data-testid="state-badge"
      style={{ display: 'inline-flex', gap: '0.35rem', flexWrap: 'wrap' }}
    >
      <span style={{ borderLeft: `4px solid ${state.color}`, paddingLeft: '0.35rem' }}>
        {state.text}
      </span>
      {next ? (
        <span
          style={{ borderLeft: '4px solid var(--theme-elevation-800)', paddingLeft: '0.35rem' }}
        >
          Заплановано: {action} {when(next.waitUntil)}
        </span>
      ) : null}
    </span>
  )
}
