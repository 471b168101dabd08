import { label } from '../i18n/label'

/** Where an event takes place: in its branch (or branches), online, or elsewhere. */
export const EVENT_VENUES = {
  branch: { label: label('У бібліотеці', 'In the library') },
  online: { label: label('Онлайн', 'Online') },
  other: { label: label('Інше місце', 'Another place') },
} as const

export type EventVenue = keyof typeof EVENT_VENUES
