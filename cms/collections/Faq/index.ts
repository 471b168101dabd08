import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { editorialAccess, staffField } from '@cms/access/rules'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { QUESTION_TOPICS } from '@domain/vocabularies/questionTopics'
import { selectOptions } from '@domain/vocabularies/vocabulary'

export const FAQ_QUESTION_MAX_LENGTH = 3000
export const FAQ_ANSWER_MAX_LENGTH = 20000

/**
 * Publishing is a deliberate step: the editor confirms that no personal data is left in the
 * question and the answer. A draft may be saved without it.
 */
const confirmedBeforePublishing: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && data.personalDataRemoved !== true)
    throw new APIError(
      'Перед публікацією перевірте запитання й відповідь і позначте «Персональних даних немає».',
      400,
      undefined,
      true,
    )
  return data
}

/**
 * Public answers to good questions (the site's «Часті запитання»): an editor makes a draft from
 * an answered question whose author agreed («Створити запис FAQ» in the submission), removes
 * personal data and publishes it. Plain text only: never rendered as HTML.
 */
export const Faq: CollectionConfig = {
  slug: 'faq',
  labels: collectionLabels(label('Запис FAQ', 'FAQ entry'), label('Часті запитання', 'FAQ')),
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', '_status', 'updatedAt'],
    group: label('Звернення', 'Inbox'),
  },
  defaultSort: 'question',
  versions: { drafts: true, maxPerDoc: 20 },
  access: editorialAccess,
  hooks: { beforeChange: [confirmedBeforePublishing] },
  fields: [
    {
      name: 'question',
      type: 'textarea',
      required: true,
      maxLength: FAQ_QUESTION_MAX_LENGTH,
      label: label('Запитання', 'Question'),
      admin: {
        description: label(
          'Звичайним текстом, без імен, адрес, телефонів і всього, що вказує на людину.',
          'Plain text, without names, addresses, phone numbers or anything that identifies a person.',
        ),
      },
    },
    {
      name: 'answer',
      type: 'textarea',
      required: true,
      maxLength: FAQ_ANSWER_MAX_LENGTH,
      label: label('Відповідь', 'Answer'),
      admin: {
        description: label(
          'Звичайним текстом; порожній рядок починає новий абзац.',
          'Plain text; an empty line starts a new paragraph.',
        ),
      },
    },
    {
      name: 'topic',
      type: 'select',
      required: true,
      defaultValue: 'other',
      label: label('Тема', 'Topic'),
      options: selectOptions(QUESTION_TOPICS),
    },
    {
      name: 'personalDataRemoved',
      type: 'checkbox',
      defaultValue: false,
      label: label('Персональних даних немає', 'No personal data left'),
      access: { read: staffField },
      admin: {
        position: 'sidebar',
        description: label(
          'Позначте, коли перечитали запитання й відповідь і прибрали все, що вказує на людину. Без цього запис не опублікувати.',
          'Tick once you have read the question and the answer and removed anything that identifies a person. Required to publish.',
        ),
      },
    },
    {
      name: 'sourceSubmission',
      type: 'relationship',
      relationTo: 'submissions',
      // Never populated: reading an FAQ entry must not open (and log a view of) the submission.
      maxDepth: 0,
      label: label('Зі звернення', 'From submission'),
      access: { read: staffField, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
