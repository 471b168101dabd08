import type { ArrayField, GlobalConfig } from 'payload'

import { admins, contentManagers } from '@cms/access/rules'
import { label } from '@domain/i18n/label'

const DAY = /^\d{4}-\d{2}-\d{2}$/

function dayList(name: string, uk: string, en: string, description: string): ArrayField {
  return {
    name,
    type: 'array',
    label: label(uk, en),
    labels: { singular: label('День', 'Day'), plural: label('Дні', 'Days') },
    admin: { description: label(description, description) },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'day',
            type: 'text',
            required: true,
            maxLength: 10,
            label: label('Дата (РРРР-ММ-ДД)', 'Date (YYYY-MM-DD)'),
            validate: (value: string | null | undefined) =>
              value && DAY.test(value) && !Number.isNaN(Date.parse(value))
                ? true
                : 'Дата у вигляді РРРР-ММ-ДД, напр. 2026-12-31.',
          },
          { name: 'note', type: 'text', maxLength: 200, label: label('Примітка', 'Note') },
        ],
      },
    ],
  }
}

/**
 * Settings of the submissions inbox: the working-day calendar that deadlines of information
 * requests count in, and how long personal data of closed submissions is kept.
 */
export const InboxSettings: GlobalConfig = {
  slug: 'inbox-settings',
  label: label('Налаштування звернень', 'Inbox settings'),
  admin: { group: label('Звернення', 'Inbox') },
  access: { read: contentManagers, update: admins },
  fields: [
    dayList(
      'daysOff',
      'Неробочі дні',
      'Days off',
      'Дні, що не рахуються робочими, крім субот і неділь (напр. перенесені вихідні).',
    ),
    dayList(
      'workingDays',
      'Робочі суботи й неділі',
      'Working weekend days',
      'Суботи чи неділі, що оголошено робочими.',
    ),
    {
      name: 'publicHolidaysAreDaysOff',
      type: 'checkbox',
      defaultValue: false,
      label: label('Святкові дні — неробочі', 'Public holidays are days off'),
      admin: {
        description: label(
          'Під час воєнного стану святкові дні є робочими (ст. 73 КЗпП зі змінами Закону № 2136-IX від 15.03.2022), тому типово вимкнено. Увімкніть, коли закон зміниться.',
          'Under martial law public holidays are working days (Labour Code art. 73 as changed by Law No. 2136-IX), hence off by default.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'retainInformationRequestsDays',
          type: 'number',
          min: 1,
          max: 3650,
          required: true,
          defaultValue: 365,
          label: label(
            'Зберігати персональні дані запитів на інформацію (днів)',
            'Keep personal data of information requests (days)',
          ),
        },
        {
          name: 'retainOtherDays',
          type: 'number',
          min: 1,
          max: 3650,
          required: true,
          defaultValue: 90,
          label: label(
            'Зберігати персональні дані інших звернень (днів)',
            'Keep personal data of other submissions (days)',
          ),
        },
      ],
    },
    {
      name: 'lastDigestDay',
      type: 'text',
      maxLength: 10,
      label: label('Останній щоденний лист', 'Last daily digest'),
      admin: { readOnly: true },
    },
    {
      name: 'lastRetentionDay',
      type: 'text',
      maxLength: 10,
      label: label('Останнє очищення', 'Last retention run'),
      admin: { readOnly: true },
    },
  ],
}
