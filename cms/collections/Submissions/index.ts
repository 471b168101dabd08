import type { CollectionConfig, Field } from 'payload'

import { admins, contentManagers, managersOrOwnBranch, nobody, staffField } from '@cms/access/rules'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { ANSWER_FORMS } from '@domain/vocabularies/answerForms'
import { PARTNER_OFFERS } from '@domain/vocabularies/partnerOffers'
import { QUESTION_TOPICS } from '@domain/vocabularies/questionTopics'
import { SUBMISSION_KINDS } from '@domain/vocabularies/submissionKinds'
import { SUBMISSION_STATUSES } from '@domain/vocabularies/submissionStatuses'
import { URGENT_GROUNDS } from '@domain/vocabularies/urgentGrounds'
import { selectOptions } from '@domain/vocabularies/vocabulary'
import { logView } from './hooks/logView'
import { queueWorkflowEmail, recordWorkflow } from './hooks/workflow'

const readOnly = { readOnly: true } as const

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** The requester: the only personal data of a submission, erased by retention or on request. */
const requesterFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'name', type: 'text', maxLength: 200, label: label('Ім’я', 'Name'), admin: readOnly },
      {
        name: 'organisation',
        type: 'text',
        maxLength: 300,
        label: label('Організація', 'Organisation'),
        admin: readOnly,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'email',
        type: 'email',
        label: label('E-mail', 'E-mail'),
        admin: {
          readOnly: true,
          description: label(
            'Відповідь надсилається лише на цю адресу.',
            'Replies go to this address only.',
          ),
        },
      },
      {
        name: 'phone',
        type: 'text',
        maxLength: 20,
        label: label('Телефон', 'Phone'),
        admin: readOnly,
      },
    ],
  },
  {
    name: 'postalAddress',
    type: 'textarea',
    maxLength: 500,
    label: label('Поштова адреса', 'Postal address'),
    admin: readOnly,
  },
]

/**
 * What visitors send through the site's forms (cms/submissions/forms.ts): questions,
 * public information requests, offers of partnership and page feedback, with the inbox's
 * workflow: status with its history, assignee, branch, due date, notes and replies by e-mail.
 */
