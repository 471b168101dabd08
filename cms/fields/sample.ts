import type { CheckboxField } from 'payload'

import { label } from '@domain/i18n/label'

/** Marks seed content as a sample, so a real library can remove all of it in one step. */
export const sampleField: CheckboxField = {
  name: 'isSample',
  type: 'checkbox',
  label: label('Зразок (демонстраційний вміст)', 'Sample (demo content)'),
  defaultValue: false,
  index: true,
  admin: {
    position: 'sidebar',
    description: label(
      'Позначені так записи можна вилучити однією командою: npm run seed -- --remove-samples',
      'Entries marked so can be removed with one command: npm run seed -- --remove-samples',
    ),
  },
}
