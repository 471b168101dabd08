import { label } from '../i18n/label'

/** What a line of a development programme is: one of its tasks or one of its priorities. */
export const PROGRAMME_TASK_KINDS = {
  task: { label: label('Завдання', 'Task'), heading: 'Завдання' },
  priority: { label: label('Пріоритет', 'Priority'), heading: 'Пріоритети' },
} as const

export type ProgrammeTaskKind = keyof typeof PROGRAMME_TASK_KINDS
