import type { CollectionConfig, PayloadRequest } from 'payload'

import { contentManagers, managersOrOwnBranch, publishedOrStaff, staff } from '../../access/rules'
import { editorialNotesField } from '../../fields/editorialNotes'
import { richTextField } from '../../fields/richText'
import { sampleField } from '../../fields/sample'
import { slugField } from '../../fields/slug'
import { label } from '../../i18n/label'
import { message } from '../../i18n/messages'
import { sanitaryDayField, specialDaysField, weeklyHoursField } from './hoursFields'

/** Services and amenities a branch offers; the keys are stable, the labels are for people. */
export const BRANCH_SERVICES = {
  wifi: label('Безкоштовний Wi-Fi', 'Free Wi-Fi'),
  computers: label('Комп’ютери для відвідувачів', 'Public computers'),
  printing: label('Друк і сканування', 'Printing and scanning'),
  coworking: label('Коворкінг', 'Coworking'),
  'childrens-room': label('Дитяча кімната', 'Children’s room'),
  'accessible-entrance': label('Доступний вхід', 'Accessible entrance'),
  'power-point': label('Пункт незламності', 'Power and warmth point'),
  shelter: label('Укриття', 'Shelter'),
  'reading-room': label('Читальна зала', 'Reading room'),
  lending: label('Абонемент', 'Lending'),
  ebooks: label('Електронні книжки', 'E-books'),
  'meeting-room': label('Зала для зустрічей', 'Meeting room'),
  'language-club': label('Мовний клуб', 'Language club'),
  'legal-info': label('Правова інформація', 'Legal information'),
  'it-courses': label('Комп’ютерні курси', 'IT courses'),
  'board-games': label('Настільні ігри', 'Board games'),
  exhibitions: label('Виставки', 'Exhibitions'),
} as const

const BRANCH_KINDS = {
  central: label('Центральна бібліотека', 'Central library'),
  adult: label('Бібліотека для дорослих', 'Library for adults'),
  children: label('Бібліотека для дітей', 'Children’s library'),
  youth: label('Бібліотека для юнацтва', 'Youth library'),
  family: label('Бібліотека сімейного читання', 'Family library'),
  hub: label('Бібліотека-хаб', 'Library hub'),
} as const

function coordinateValidator(min: number, max: number) {
  return (value: number | null | undefined, { req }: { req: PayloadRequest }) =>
    value === null || value === undefined || (value >= min && value <= max)
      ? true
      : message(req, 'coordinatesOutOfRange')
}

/** A branch library's public profile. Branch editors may edit only their own branch. */
export const Branches: CollectionConfig = {
  slug: 'branches',
  labels: { singular: label('Бібліотека', 'Branch'), plural: label('Бібліотеки', 'Branches') },
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
    { name: 'name', type: 'text', required: true, label: label('Повна назва', 'Full name') },
    {
      type: 'row',
      fields: [
        { name: 'shortName', type: 'text', label: label('Коротка назва', 'Short name') },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'adult',
          label: label('Тип', 'Kind'),
          options: Object.entries(BRANCH_KINDS).map(([value, text]) => ({ value, label: text })),
        },
      ],
    },
    slugField('name'),
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
        {
          label: label('Послуги й опис', 'Services and description'),
          fields: [
            {
              name: 'services',
              type: 'select',
              hasMany: true,
              label: label('Послуги та зручності', 'Services and amenities'),
              options: Object.entries(BRANCH_SERVICES).map(([value, text]) => ({
                value,
                label: text,
              })),
            },
            {
              name: 'accessibilityNotes',
              type: 'textarea',
              label: label('Доступність', 'Accessibility notes'),
            },
            richTextField({ name: 'description', label: label('Опис', 'Description') }),
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
