import type { RelationshipField } from 'payload'

import { label } from '@domain/i18n/label'

/** The staff member who created a record, set by the server and never by the client. */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  label: label('Завантажив(ла)', 'Uploaded by'),
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ operation, req, value }): unknown =>
        operation === 'create' && req.user ? req.user.id : value,
    ],
  },
}
