import type { FaqEntry } from '@domain/faq/publicFaq'
import type { MonthStatistics } from '@domain/submissions/statistics'
import type { Translations } from '@domain/i18n/alternates'
import type { Locale } from '@domain/i18n/locales'
import type { Weekday } from '@domain/vocabularies/weekdays'
import type { DocumentStatus } from '@domain/vocabularies/documentStatuses'
import type { Schedule, SpecialDay } from '@domain/opening-hours/schedule'
import type { NewsCategory } from '@domain/vocabularies/newsCategories'
import type { EventSchedule, OccurrenceChange } from '@domain/events/schedule'
import type { EventAudience } from '@domain/vocabularies/eventAudiences'
import type { EventCategory } from '@domain/vocabularies/eventCategories'
import type { EventRegistrationMode } from '@domain/vocabularies/eventRegistrationModes'
import type { EventVenue } from '@domain/vocabularies/eventVenues'
import type { ProgrammeTaskKind } from '@domain/vocabularies/programmeTaskKinds'
import type { Picture } from './images'
import type { Attachment, TocEntry } from './richText'

/** The shapes the pages render: plain, serialisable, already typeset and linked. */

/** `lang`: the language of the page it leads to, when not the page's own (an English page's link to a Ukrainian one). */
export type Link = { href: string; title: string; lang?: Locale }

/** A link to a programme task's page, with the task's slug for counting. */
export type TaskLink = Link & { slug: string }

export type SiteData = {
  name: string
  shortName: string
  tagline?: string
  contacts: { address?: string; phone?: string; email?: string }
  social: { network: string; url: string }[]
  headerNav: { label: string; href: string }[]
  footerNav: { label: string; href: string }[]
  footerText?: string
  /** Alerts not yet over when the build read the content (network-wide and per branch). */
  alerts: AlertView[]
  /** When this build read the content (ISO). */
  builtAt: string
}

/** An alert banner (cms/collections/Alerts), its times as ISO instants. */
export type AlertView = {
  id: string
  text: string
  level: 'info' | 'warning' | 'urgent'
  levelLabel: string
  /** The branch whose pages show it; undefined for a network-wide alert. */
  branchId?: string
  startsAt: string
  endsAt: string
}

export type NewsData = {
  id: string
  slug: string
  url: string
  title: string
  publishedAt: string
  category: NewsCategory
  categoryLabel: string
  excerpt?: string
  cover?: Picture
  ogImage?: string
  bodyHtml: string
  branches: Link[]
  branchSlugs: string[]
  tags: string[]
  programmeTasks: TaskLink[]
  /** Its paths in the languages it exists in (issue #16): hreflang and the language switcher. */
  translations?: Translations
}

/** One date of an event as pages show it (instants as ISO strings: the content store keeps JSON). */
export type OccurrenceData = {
  /** The original start, `toISOString()`: the key of per-date changes and registrations. */
  key: string
  start: string
  end: string
  originalStart: string
  state: 'scheduled' | 'cancelled' | 'moved' | 'full'
  place?: string
  /** A date moved online: the meeting's address. */
  onlineUrl?: string
  note?: string
  span: boolean
  /** The Kyiv day it starts on. */
  day: string
  /** "вівторок, 1 грудня, 18:00–19:30" or the days of a period. */
  when: string
}

export type EventData = {
  id: string
  slug: string
  url: string
  title: string
  summary?: string
  category: EventCategory
  categoryLabel: string
  audiences: EventAudience[]
  audienceLabels: string[]
  ageText?: string
  branches: Link[]
  branchSlugs: string[]
  venue: EventVenue
  /** The place in one line: the branch and its address, the other place, or «Онлайн». */
  placeText: string
  /** Street address for schema.org and calendars. */
  address?: string
  onlineUrl?: string
  accessibilityNotes?: string
  free: boolean
  price?: string
  language?: string
  organiser?: string
  partner?: string
  tags: string[]
  programmeTasks: TaskLink[]
  cover?: Picture
  ogImage?: string
  bodyHtml: string
  /** "щовівторка, 18:00–19:30", "1–31 грудня", …: the schedule in words. */
  scheduleText: string
  schedule: EventSchedule
  changes: OccurrenceChange[]
  registration: {
    mode: EventRegistrationMode
    url?: string
    contactText?: string
    capacity?: number
    waitingList: boolean
    maxPlacesPerPerson?: number
    closesMinutesBefore: number
  }
  /** Every date in the build's window (a year back, a year and a bit ahead), in order. */
  occurrences: OccurrenceData[]
  /** Dates held before the build (cancelled ones left out), by Kyiv year: `{ "2025": 12 }`. */
  heldByYear: Record<string, number>
  updatedAt: string
  /** Its paths in the languages it exists in (issue #16). */
  translations?: Translations
}

export type WeeklyRow = { day: Weekday; label: string; hours?: string; breakText?: string }

export type SpecialDayView = SpecialDay & { label: string; hoursText: string }

/** A closure or changed-hours period as the branch page lists it. */
export type PeriodView = {
  from: string
  to: string
  label: string
  text: string
  note?: string
}

