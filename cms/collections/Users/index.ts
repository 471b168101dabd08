import type { CollectionConfig } from 'payload'

import { ROLES, type Role } from '@cms/access/roles'
import { adminField, admins, adminsOrSelf } from '@cms/access/rules'
import { label } from '@domain/i18n/label'
import { collectionLabels } from '@cms/i18n/labels'
import { message } from '@cms/i18n/messages'

const ROLE_LABELS: Record<Role, { uk: string; en: string }> = {
  admin: label('Адміністратор', 'Administrator'),
  editor: label('Редактор', 'Editor'),
  'branch-editor': label('Редактор філії', 'Branch editor'),
}

/** Staff accounts. Only admins manage them; everyone else may read and edit only their own. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels(label('Користувач', 'User'), label('Користувачі', 'Users')),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'branch'],
    group: label('Адміністрування', 'Administration'),
  },
  auth: {
    // Lock an account for 15 minutes after 5 failed logins; only admins may unlock sooner.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    create: admins,
    read: adminsOrSelf,
    update: adminsOrSelf,
    delete: admins,
    unlock: admins,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', type: 'text', label: label('Ім’я та прізвище', 'Full name') },
    {
      name: 'role',
      type: 'select',
      label: label('Роль', 'Role'),
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: { create: adminField, update: adminField },
    },
    {
      name: 'branch',
      type: 'relationship',
      relationTo: 'branches',
      label: label('Бібліотека', 'Branch'),
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      admin: {
        description: label(
          'Для редактора філії: бібліотека, новини якої він веде.',
          'For a branch editor: the branch whose news they publish.',
        ),
        condition: (data) => data?.role === 'branch-editor',
      },
      validate: (
        value: unknown,
        {
          siblingData,
          req,
        }: { siblingData: Partial<{ role: string }>; req: Parameters<typeof message>[0] },
      ) =>
        siblingData?.role === 'branch-editor' && !value
          ? message(req, 'branchRequiredForBranchEditor')
          : true,
    },
  ],
}
