import type { ArrayField, GlobalConfig, PayloadRequest } from 'payload'
import { SOCIAL_NETWORKS } from '@domain/vocabularies/socialNetworks'
import { selectOptions } from '@domain/vocabularies/vocabulary'

import { anyone, contentManagers } from '@cms/access/rules'
import { label } from '@domain/i18n/label'
import { message } from '@cms/i18n/messages'

function validateHref(value: string | null | undefined, { req }: { req: PayloadRequest }) {
  if (!value) return true
  return /^\/(?!\/)/.test(value) || /^https:\/\//.test(value) ? true : message(req, 'unsafeHref')
}

function navigationField(name: string, uk: string, en: string): ArrayField {
  return {
    name,
    type: 'array',
    // Each language has its own menu: English links lead to /en/ pages and may be fewer.
    localized: true,
    label: label(uk, en),
    labels: { singular: label('Пункт', 'Link'), plural: label('Пункти', 'Links') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'label', type: 'text', required: true, label: label('Текст', 'Text') },
          {
            name: 'href',
            type: 'text',
            required: true,
            label: label('Адреса', 'Address'),
            validate: validateHref,
          },
        ],
      },
    ],
  }
}

/** Settings shared by every page of the site: name, contacts, navigation, footer. */
export const Site: GlobalConfig = {
  slug: 'site',
  label: label('Сайт', 'Site'),
  admin: { group: label('Адміністрування', 'Administration') },
  access: { read: anyone, update: contentManagers },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Назва', 'Name') },
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      label: label('Коротка назва', 'Short name'),
    },
    { name: 'tagline', type: 'text', localized: true, label: label('Гасло', 'Tagline') },
    {
      name: 'contacts',
      type: 'group',
      label: label('Контакти', 'Contacts'),
      fields: [
        { name: 'address', type: 'text', localized: true, label: label('Адреса', 'Address') },
        { name: 'phone', type: 'text', label: label('Телефон', 'Phone') },
        { name: 'email', type: 'email', label: label('Електронна пошта', 'Email') },
      ],
    },
    {
      name: 'social',
      type: 'array',
      label: label('Соцмережі', 'Social links'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'network',
              type: 'select',
              required: true,
              label: label('Мережа', 'Network'),
              options: selectOptions(SOCIAL_NETWORKS),
            },
            {
              name: 'url',
              type: 'text',
              required: true,
              label: label('Адреса', 'Address'),
              validate: validateHref,
            },
          ],
        },
      ],
    },
    navigationField('headerNav', 'Головне меню', 'Header navigation'),
    navigationField('footerNav', 'Меню в підвалі', 'Footer navigation'),
    {
      name: 'footerText',
      type: 'textarea',
      localized: true,
      label: label('Текст у підвалі', 'Footer text'),
    },
  ],
}
