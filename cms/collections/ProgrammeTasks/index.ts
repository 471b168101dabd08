import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@cms/access/rules'
import { editorialNotesField } from '@cms/fields/editorialNotes'
import { slugField } from '@cms/fields/slug'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { PROGRAMME_TASK_KINDS } from '@domain/vocabularies/programmeTaskKinds'
import { selectOptions } from '@domain/vocabularies/vocabulary'

/**
 * The tasks and priorities of a development programme: a controlled list that news, documents and
 * digital collections (and later events) point to. Each belongs to its programme document, so a
 * new programme brings its own list and the old one stays as an archive.
 */
export const ProgrammeTasks: CollectionConfig = {
  slug: 'programme-tasks',
  labels: collectionLabels(
    label('Завдання програми', 'Programme task'),
    label('Завдання й пріоритети програми', 'Programme tasks and priorities'),
  ),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'number', 'programme', '_status'],
    group: label('Публікації', 'Publications'),
  },
  defaultSort: 'number',
  versions: { drafts: true, maxPerDoc: 20 },
  access: editorialAccess,
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: label('Коротка назва', 'Short title'),
    },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'task',
          label: label('Що це', 'Kind'),
          options: selectOptions(PROGRAMME_TASK_KINDS),
        },
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          label: label('Номер у програмі', 'Number in the programme'),
          admin: {
            description: label('Порядок у переліку програми.', 'Order in the programme’s list.'),
          },
        },
      ],
    },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      index: true,
      label: label('Програма', 'Programme'),
      filterOptions: { type: { equals: 'programme' } },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 1000,
      label: label('Текст із програми', 'Text of the programme'),
      admin: {
        description: label(
          'Формулювання так, як у програмі: показується на сторінці завдання.',
          'Worded as in the programme: shown on the task’s page.',
        ),
      },
    },
    {
      name: 'section',
      type: 'text',
      maxLength: 80,
      label: label('Розділ програми (якір)', 'Section of the programme (anchor)'),
      validate: (value: unknown) =>
        value === null ||
        value === undefined ||
        value === '' ||
        (typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value)) ||
        'Якір — латинські малі літери, цифри й дефіси, як після # в адресі розділу.',
      admin: {
        description: label(
          'Ідентифікатор заголовка на сторінці програми, як після # в адресі: ii-zavdannia.',
          'Id of the heading on the programme’s page, as after # in its address: ii-zavdannia.',
        ),
      },
    },
    editorialNotesField,
  ],
}
