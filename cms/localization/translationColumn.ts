import type { CollectionConfig, Field } from 'payload'

import { label } from '@domain/i18n/label'
import { TRANSLATION_KEY } from './translationStatus'

/** The list view's «Англійська версія» column (cms/localization/TranslationCell.tsx). */
const translationField = {
  name: 'translationState',
  type: 'ui',
  label: label('Англійська версія', 'English version'),
  admin: { components: { Cell: '/localization/TranslationCell#TranslationCell' } },
} satisfies Field

/**
 * Adds the translation column to every collection with English versions, shown by default
 * after the collection's own columns.
 */
export function withTranslationColumn(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    collection.slug in TRANSLATION_KEY
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            defaultColumns: collection.admin?.defaultColumns && [
              ...collection.admin.defaultColumns,
              translationField.name,
            ],
          },
          fields: [...collection.fields, translationField],
        }
      : collection,
  )
}
