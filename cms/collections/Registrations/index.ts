import type { CollectionConfig, FieldAccess } from 'payload'

import { managersOrOwnBranch, nobody } from '@cms/access/rules'
import { env } from '@cms/config/env'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { COMMENT_MAX, CONTACT_MAX, NAME_MAX } from '@domain/registration/input'
import { REGISTRATION_STATUSES } from '@domain/vocabularies/registrationStatuses'
import { selectOptions } from '@domain/vocabularies/vocabulary'

/** Staff who may see the event's registrations also mark arrivals. */
const ownScope = managersOrOwnBranch('branches')

/**
 * Only the booking module writes these fields (cms/registration): a change of status has to go
 * through the occurrence's queue so that the count stays exact and the waiting list moves up.
 */
const bookingOnly: FieldAccess = () => false

/**
 * Registrations for events' occurrences: personal data (name, contact), so nobody reads them
 * anonymously, a branch editor only those of their branch's events (the event's branches are
 * copied here when booking), and every one is deleted a set number of days after its occurrence
 * (cms/registration/retention.ts). Created only through cms/registration/book.ts: the public
 * endpoint and the admin's manual add both call it.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: collectionLabels(
    label('Реєстрація', 'Registration'),
    label('Реєстрації', 'Registrations'),
  ),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'occurrenceStart', 'places', 'status', 'checkedIn'],
    group: label('Публікації', 'Publications'),
    components: { beforeListTable: ['/registration/admin/RosterPanel#RosterPanel'] },
    description: label(
      `Персональні дані учасників подій. Їх видаляють автоматично через ${env.REGISTRATION_RETENTION_DAYS} днів після дати події. Список на дату, відмітки про прихід, додавання вручну й вивантаження — у блоці «Реєстрації на дату» нижче.`,
      `Personal data of event participants, deleted automatically ${env.REGISTRATION_RETENTION_DAYS} days after the event's date.`,
    ),
  },
  defaultSort: 'createdAt',
  access: {
    create: nobody,
    read: ownScope,
    update: ownScope,
    delete: ownScope,
  },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: label('Подія', 'Event'),
      access: { update: bookingOnly },
    },
    {
      name: 'occurrence',
      type: 'text',
      required: true,
      index: true,
      label: label('Дата події (ключ)', 'Occurrence key'),
      admin: { readOnly: true, hidden: true },
      access: { update: bookingOnly },
    },
    {
      name: 'occurrenceStart',
      type: 'date',
      required: true,
      label: label('Початок', 'Starts'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { update: bookingOnly },
    },
    {
      name: 'occurrenceEnd',
      type: 'date',
      required: true,
      index: true,
      label: label('Завершення', 'Ends'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { update: bookingOnly },
    },
    {
      name: 'branches',
      type: 'relationship',
      relationTo: 'branches',
      hasMany: true,
      label: label('Бібліотеки події', 'Event branches'),
      admin: { readOnly: true },
      access: { update: bookingOnly },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: NAME_MAX,
      label: label('Ім’я', 'Name'),
      access: { update: bookingOnly },
    },
    {
      name: 'contact',
      type: 'text',
      required: true,
      maxLength: CONTACT_MAX,
      label: label('Контакт', 'Contact'),
      access: { update: bookingOnly },
    },
    {
      name: 'places',
      type: 'number',
      required: true,
      min: 1,
      label: label('Місць', 'Places'),
      access: { update: bookingOnly },
    },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: COMMENT_MAX,
      label: label('Коментар', 'Comment'),
      access: { update: bookingOnly },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(REGISTRATION_STATUSES),
      label: label('Стан', 'Status'),
      access: { update: bookingOnly },
    },
    {
      name: 'checkedIn',
      type: 'checkbox',
      defaultValue: false,
      label: label('Прийшов(-ла)', 'Checked in'),
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'site',
      options: [
        { value: 'site', label: label('Сайт', 'Website') },
        { value: 'staff', label: label('Вручну (телефон)', 'Manual (phone)') },
      ],
      label: label('Джерело', 'Source'),
      access: { update: bookingOnly },
    },
    {
      name: 'consentVersion',
      type: 'text',
      label: label('Версія згоди', 'Consent version'),
      access: { update: bookingOnly },
    },
    {
      name: 'cancelledAt',
      type: 'date',
      label: label('Скасовано', 'Cancelled at'),
      admin: { readOnly: true },
      access: { update: bookingOnly },
    },
  ],
  timestamps: true,
}
