import type { CollectionConfig, PayloadRequest } from 'payload'

import { editorialAccess } from '@cms/access/rules'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { sampleField } from '@cms/fields/sample'
import { uniqueValidator } from '@cms/fields/uniqueText'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { message } from '@cms/i18n/messages'
import { rightsOptions } from '@domain/vocabularies/rightsStatements'
import { ITEM_IDENTIFIER_PATTERN, YEAR_BOUNDS } from '@domain/heritage/identifiers'
import { ITEM_TYPES } from '@domain/vocabularies/itemTypes'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { deriveYears } from './hooks/deriveYears'

/** Longest title of a digitized item. */
export const ITEM_TITLE_MAX_LENGTH = 500

const checkIdentifierUnique = uniqueValidator('identifier', 'identifierTaken')

function yearField(name: string, uk: string, en: string) {
  return {
    name,
    type: 'number' as const,
    label: label(uk, en),
    min: YEAR_BOUNDS.min,
    max: YEAR_BOUNDS.max,
    index: true,
    admin: { width: '50%' },
  }
}

/** A digitized object described in Dublin Core, with its ordered images or pages. */
export const Items: CollectionConfig = {
  slug: 'items',
  labels: collectionLabels(label('Об’єкт', 'Item'), label('Об’єкти', 'Items')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['identifier', 'title', 'type', 'dateWritten', '_status'],
    group: label('Краєзнавство', 'Local history'),
    listSearchableFields: ['identifier', 'title', 'creator'],
    // Batch import from a metadata sheet and a ZIP of scans (cms/importer).
    components: { beforeListTable: ['/importer/admin/ImportPanel#ImportPanel'] },
  },
  defaultSort: 'identifier',
  hooks: { beforeValidate: [deriveYears] },
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialAccess,
  fields: [
    {
      name: 'identifier',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Ідентифікатор', 'Identifier'),
      admin: {
        position: 'sidebar',
        description: label(
          'Сталий і унікальний, напр. SOL-PH-0001.',
          'Stable and unique, e.g. SOL-PH-0001.',
        ),
      },
      validate: async (
        value: string | null | undefined,
        options: Parameters<typeof checkIdentifierUnique>[1],
      ) => {
        if (!value) return true
        if (!ITEM_IDENTIFIER_PATTERN.test(value)) return message(options.req, 'identifierFormat')
        return checkIdentifierUnique(value, options)
      },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('Назва', 'Title'),
      // Archival titles run longer than news titles: a letter's or a map's full description.
      maxLength: ITEM_TITLE_MAX_LENGTH,
    },
    {
      name: 'collections',
      type: 'relationship',
      relationTo: 'digital-collections',
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('Колекції', 'Collections'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Опис (Dublin Core)', 'Description (Dublin Core)'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'type',
                  type: 'select',
                  required: true,
                  label: label('Тип', 'Type'),
                  options: selectOptions(ITEM_TYPES),
                },
                { name: 'creator', type: 'text', label: label('Автор / творець', 'Creator') },
              ],
            },
            {
              name: 'dateWritten',
              type: 'text',
              label: label('Дата (як записано)', 'Date (as written)'),
              admin: {
                description: label(
                  'Напр. «близько 1910», «1930-ті», «1941–1943». Роки нижче заповнюються з неї, якщо порожні.',
                  'E.g. "c. 1910", "1930s", "1941–1943". The years below are filled from it when empty.',
                ),
              },
            },
            {
              type: 'row',
              fields: [
                yearField('startYear', 'Рік від', 'Start year'),
                {
                  ...yearField('endYear', 'Рік до', 'End year'),
                  validate: (
                    value: number | null | undefined,
                    {
                      siblingData,
                      req,
                    }: { siblingData: Partial<{ startYear: number }>; req: PayloadRequest },
                  ) => {
                    const start = siblingData?.startYear
                    if (typeof value === 'number' && typeof start === 'number' && value < start) {
                      return message(req, 'endYearBeforeStartYear', { start, end: value })
                    }
                    return true
                  },
                },
              ],
            },
            {
              name: 'description',
              type: 'textarea',
              localized: true,
              label: label('Опис', 'Description'),
            },
            { name: 'subjects', type: 'text', hasMany: true, label: label('Теми', 'Subjects') },
            {
              name: 'places',
              type: 'text',
              hasMany: true,
              label: label(
                'Місця (сучасні й історичні назви)',
                'Places (current and historical names)',
              ),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'language',
                  type: 'text',
                  defaultValue: 'uk',
                  label: label('Мова (код ISO 639)', 'Language (ISO 639 code)'),
                },
                { name: 'format', type: 'text', label: label('Формат', 'Format') },
                { name: 'extent', type: 'text', label: label('Обсяг / розміри', 'Extent') },
              ],
            },
            {
              name: 'source',
              type: 'group',
              label: label('Джерело', 'Source'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'branch',
                      type: 'relationship',
                      relationTo: 'branches',
                      label: label('Бібліотека-утримувач', 'Holding branch'),
                    },
                    {
                      name: 'shelfMark',
                      type: 'text',
                      label: label('Шифр зберігання', 'Shelf mark'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'rights',
              type: 'select',
              label: label('Права (RightsStatements.org)', 'Rights (RightsStatements.org)'),
              options: rightsOptions,
              admin: {
                description: label('Порожньо — як у колекції.', 'Empty: as the collection says.'),
              },
            },
          ],
        },
        {
          label: label('Зображення й текст', 'Images and text'),
          fields: [
            {
              name: 'images',
              type: 'array',
              label: label('Зображення / сторінки (за порядком)', 'Images / pages (in order)'),
              labels: { singular: label('Сторінка', 'Page'), plural: label('Сторінки', 'Pages') },
              fields: [
                {
                  name: 'image',
                  type: 'upload',
                  relationTo: 'media',
                  required: true,
                  label: label('Зображення', 'Image'),
                },
                { name: 'label', type: 'text', label: label('Підпис сторінки', 'Page label') },
              ],
            },
            {
              name: 'transcription',
              type: 'textarea',
              label: label('Транскрипція / розпізнаний текст', 'Transcription / OCR text'),
            },
            {
              name: 'related',
              type: 'relationship',
              relationTo: 'items',
              hasMany: true,
              label: label('Пов’язані об’єкти', 'Related items'),
            },
          ],
        },
      ],
    },
    sampleField,
    editorialNotesField,
  ],
}
