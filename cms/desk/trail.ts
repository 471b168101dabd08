import type { CollectionConfig, Field } from 'payload'

import { isPreviewable } from '@cms/preview/pagePath'
import { label } from '@domain/i18n/label'

const serverOnly = { create: () => false, update: () => false }

/** Who started a document: the dashboard lists a person's own drafts by it. */
const authorField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  label: label('Автор(ка)', 'Created by'),
  access: serverOnly,
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ operation, req, value }): unknown =>
        operation === 'create' && req.user ? req.user.id : value,
    ],
  },
}

/** Who published the current version last: the dashboard's «Я нещодавно опублікував(ла)». */
const publisherField: Field = {
  name: 'publishedBy',
  type: 'relationship',
  relationTo: 'users',
  label: label('Опублікував(ла)', 'Published by'),
  access: serverOnly,
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ req, siblingData, value, originalDoc }): unknown => {
        const status = (siblingData as { _status?: string })._status
        if (status === 'published' && req.user) return req.user.id
        return value ?? (originalDoc as { publishedBy?: unknown } | undefined)?.publishedBy
      },
    ],
  },
}

/** «Переглянути на сайті» and the last publication time, in the edit view's sidebar. */
const liveLinkField: Field = {
  name: 'liveLink',
  type: 'ui',
  label: label('На сайті', 'On the site'),
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/desk/LiveLink#LiveLink' },
  },
}

/** The list view's badge: опубліковано / чернетка / змінено після публікації / заплановано. */
const stateField: Field = {
  name: 'publicationState',
  type: 'ui',
  label: label('Стан публікації', 'Publication state'),
  admin: { components: { Cell: '/desk/StateCell#StateCell' } },
}

/**
 * Adds the editorial trail (author, last publisher), the link to the live page and the list
 * badge to every collection whose documents become site pages.
 */
export function withEditorialTrail(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    isPreviewable(collection.slug)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            defaultColumns: withStateColumn(collection.admin?.defaultColumns),
          },
          fields: [...collection.fields, authorField, publisherField, liveLinkField, stateField],
        }
      : collection,
  )
}

/** The badge replaces Payload's plain status column where a collection lists it. */
function withStateColumn(columns: string[] | undefined): string[] | undefined {
  if (!columns) return columns
  const without = columns.filter((column) => column !== '_status')
  return [...without, 'publicationState']
}