export const Submissions: CollectionConfig = {
  slug: 'submissions',
  labels: collectionLabels(label('Звернення', 'Submission'), label('Звернення', 'Submissions')),
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'kind', 'status', 'dueAt', 'branch', 'assignee', 'receivedAt'],
    group: label('Звернення', 'Inbox'),
    listSearchableFields: ['reference'],
    // For admins: one person's data, exported or erased on their request.
    components: { beforeListTable: ['/submissions/admin/PersonDataPanel#PersonDataPanel'] },
  },
  // What is due first (cms/submissions/urgency.ts keeps `urgency` current).
  defaultSort: ['urgency', 'dueAt'],
  access: {
    read: managersOrOwnBranch('branch'),
    create: nobody,
    update: managersOrOwnBranch('branch'),
    delete: admins,
  },
  hooks: {
    beforeChange: [recordWorkflow],
    afterChange: [queueWorkflowEmail],
    afterRead: [logView],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          maxLength: 40,
          index: true,
          label: label('Номер', 'Number'),
          admin: readOnly,
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('Вид', 'Kind'),
          options: selectOptions(SUBMISSION_KINDS),
          admin: readOnly,
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'new',
          index: true,
          label: label('Стан', 'Status'),
          options: selectOptions(SUBMISSION_STATUSES),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assignee',
          type: 'relationship',
          relationTo: 'users',
          label: label('Відповідальний', 'Assignee'),
        },
        {
          name: 'branch',
          type: 'relationship',
          relationTo: 'branches',
          index: true,
          label: label('Бібліотека', 'Branch'),
          access: { update: ({ req }) => contentManagers({ req }) as boolean },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedAt',
          type: 'date',
          required: true,
          label: label('Отримано', 'Received'),
          admin: { ...readOnly, ...dateTime },
        },
        {
          name: 'dueAt',
          type: 'date',
          index: true,
          label: label('Строк відповіді', 'Due'),
          admin: {
            ...dateTime,
            description: label(
              'Для запитів на публічну інформацію обчислюється за календарем робочих днів.',
              'Computed from the working-day calendar for information requests.',
            ),
          },
        },
        {
          name: 'urgency',
          type: 'number',
          index: true,
          label: label('Черговість', 'Urgency'),
          admin: {
            ...readOnly,
            description: label(
              '0 — прострочено, 1 — строк за 2 робочі дні, 2 — інші відкриті, 3 — завершені.',
              '0 overdue, 1 due within 2 working days, 2 other open, 3 done.',
            ),
          },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Звернення', 'Submission'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'topic',
                  type: 'select',
                  label: label('Тема', 'Topic'),
                  options: selectOptions(QUESTION_TOPICS),
                  admin: readOnly,
                },
                {
                  name: 'urgentGround',
                  type: 'select',
                  label: label('Підстава для 48 годин', 'Ground for 48 hours'),
                  options: selectOptions(URGENT_GROUNDS),
                  admin: readOnly,
                },
                {
                  name: 'answerForm',
                  type: 'select',
                  label: label('Форма відповіді', 'Form of answer'),
                  options: selectOptions(ANSWER_FORMS),
                  admin: readOnly,
                },
              ],
            },
            {
              name: 'offers',
              type: 'select',
              hasMany: true,
              label: label('Пропонує', 'Offers'),
              options: selectOptions(PARTNER_OFFERS),
              admin: readOnly,
            },
            {
              name: 'message',
              type: 'textarea',
              maxLength: 5000,
              label: label('Текст звернення', 'Message'),
              admin: readOnly,
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'pageUrl',
                  type: 'text',
                  maxLength: 500,
                  label: label('Сторінка', 'Page'),
                  admin: readOnly,
                },
                {
                  name: 'useful',
                  type: 'select',
                  label: label('Корисна?', 'Useful?'),
                  options: [
                    { value: 'yes', label: label('Так', 'Yes') },
                    { value: 'no', label: label('Ні', 'No') },
                  ],
                  admin: readOnly,
                },
                {
                  name: 'faqConsent',
                  type: 'checkbox',
                  label: label(
                    'Згоден на публікацію в ЧаПи (без персональних даних)',
                    'Agrees to a public FAQ entry',
                  ),
                  admin: readOnly,
                },
              ],
            },
            {
              name: 'requester',
              type: 'group',
              label: label('Заявник (персональні дані)', 'Requester (personal data)'),
              fields: requesterFields,
            },
            {
              name: 'closedAt',
              type: 'date',
              index: true,
              label: label('Завершено', 'Closed'),
              admin: {
                ...readOnly,
                ...dateTime,
                description: label(
                  'Коли звернення отримало відповідь чи було закрите: від цієї дати рахується строк зберігання персональних даних.',
                  'When the submission was answered or closed: retention of personal data counts from here.',
                ),
              },
            },
            {
              name: 'personalDataErasedAt',
              type: 'date',
              label: label('Персональні дані видалено', 'Personal data erased'),
              admin: { ...readOnly, ...dateTime },
            },
          ],
        },
        {
          label: label('Відповідь', 'Reply'),
          fields: [
            {
              name: 'replyDraft',
              type: 'textarea',
              maxLength: 20000,
              label: label('Текст відповіді', 'Reply'),
              admin: {
                description: label(
                  'Позначте «Надіслати» і збережіть: лист піде на e-mail заявника, копія лишиться нижче, стан стане «Відповідь надіслано».',
                  'Tick «Send» and save: the reply goes to the requester’s e-mail, a copy stays below and the status becomes «Answered».',
                ),
              },
            },
            {
              name: 'sendReply',
              type: 'checkbox',
              label: label('Надіслати відповідь під час збереження', 'Send the reply on save'),
            },
            {
              name: 'replies',
              type: 'array',
              label: label('Надіслані відповіді', 'Replies sent'),
              labels: {
                singular: label('Відповідь', 'Reply'),
                plural: label('Відповіді', 'Replies'),
              },
              admin: readOnly,
              fields: [
                { name: 'text', type: 'textarea', label: label('Текст', 'Text') },
                { name: 'to', type: 'text', label: label('Кому', 'To') },
                {
                  name: 'by',
                  type: 'relationship',
                  relationTo: 'users',
                  label: label('Хто', 'By'),
                },
                {
                  name: 'at',
                  type: 'date',
                  label: label('Коли', 'When'),
                  admin: dateTime,
                },
              ],
            },
            {
              // «Створити запис FAQ»: a question with the author's consent, into a draft entry.
              name: 'faqDraft',
              type: 'ui',
              admin: {
                condition: (data) => data?.kind === 'question',
                components: { Field: '/submissions/admin/FaqDraftButton#FaqDraftButton' },
              },
            },
            {
              name: 'extensionReason',
              type: 'textarea',
              maxLength: 2000,
              label: label('Причина продовження строку до 20 робочих днів', 'Reason for extension'),
              admin: {
                condition: (data) => data?.kind === 'information-request',
                description: label(
                  'Лише для запитів на інформацію, протягом 5 робочих днів від отримання. Після збереження строк стане 20 робочих днів, а заявник отримає лист із причиною.',
                  'Information requests only, within 5 working days of receipt.',
                ),
              },
            },
            {
              name: 'extendedAt',
              type: 'date',
              label: label('Строк продовжено', 'Extended at'),
              admin: {
                ...readOnly,
                ...dateTime,
                condition: (data) => data?.kind === 'information-request',
              },
            },
          ],
        },
        {
          label: label('Нотатки й історія', 'Notes and history'),
          fields: [
            {
              name: 'internalNotes',
              type: 'textarea',
              maxLength: 20000,
              label: label('Службові нотатки', 'Internal notes'),
              access: { read: staffField, update: staffField },
            },
            {
              name: 'history',
              type: 'array',
              label: label('Історія стану', 'Status history'),
              admin: readOnly,
              fields: [
                { name: 'at', type: 'date', label: label('Коли', 'When'), admin: dateTime },
                {
                  name: 'from',
                  type: 'select',
                  label: label('Було', 'From'),
                  options: selectOptions(SUBMISSION_STATUSES),
                },
                {
                  name: 'to',
                  type: 'select',
                  label: label('Стало', 'To'),
                  options: selectOptions(SUBMISSION_STATUSES),
                },
                {
                  name: 'by',
                  type: 'relationship',
                  relationTo: 'users',
                  label: label('Хто', 'By'),
                },
              ],
            },
            {
              name: 'proof',
              type: 'select',
              label: label('Перевірка браузера', 'Browser check'),
              options: [
                { value: 'altcha', label: label('Пройдено (ALTCHA)', 'Passed (ALTCHA)') },
                { value: 'none', label: label('Без JavaScript', 'Without JavaScript') },
              ],
              admin: readOnly,
            },
          ],
        },
      ],
    },
  ],
}
