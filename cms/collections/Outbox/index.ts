import type { CollectionConfig } from 'payload'

import { admins, contentManagers, nobody } from '@cms/access/rules'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { EMAIL_KINDS, EMAIL_STATES } from '@domain/vocabularies/emailKinds'
import { selectOptions } from '@domain/vocabularies/vocabulary'

/**
 * Every message the inbox sends, stored before it is sent (cms/submissions/outbox.ts): a
 * failure leaves it here with the error, retried later, and visible to editors.
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: collectionLabels(label('Лист', 'Message'), label('Вихідні листи', 'Outbox')),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'state', 'attempts', 'lastError', 'updatedAt'],
    group: label('Звернення', 'Inbox'),
  },
  defaultSort: '-createdAt',
  access: { read: contentManagers, create: nobody, update: admins, delete: admins },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('Що це', 'Kind'),
          options: selectOptions(EMAIL_KINDS),
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          label: label('Стан', 'State'),
          options: selectOptions(EMAIL_STATES),
          admin: {
            description: label(
              'Щоб надіслати знову лист, що не вдався остаточно, поверніть стан «Чекає надсилання».',
              'Set back to «Pending» to send a message that failed for good again.',
            ),
          },
        },
      ],
    },
    { name: 'to', type: 'email', required: true, label: label('Кому', 'To') },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 300,
      label: label('Тема', 'Subject'),
    },
    { name: 'text', type: 'textarea', required: true, label: label('Текст', 'Text') },
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'submissions',
      label: label('Звернення', 'Submission'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'attempts',
          type: 'number',
          defaultValue: 0,
          label: label('Спроб', 'Attempts'),
          admin: { readOnly: true },
        },
        {
          name: 'nextAttemptAt',
          type: 'date',
          index: true,
          label: label('Наступна спроба', 'Next attempt'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'sentAt',
          type: 'date',
          label: label('Надіслано', 'Sent at'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'lastError',
      type: 'text',
      maxLength: 500,
      label: label('Остання помилка', 'Last error'),
      admin: { readOnly: true },
    },
  ],
}
