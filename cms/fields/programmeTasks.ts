import type { RelationshipField } from 'payload'

import { label } from '@domain/i18n/label'

/**
 * Which tasks and priorities of the development programme an entry serves. News, documents and
 * digital collections carry it (events will too); the site's /prohrama/ pages count by it.
 */
export const programmeTasksField: RelationshipField = {
  name: 'programmeTasks',
  type: 'relationship',
  relationTo: 'programme-tasks',
  hasMany: true,
  label: label('Завдання програми', 'Programme tasks'),
  admin: {
    position: 'sidebar',
    description: label(
      'Яким завданням і пріоритетам програми розвитку служить цей запис.',
      'Which tasks and priorities of the development programme this entry serves.',
    ),
  },
}
