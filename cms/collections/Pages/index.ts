import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@cms/access/rules'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { richTextField } from '@cms/fields/richText'
import { sampleField } from '@cms/fields/sample'
import { slugField } from '@cms/fields/slug'
import { label } from '@domain/i18n/label'
import { reservedPageSlugs } from '@domain/urls/localeUrls'
import { collectionLabels } from '@cms/i18n/labels'

/** Standalone pages: about, contacts, accessibility statement, support and partners. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: collectionLabels(label('Сторінка', 'Page'), label('Сторінки', 'Pages')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status'],
    group: label('Публікації', 'Publications'),
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialAccess,
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Заголовок', 'Title'),
    },
    // A page lives at /<slug>/ and /en/<slug>/: neither may take a path the site uses itself.
    slugField('title', { reserved: reservedPageSlugs }),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Опис для пошуку й соцмереж', 'Description for search and social media'),
      maxLength: 300,
    },
    richTextField({ name: 'body', localized: true, label: label('Текст', 'Body') }),
    sampleField,
    editorialNotesField,
  ],
}
