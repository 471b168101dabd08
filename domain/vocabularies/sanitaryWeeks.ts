import { label } from '../i18n/label'

/**
 * Which week of the month the monthly sanitary day falls in, with the Ukrainian ordinal in the
 * masculine and feminine gender (it agrees with the weekday: «останній вівторок», «остання п’ятниця»).
 */
export const SANITARY_WEEKS = {
  first: { label: label('Перший', 'First'), ordinal: ['перший', 'перша'] },
  second: { label: label('Другий', 'Second'), ordinal: ['другий', 'друга'] },
  third: { label: label('Третій', 'Third'), ordinal: ['третій', 'третя'] },
  fourth: { label: label('Четвертий', 'Fourth'), ordinal: ['четвертий', 'четверта'] },
  last: { label: label('Останній', 'Last'), ordinal: ['останній', 'остання'] },
} as const

export type SanitaryWeek = keyof typeof SANITARY_WEEKS
