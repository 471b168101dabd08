import type { CollectionConfig } from 'payload'

import { env } from '../config/env'
import { isPreviewable } from './pagePath'

/**
 * Adds Payload's "Preview" button to collections whose documents become site pages: it opens
 * /preview/<collection>/<id>, which shows the current draft exactly as the site would.
 */
export function withPreviewButton(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    isPreviewable(collection.slug)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            preview: (doc) => {
              const id = doc?.id
              return typeof id === 'number' || typeof id === 'string'
                ? `${env.CMS_URL}/preview/${collection.slug}/${id}`
                : null
            },
          },
        }
      : collection,
  )
}
