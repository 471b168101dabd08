import type { CollectionConfig, Field } from 'payload'

import { label } from '@domain/i18n/label'
import { TRANSLATION_KEY } from './translationStatus'
import { translationTimesField, translationTimesHook } from './translationTimes'

/** The list view's «Англійська версія» column (cms/localization/TranslationCell.tsx). */
const translationField = {
  name: 'translationState',
  type: 'ui',
  label: label('Англійська версія', 'English version'),
  admin: { components: { Cell: '/localization/TranslationCell#TranslationCell' } },
} satisfies Field

/**
 * Adds the translation column to every collection with English versions, shown by default
 * after the collection's own columns, and the times it reads, noted on each save (last hook, so
 * the texts are final).
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
          fields: [...collection.fields, translationField, translationTimesField],
          hooks: {
            ...collection.hooks,
            beforeChange: [
              ...(collection.hooks?.beforeChange ?? []),
              translationTimesHook(collection, TRANSLATION_KEY[collection.slug as never]),
            ],
          },
        }
      : collection,
  )
}
