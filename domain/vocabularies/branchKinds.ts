import { label } from '../i18n/label'

/** Kinds of branch library. */
export const BRANCH_KINDS = {
  central: { label: label('Центральна бібліотека', 'Central library') },
  adult: { label: label('Бібліотека для дорослих', 'Library for adults') },
  children: { label: label('Бібліотека для дітей', 'Children’s library') },
  youth: { label: label('Бібліотека для юнацтва', 'Youth library') },
  family: { label: label('Бібліотека сімейного читання', 'Family library') },
  hub: { label: label('Бібліотека-хаб', 'Library hub') },
} as const

export type BranchKind = keyof typeof BRANCH_KINDS
