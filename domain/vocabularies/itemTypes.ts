import { label } from '../i18n/label'

/** Types of digitized objects with their DCMI Type Vocabulary term, for exports and harvesting. */
export const ITEM_TYPES = {
  photo: { label: label('Фотографія', 'Photograph'), dcmi: 'StillImage' },
  postcard: { label: label('Листівка', 'Postcard'), dcmi: 'StillImage' },
  map: { label: label('Мапа', 'Map'), dcmi: 'StillImage' },
  newspaper: { label: label('Газета', 'Newspaper'), dcmi: 'Text' },
  book: { label: label('Книга', 'Book'), dcmi: 'Text' },
  document: { label: label('Документ', 'Document'), dcmi: 'Text' },
} as const

export type ItemType = keyof typeof ITEM_TYPES