/** What a branch says about itself today: closures, changed hours, resilience point, shelter. */
export type BranchStatusView = {
  statusLine?: string
  closures: PeriodView[]
  changedHours: PeriodView[]
  resilience?: {
    features: { key: string; label: string }[]
    power: boolean
    internet: boolean
    chargingPlaces?: number
    hours?: string
  }
  shelter?: { address?: string; distance?: number; distanceText?: string }
}

export type BranchData = {
  id: string
  slug: string
  url: string
  name: string
  shortName: string
  kind: string
  kindLabel: string
  /** The neighbourhood (місцевість) of the district, when the branch has one. */
  district?: { key: string; label: string }
  address: { street: string; building: string; postcode?: string; city: string; line: string }
  latitude?: number
  longitude?: number
  phones: { number: string; tel: string; note?: string }[]
  email?: string
  head?: string
  schedule: Schedule
  weekly: WeeklyRow[]
  sanitaryText?: string
  specialDays: SpecialDayView[]
  status: BranchStatusView
  services: { key: string; label: string }[]
  accessibilityNotes?: string
  descriptionHtml: string
  descriptionText: string
  photos: Picture[]
  order: number
  /** Its paths in the languages it exists in (issue #16). */
  translations?: Translations
}

export type DocumentData = {
  id: string
  slug: string
  url: string
  title: string
  type: string
  typeLabel: string
  typePath: string
  number?: string
  adoptedOn?: string
  year?: number
  issuer?: string
  validFrom?: string
  validTo?: string
  status: DocumentStatus
  statusLabel: string
  statusPath: string
  summary?: string
  bodyHtml: string
  toc: TocEntry[]
  attachments: Attachment[]
  related: Link[]
  supersedes: Link[]
  supersededBy: Link[]
  programmeTasks: TaskLink[]
  /** A programme's own tasks and priorities, in its order (empty for other documents). */
  ownTasks: (TaskLink & { kind: ProgrammeTaskKind; number: number })[]
  /** On an English page: the official title in its own language (the title is its translation). */
  officialTitle?: string
  /** Its paths in the languages it exists in (issue #16). */
  translations?: Translations
}

export type Rights = { uri: string; label: string }

export type CollectionData = {
  id: string
  slug: string
  url: string
  title: string
  descriptionHtml: string
  descriptionText: string
  cover?: Picture
  curator?: string
  rights?: Rights
  order: number
  itemCount: number
  programmeTasks: TaskLink[]
  /** Its paths in the languages it exists in (issue #16). */
  translations?: Translations
}

export type ItemPage = { label: string; thumb: Picture; full: Picture; download: string }

export type ItemData = {
  id: string
  identifier: string
  url: string
  title: string
  collection: Link & { slug: string }
  collections: Link[]
  type: string
  typeLabel: string
  dcmiType: string
  creator?: string
  dateWritten?: string
  startYear?: number
  endYear?: number
  decades: number[]
  description?: string
  subjects: Link[]
  places: Link[]
  language?: string
  format?: string
  extent?: string
  source?: { branch?: Link; shelfMark?: string }
  rights?: Rights
  pages: ItemPage[]
  transcription?: string
  related: Link[]
  /** When the item was catalogued (ISO). */
  addedAt: string
  /** Its paths in the languages it exists in (issue #16). */
  translations?: Translations
}

export type ProgrammeTaskData = {
  id: string
  slug: string
  url: string
  title: string
  kind: ProgrammeTaskKind
  kindLabel: string
  number: number
  summary: string
  programme: Link & { slug: string; validFrom?: string; validTo?: string }
  /** The programme document's section the task comes from (`/dokumenty/…/#ii-zavdannia`). */
  sectionHref: string
  /** Its paths in the languages it exists in (issue #16). */
  translations?: Translations
}

export type PageData = {
  id: string
  slug: string
  url: string
  title: string
  summary?: string
  bodyHtml: string
  /** Its paths in the languages it exists in (issue #16). */
  translations?: Translations
}

export type SiteModel = {
  site: SiteData
  news: NewsData[]
  branches: BranchData[]
  documents: DocumentData[]
  collections: CollectionData[]
  items: ItemData[]
  pages: PageData[]
  programmeTasks: ProgrammeTaskData[]
  events: EventData[]
  /** The inbox's public counts per month, newest first (no personal data: counts only). */
  inboxStatistics: MonthStatistics[]
  /** Published FAQ entries (plain text; drafts and the source submission never read). */
  faq: FaqEntry[]
  /** The English site: only what editors translated (issue #16). */
  englishSite: EnglishSiteData
  englishNews: NewsData[]
  englishEvents: EventData[]
  englishPages: PageData[]
  englishBranches: BranchData[]
  englishCollections: CollectionData[]
  englishDocuments: DocumentData[]
  englishProgrammeTasks: ProgrammeTaskData[]
  englishItems: ItemData[]
}

/** The English site's settings: the `site` global in English, our own words where it has none. */
export type EnglishSiteData = {
  name: string
  shortName: string
  tagline: string
  headerNav: { label: string; href: string }[]
  footerNav: { label: string; href: string }[]
  footerText?: string
  /** How many published news items have no English version (the English list says so). */
  ukrainianOnlyNews: number
}
