import type { CollectionConfig } from 'payload'

import { managersOrOwnBranch, publishedOrStaff, staff } from '@cms/access/rules'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { programmeTasksField } from '@cms/fields/programmeTasks'
import { richTextField } from '@cms/fields/richText'
import { sampleField } from '@cms/fields/sample'
import { slugField } from '@cms/fields/slug'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { NEWS_CATEGORIES } from '@domain/vocabularies/newsCategories'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { keepBranchEditorsInTheirBranch } from './hooks/keepBranchEditorsInTheirBranch'

/** News and announcements of the network and its branches; drafts and scheduled publishing. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: collectionLabels(label('Новина', 'News item'), label('Новини', 'News')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    group: label('Публікації', 'Publications'),
  },
  defaultSort: '-publishedAt',
  // "News" is both singular and plural: name the GraphQL types so the list query is `News`.
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    // Branch editors create news too; the hook below keeps it within their branch.
    create: staff,
    read: publishedOrStaff,
    readVersions: staff,
    update: managersOrOwnBranch('branches'),
    delete: managersOrOwnBranch('branches'),
  },
  hooks: { beforeValidate: [keepBranchEditorsInTheirBranch] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Заголовок', 'Title'),
      maxLength: 300,
    },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      label: label('Дата публікації', 'Publication date'),
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' },
      },
      hooks: {
        beforeChange: [
          ({ value, siblingData }): unknown =>
            value ??
            ((siblingData as { _status?: string })._status === 'published'
              ? new Date().toISOString()
              : value),
        ],
      },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'news',
      label: label('Рубрика', 'Category'),
      options: selectOptions(NEWS_CATEGORIES),
      admin: { position: 'sidebar' },
    },
    {
      name: 'branches',
      type: 'relationship',
      relationTo: 'branches',
      hasMany: true,
      label: label('Бібліотеки', 'Branches'),
      admin: {
        position: 'sidebar',
        description: label('Порожньо — новина всієї мережі.', 'Empty: news of the whole network.'),
      },
    },
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      label: label('Анонс', 'Excerpt'),
      maxLength: 400,
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('Обкладинка', 'Cover image'),
    },
    richTextField({ name: 'body', localized: true, label: label('Текст', 'Body') }),
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      label: label('Теги', 'Tags'),
      admin: { position: 'sidebar' },
    },
    programmeTasksField,
    sampleField,
    editorialNotesField,
  ],
}
