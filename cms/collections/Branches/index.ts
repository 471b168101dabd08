import type { CollectionConfig, PayloadRequest, TextField, Validate } from 'payload'

import { contentManagers, managersOrOwnBranch, publishedOrStaff, staff } from '@cms/access/rules'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { richTextField } from '@cms/fields/richText'
import { sampleField } from '@cms/fields/sample'
import { slugField } from '@cms/fields/slug'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { RESERVED_BRANCH_SLUGS } from '@domain/urls/urls'
import { BRANCH_DISTRICTS } from '@domain/vocabularies/branchDistricts'
import { BRANCH_KINDS } from '@domain/vocabularies/branchKinds'
import { BRANCH_SERVICES } from '@domain/vocabularies/branchServices'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { message } from '@cms/i18n/messages'
import { sanitaryDayField, specialDaysField, weeklyHoursField } from './hoursFields'
import { statusTab } from './statusFields'

const branchSlug = slugField('name')
const ownSlugValidate = branchSlug.validate as Validate | undefined

/** A branch's slug may not take a path the site uses under /biblioteky/ («zaraz»). */
const refuseReservedSlug: Validate = async (value, options) => {
  if (typeof value === 'string' && (RESERVED_BRANCH_SLUGS as readonly string[]).includes(value))
    return message(options.req, 'slugReserved', { slug: value })
  return ownSlugValidate ? ownSlugValidate(value, options) : true
}

const branchSlugField = { ...branchSlug, validate: refuseReservedSlug } as TextField

function coordinateValidator(min: number, max: number) {
  return (value: number | null | undefined, { req }: { req: PayloadRequest }) =>
    value === null || value === undefined || (value >= min && value <= max)
      ? true
      : message(req, 'coordinatesOutOfRange')
}

/** A branch library's public profile. Branch editors may edit only their own branch. */
export const Branches: CollectionConfig = {
  slug: 'branches',
  labels: collectionLabels(label('Бібліотека', 'Branch'), label('Бібліотеки', 'Branches')),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'order', '_status'],
    group: label('Мережа', 'Network'),
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    create: contentManagers,
    read: publishedOrStaff,
    readVersions: staff,
    update: managersOrOwnBranch('id'),
    delete: contentManagers,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: label('Повна назва', 'Full name'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'shortName',
          type: 'text',
          localized: true,
          label: label('Коротка назва', 'Short name'),
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'adult',
          label: label('Тип', 'Kind'),
          options: selectOptions(BRANCH_KINDS),
        },
      ],
    },
    branchSlugField,
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Контакти', 'Contacts'),
          fields: [
            {
              name: 'address',
              type: 'group',
              label: label('Адреса', 'Address'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'street',
                      type: 'text',
                      required: true,
                      label: label('Вулиця', 'Street'),
                    },
                    {
                      name: 'building',
                      type: 'text',
                      required: true,
                      label: label('Будинок', 'Building'),
                    },
                    {
                      name: 'postcode',
                      type: 'text',
                      label: label('Індекс', 'Postcode'),
                      validate: (value: string | null | undefined) =>
                        !value || /^\d{5}$/.test(value) || 'Поштовий індекс — п’ять цифр.',
                    },
                    {
                      name: 'city',
                      type: 'text',
                      defaultValue: 'Київ',
                      label: label('Місто', 'City'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'district',
              type: 'select',
              label: label('Місцевість', 'Neighbourhood'),
              options: selectOptions(BRANCH_DISTRICTS),
              admin: {
                description: label(
                  'Частина району, за якою читачі шукають бібліотеку поруч («Де зараз відчинено»).',
                  'The part of the district readers look for a library by ("Where is open now").',
                ),
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'latitude',
                  type: 'number',
                  label: label('Широта', 'Latitude'),
                  validate: coordinateValidator(50.2, 50.6),
                },
                {
                  name: 'longitude',
                  type: 'number',
                  label: label('Довгота', 'Longitude'),
                  validate: coordinateValidator(30.2, 30.9),
                },
              ],
            },
            {
              name: 'phones',
              type: 'array',
              label: label('Телефони', 'Phones'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'number',
                      type: 'text',
                      required: true,
                      label: label('Номер', 'Number'),
                    },
                    { name: 'note', type: 'text', label: label('Примітка', 'Note') },
                  ],
                },
              ],
            },
            { name: 'email', type: 'email', label: label('Електронна пошта', 'Email') },
            { name: 'head', type: 'text', label: label('Керівник бібліотеки', 'Head of branch') },
          ],
        },
        {
          label: label('Графік', 'Hours'),
          fields: [weeklyHoursField, sanitaryDayField, specialDaysField],
        },
        statusTab,
        {
          label: label('Послуги й опис', 'Services and description'),
          fields: [
            {
              name: 'services',
              type: 'select',
              hasMany: true,
              label: label('Послуги та зручності', 'Services and amenities'),
              options: selectOptions(BRANCH_SERVICES),
            },
            {
              name: 'accessibilityNotes',
              type: 'textarea',
              localized: true,
              label: label('Доступність', 'Accessibility notes'),
            },
            richTextField({
              name: 'description',
              localized: true,
              label: label('Опис', 'Description'),
            }),
            {
              name: 'photos',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: label('Світлини', 'Photos'),
            },
          ],
        },
      ],
    },
    {
      name: 'order',
      type: 'number',
      label: label('Порядок у списку', 'Order in lists'),
      defaultValue: 100,
      admin: { position: 'sidebar' },
    },
    sampleField,
    editorialNotesField,
  ],
}
