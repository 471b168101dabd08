import { label } from '../i18n/label'

/**
 * The grounds on which a public information request is answered within 48 hours (Law of Ukraine
 * «Про доступ до публічної інформації», art. 20 part 2). `none` is the usual 5 working days.
 */
export const URGENT_GROUNDS = {
  none: { label: label('Звичайний запит (5 робочих днів)', 'Ordinary request (5 working days)') },
  life: {
    label: label('Захист життя чи свободи особи', 'Protecting a person’s life or liberty'),
  },
  environment: {
    label: label(
      'Стан довкілля, якість харчових продуктів і предметів побуту',
      'The environment, quality of food and household goods',
    ),
  },
  emergency: {
    label: label(
      'Аварії, катастрофи, небезпечні природні явища, інші надзвичайні ситуації',
      'Accidents, disasters, natural hazards, other emergencies',
    ),
  },
} as const

export type UrgentGround = keyof typeof URGENT_GROUNDS
