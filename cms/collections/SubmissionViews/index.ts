import type { CollectionConfig } from 'payload'

import { admins, nobody } from '@cms/access/rules'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'

/** Who opened a submission with personal data, and when (cms/collections/Submissions/hooks). */
export const SubmissionViews: CollectionConfig = {
  slug: 'submission-views',
  labels: collectionLabels(
    label('Перегляд звернення', 'Submission view'),
    label('Журнал переглядів звернень', 'Submission view log'),
  ),
  admin: {
    defaultColumns: ['viewedAt', 'user', 'submission'],
    group: label('Звернення', 'Inbox'),
  },
  defaultSort: '-viewedAt',
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'viewedAt',
      type: 'date',
      required: true,
      index: true,
      label: label('Коли', 'When'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: label('Хто', 'Who'),
    },
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'submissions',
      required: true,
      label: label('Звернення', 'Submission'),
    },
  ],
}
