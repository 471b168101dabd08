import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@cms/access/rules'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { programmeTasksField } from '@cms/fields/programmeTasks'
import { richTextField } from '@cms/fields/richText'
import { sampleField } from '@cms/fields/sample'
import { slugField } from '@cms/fields/slug'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { rightsOptions } from '@domain/vocabularies/rightsStatements'

/** A curated set of digitized local-history items. */
export const DigitalCollections: CollectionConfig = {
  slug: 'digital-collections',
  labels: collectionLabels(
    label('Цифрова колекція', 'Digital collection'),
    label('Цифрові колекції', 'Digital collections'),
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'curator', 'order', '_status'],
    group: label('Краєзнавство', 'Local history'),
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialAccess,
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Назва', 'Title'),
    },
    slugField('title'),
    richTextField({ name: 'description', localized: true, label: label('Опис', 'Description') }),
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('Обкладинка', 'Cover image'),
    },
    { name: 'curator', type: 'text', label: label('Куратор', 'Curator') },
    {
      name: 'defaultRights',
      type: 'select',
      label: label('Права за замовчуванням', 'Default rights statement'),
      options: rightsOptions,
      admin: {
        description: label(
          'Застосовується до об’єктів без власного зазначення прав.',
          'Applies to items without their own statement.',
        ),
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: label('Порядок', 'Order'),
      admin: { position: 'sidebar' },
    },
    programmeTasksField,
    sampleField,
    editorialNotesField,
  ],
}
