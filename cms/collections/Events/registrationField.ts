import type { GroupField } from 'payload'

import { label } from '@domain/i18n/label'
import { EVENT_REGISTRATION_MODES } from '@domain/vocabularies/eventRegistrationModes'
import { selectOptions } from '@domain/vocabularies/vocabulary'

const onlyFor =
  (...modes: string[]) =>
  (_data: unknown, siblings: { mode?: string }): boolean =>
    modes.includes(siblings?.mode ?? 'none')

/**
 * How readers sign up. The fields for registration through the site (capacity per date, waiting
 * list, places per person, closing time) are read by the CMS's registration endpoint.
 */
export const registrationField: GroupField = {
  name: 'registration',
  type: 'group',
  label: label('Реєстрація', 'Registration'),
  fields: [
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'none',
      label: label('Як зареєструватися', 'How to register'),
      options: selectOptions(EVENT_REGISTRATION_MODES),
    },
    {
      name: 'url',
      type: 'text',
      label: label('Посилання на реєстрацію', 'Registration link'),
      admin: { condition: onlyFor('external'), placeholder: 'https://' },
      validate: (value: unknown, { siblingData }: { siblingData: { mode?: string } }) => {
        if (siblingData?.mode !== 'external') return true
        if (typeof value !== 'string' || !/^https:\/\/\S+$/.test(value.trim()))
          return 'Вкажіть посилання, що починається з https://'
        return true
      },
    },
    {
      name: 'contactText',
      type: 'textarea',
      maxLength: 500,
      label: label('Як записатися (телефон, e-mail)', 'How to sign up (phone, e-mail)'),
      admin: { condition: onlyFor('contact') },
    },
    {
      type: 'row',
      admin: { condition: onlyFor('site') },
      fields: [
        {
          name: 'capacity',
          type: 'number',
          min: 1,
          max: 10000,
          label: label('Місць на кожну дату', 'Places per date'),
          admin: { width: '25%' },
          validate: (value: unknown, { siblingData }: { siblingData: { mode?: string } }) => {
            if (siblingData?.mode !== 'site') return true
            if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
              return 'Кількість місць — ціле число від 1.'
            return true
          },
        },
        {
          name: 'maxPlacesPerPerson',
          type: 'number',
          min: 1,
          max: 20,
          defaultValue: 2,
          label: label('Місць на одну людину', 'Places per person'),
          admin: { width: '25%' },
        },
        {
          name: 'closesMinutesBefore',
          type: 'number',
          min: 0,
          max: 10080,
          defaultValue: 0,
          label: label('Закривається за N хвилин до початку', 'Closes N minutes before start'),
          admin: { width: '25%' },
        },
        {
          name: 'waitingList',
          type: 'checkbox',
          defaultValue: true,
          label: label('Список очікування', 'Waiting list'),
          admin: { width: '25%' },
        },
      ],
    },
  ],
}
