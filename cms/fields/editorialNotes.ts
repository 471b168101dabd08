import type { TextareaField } from 'payload'

import { staffField } from '../access/rules'
import { label } from '@domain/i18n/label'

/** Notes for staff only: never returned to anonymous readers or the public site build. */
export const editorialNotesField: TextareaField = {
  name: 'editorialNotes',
  type: 'textarea',
  label: label('Службові нотатки', 'Internal notes'),
  access: { read: staffField, create: staffField, update: staffField },
  admin: {
    position: 'sidebar',
    description: label(
      'Бачать лише працівники; на сайт не потрапляє.',
      'Staff only; never published.',
    ),
  },
}
