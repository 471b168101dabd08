import type { Payload, TypedUser } from 'payload'

import { env } from '@cms/config/env'
import { isPreviewable, pagePathOf } from '@cms/preview/pagePath'
import { liveUrl } from './liveUrl'
import { when } from './when'

type Props = {
  id?: number | string
  collectionSlug?: string
  payload: Payload
  user?: TypedUser | null
}

/**
 * «Переглянути на сайті» in the edit view's sidebar: the live page of the published version and
 * when it was last published. Read as the signed-in user; a draft never published gets a note.
 */
export async function LiveLink({ id, collectionSlug, payload, user }: Props) {
  if (id === undefined || !collectionSlug || !isPreviewable(collectionSlug) || !user) return null
  const as = { user: { ...user, collection: 'users' } as TypedUser, overrideAccess: false }
  const live = await payload
    .findByID({ collection: collectionSlug, id, depth: 0, draft: false, ...as })
    .catch(() => null)
  if (!live || (live as { _status?: string })._status !== 'published') {
    return (
      <div data-testid="live-link" style={{ marginBottom: '1.5rem' }}>
        <p style={{ margin: 0 }}>Ще не опубліковано: на сайті цього немає.</p>
      </div>
    )
  }
  const versions = await payload.findVersions({
    collection: collectionSlug,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    ...as,
  })
  const lastPublished = versions.docs[0]?.updatedAt
  const url = liveUrl(env.SITE_URL, await pagePathOf(payload, collectionSlug, live))
  return (
    <div data-testid="live-link" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: '0 0 0.25rem' }}>
        <a href={url} target="_blank" rel="noopener noreferrer">
          Переглянути на сайті
          <span style={{ position: 'absolute', left: '-10000px' }}>
            {' '}
            (відкриється в новій вкладці)
          </span>
        </a>
      </p>
      <p style={{ margin: 0, color: 'var(--theme-elevation-650)' }}>
        Востаннє опубліковано: {when(lastPublished)}
      </p>
    </div>
  )
}
