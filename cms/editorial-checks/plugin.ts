import type { CollectionConfig, Field } from 'payload'

import { hasChecklist } from '@domain/editorial-checks'
import { label } from '@domain/i18n/label'
import { editorialCheckEndpoint } from './endpoint'
import { refuseBrokenPublication } from './hook'

/** The checklist in the edit view's sidebar, under the publish button. */
const checklistField: Field = {
  name: 'editorialChecklist',
  type: 'ui',
  label: label('Перевірка перед публікацією', 'Pre-publish checklist'),
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/editorial-checks/Checklist#Checklist' },
  },
}

/**
 * Adds the pre-publish checklist to every collection that has one (domain/editorial-checks):
 * the list in the edit view, the endpoint it asks, and the hook that refuses to publish errors.
 */
export function withEditorialChecks(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    hasChecklist(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), refuseBrokenPublication],
          },
          endpoints: [...(collection.endpoints || []), editorialCheckEndpoint(collection.slug)],
          fields: [checklistField, ...collection.fields],
        }
      : collection,
  )
}
