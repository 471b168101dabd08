import { label } from '../i18n/label'

/**
 * How pressing an alert is. Only urgent alerts are a live region (a screen reader announces them
 * at once); the others are read in the page's order.
 */
export const ALERT_LEVELS = {
  info: { label: label('Інформація', 'Information') },
  warning: { label: label('Увага', 'Warning') },
  urgent: { label: label('Терміново', 'Urgent') },
} as const

export type AlertLevel = keyof typeof ALERT_LEVELS

/** Where an alert shows: on every page, or on one branch's pages. */
export const ALERT_SCOPES = {
  network: { label: label('Уся мережа (на кожній сторінці)', 'Whole network (every page)') },
  branch: { label: label('Одна бібліотека (на її сторінці)', 'One branch (its page)') },
} as const

export type AlertScope = keyof typeof ALERT_SCOPES
