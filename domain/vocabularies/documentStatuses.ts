import { label } from '../i18n/label'

/** Status of an official document as readers see it, with the segment of its register page. */
export const DOCUMENT_STATUSES = {
  project: { label: label('Проєкт', 'Draft project'), path: 'proiekty' },
  pending: { label: label('Ще не набрав чинності', 'Not yet in force'), path: 'shche-ne-chynni' },
  'in-force': { label: label('Чинний', 'In force'), path: 'chynni' },
  expired: { label: label('Утратив чинність', 'Expired'), path: 'vtratyly-chynnist' },
  repealed: { label: label('Скасований', 'Repealed'), path: 'skasovani' },
} as const

export type DocumentStatus = keyof typeof DOCUMENT_STATUSES

/** How an editor sets the status: from the dates, or by hand for what dates cannot say. */
export const STATUS_MODES = {
  auto: { label: label('За датами чинності', 'From the validity dates') },
  project: { label: label('Це проєкт документа', 'This is a draft project') },
  repealed: { label: label('Документ скасовано', 'The document was repealed') },
} as const

export type StatusMode = keyof typeof STATUS_MODES
