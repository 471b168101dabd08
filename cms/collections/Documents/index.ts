import type { CollectionConfig, FieldHook } from 'payload'

import { editorialAccess } from '@cms/access/rules'
import { notBeforeSibling } from '@cms/fields/dateOrder'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { programmeTasksField } from '@cms/fields/programmeTasks'
import { richTextField } from '@cms/fields/richText'
import { sampleField } from '@cms/fields/sample'
import { slugField } from '@cms/fields/slug'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { deriveDocumentStatus, type StatusInput } from '@domain/documents/deriveStatus'
import { DOCUMENT_STATUSES, STATUS_MODES } from '@domain/vocabularies/documentStatuses'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { selectOptions } from '@domain/vocabularies/vocabulary'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd.MM.yyyy' } }

/** Status follows the dates on every save and every read, so it is never stale. */
const deriveStatus: FieldHook = ({ siblingData }) =>
  deriveDocumentStatus(siblingData as StatusInput)

/** Programme and official documents, with their full text for reading and search. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: collectionLabels(label('Документ', 'Document'), label('Документи', 'Documents')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'number', 'adoptedOn', 'status', '_status'],
    group: label('Публікації', 'Publications'),
  },
  defaultSort: '-adoptedOn',
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialAccess,
  fields: [
    // The official title stays in the document's own language; a translation gets its own field.
    { name: 'title', type: 'text', required: true, label: label('Назва', 'Title'), maxLength: 400 },
    {
      name: 'titleTranslation',
      type: 'text',
      localized: true,
      maxLength: 400,
      label: label('Назва в перекладі', 'Translated title'),
      admin: {
        description: label(
          'Лише для англійської версії: офіційна назва лишається мовою оригіналу.',
          'For the English version only: the official title stays in its original language.',
        ),
      },
    },
    slugField('title', { translationSource: 'titleTranslation' }),
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          label: label('Вид документа', 'Document type'),
          options: selectOptions(DOCUMENT_TYPES),
        },
        { name: 'number', type: 'text', label: label('Номер', 'Number') },
        {
          name: 'adoptedOn',
          type: 'date',
          label: label('Дата ухвалення', 'Date adopted'),
          admin: dayOnly,
        },
      ],
    },
    { name: 'issuer', type: 'text', label: label('Ким ухвалено', 'Issued by') },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', label: label('Чинний з', 'Valid from'), admin: dayOnly },
        {
          name: 'validTo',
          type: 'date',
          label: label('Чинний до', 'Valid until'),
          admin: dayOnly,
          validate: notBeforeSibling('validFrom'),
        },
      ],
    },
    {
      name: 'statusMode',
      type: 'select',
      defaultValue: 'auto',
      label: label('Як визначати статус', 'How the status is set'),
      options: selectOptions(STATUS_MODES),
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      label: label('Статус', 'Status'),
      index: true,
      options: selectOptions(DOCUMENT_STATUSES),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('Визначається автоматично.', 'Set automatically.'),
      },
      hooks: { beforeChange: [deriveStatus], afterRead: [deriveStatus] },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Короткий зміст', 'Summary'),
      maxLength: 1000,
    },
    richTextField({ name: 'body', localized: true, label: label('Повний текст', 'Full text') }),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'files',
      hasMany: true,
      label: label('Файли', 'Attachments'),
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: label('Пов’язані документи', 'Related documents'),
    },
    {
      name: 'supersedes',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: label('Замінює документи', 'Supersedes'),
      admin: {
        description: label(
          'Документи, що втратили чинність із ухваленням цього.',
          'Documents this one replaces.',
        ),
      },
    },
    programmeTasksField,
    sampleField,
    editorialNotesField,
  ],
}
