import type { CollectionConfig, Validate } from 'payload'

import { managersOrOwnBranch, publishedOrStaff, staff } from '@cms/access/rules'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { programmeTasksField } from '@cms/fields/programmeTasks'
import { richTextField } from '@cms/fields/richText'
import { sampleField } from '@cms/fields/sample'
import { slugField } from '@cms/fields/slug'
import { message } from '@cms/i18n/messages'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { EVENT_AUDIENCES } from '@domain/vocabularies/eventAudiences'
import { EVENT_CATEGORIES } from '@domain/vocabularies/eventCategories'
import { EVENT_VENUES } from '@domain/vocabularies/eventVenues'
import { isReservedEventSlug } from '@domain/urls/urls'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { checkSchedule } from './hooks/checkSchedule'
import { keepEventsInBranch } from './hooks/keepEventsInBranch'
import { registrationField } from './registrationField'
import { changesField, scheduleField } from './scheduleFields'

const eventSlug = slugField('title')
const ownSlugValidate = eventSlug.validate as Validate | undefined

/** An event's slug may not take a path the site uses under /podii/ (filters, archive, years). */
const refuseReservedSlug: Validate = async (value, options) => {
  if (typeof value === 'string' && isReservedEventSlug(value))
    return message(options.req, 'slugReserved', { slug: value })
  return ownSlugValidate ? ownSlugValidate(value, options) : true
}

const venueIs =
  (...venues: string[]) =>
  (data: { venue?: string }): boolean =>
    venues.includes(data?.venue ?? 'branch')

/**
 * Events: clubs, courses, readings, workshops, exhibitions… Drafts, versions and scheduled
 * publishing like news, and the same access: branch editors their own branch's events only.
 * Occurrences are computed from `schedule` + `changes` (domain/events), never stored.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: collectionLabels(label('Подія', 'Event'), label('Події', 'Events')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'schedule.date', '_status'],
    group: label('Публікації', 'Publications'),
  },
  defaultSort: '-updatedAt',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    create: staff,
    read: publishedOrStaff,
    readVersions: staff,
    update: managersOrOwnBranch('branches'),
    delete: managersOrOwnBranch('branches'),
  },
  hooks: { beforeValidate: [keepEventsInBranch, checkSchedule] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Назва', 'Title'),
      maxLength: 300,
    },
    { ...eventSlug, validate: refuseReservedSlug },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'club',
      label: label('Тип події', 'Category'),
      options: selectOptions(EVENT_CATEGORIES),
      admin: { position: 'sidebar' },
    },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Для кого', 'Audiences'),
      options: selectOptions(EVENT_AUDIENCES),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'ageFrom',
          type: 'number',
          min: 0,
          max: 120,
          label: label('Вік від', 'Age from'),
        },
        { name: 'ageTo', type: 'number', min: 0, max: 120, label: label('до', 'to') },
      ],
    },
    {
      name: 'branches',
      type: 'relationship',
      relationTo: 'branches',
      hasMany: true,
      label: label('Бібліотеки', 'Branches'),
      admin: {
        position: 'sidebar',
        description: label(
          'Де відбувається або хто організовує. Редактор філії — лише своя бібліотека.',
          'Where it takes place or who organises it. Branch editors: their own branch only.',
        ),
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Анонс', 'Summary'),
      maxLength: 400,
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Обкладинка', 'Cover') },
    richTextField({ name: 'body', localized: true, label: label('Опис', 'Description') }),
    scheduleField,
    changesField,
    {
      name: 'venue',
      type: 'select',
      required: true,
      defaultValue: 'branch',
      label: label('Місце', 'Place'),
      options: selectOptions(EVENT_VENUES),
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: label('Посилання на трансляцію або зустріч', 'Link to the stream or meeting'),
      admin: { condition: venueIs('online'), placeholder: 'https://' },
    },
    {
      type: 'row',
      admin: { condition: venueIs('other') },
      fields: [
        {
          name: 'placeName',
          type: 'text',
          maxLength: 200,
          label: label('Назва місця', 'Place name'),
        },
        { name: 'address', type: 'text', maxLength: 300, label: label('Адреса', 'Address') },
      ],
    },
    {
      name: 'accessibilityNotes',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: label('Доступність', 'Accessibility'),
      admin: {
        description: label(
          'Наприклад: вхід без сходинок, жестова мова, індукційна петля.',
          'E.g. step-free entrance, sign language, hearing loop.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'free',
          type: 'checkbox',
          defaultValue: true,
          label: label('Вхід вільний', 'Free'),
          admin: { width: '30%' },
        },
        {
          name: 'price',
          type: 'text',
          maxLength: 200,
          label: label('Вартість', 'Price'),
          admin: {
            width: '70%',
            condition: (data: { free?: boolean }) => data?.free === false,
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'language',
          type: 'text',
          maxLength: 100,
          defaultValue: 'українська',
          label: label('Мова', 'Language'),
        },
        {
          name: 'organiser',
          type: 'text',
          maxLength: 200,
          label: label('Організатор', 'Organiser'),
        },
        { name: 'partner', type: 'text', maxLength: 200, label: label('Партнер', 'Partner') },
      ],
    },
    registrationField,
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
