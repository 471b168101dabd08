import { z } from 'zod'

import { ITEM_IDENTIFIER_PATTERN } from '@domain/heritage/identifiers'
import { ALERT_LEVELS, ALERT_SCOPES } from '@domain/vocabularies/alertLevels'
import { DOCUMENT_STATUSES } from '@domain/vocabularies/documentStatuses'
import { EVENT_AUDIENCES } from '@domain/vocabularies/eventAudiences'
import { EVENT_CATEGORIES } from '@domain/vocabularies/eventCategories'
import { EVENT_REGISTRATION_MODES } from '@domain/vocabularies/eventRegistrationModes'
import { EVENT_SCHEDULE_KINDS } from '@domain/vocabularies/eventScheduleKinds'
import { EVENT_VENUES } from '@domain/vocabularies/eventVenues'
import { NEWS_CATEGORIES } from '@domain/vocabularies/newsCategories'
import { OCCURRENCE_CHANGES } from '@domain/vocabularies/occurrenceChanges'
import { PROGRAMME_TASK_KINDS } from '@domain/vocabularies/programmeTaskKinds'
import { SANITARY_WEEKS } from '@domain/vocabularies/sanitaryWeeks'
import { QUESTION_TOPICS } from '@domain/vocabularies/questionTopics'
import { keysOf } from '@domain/vocabularies/vocabulary'
import { WEEKDAYS } from '@domain/vocabularies/weekdays'

// What the site reads from the CMS, checked at the boundary: a document that does not fit stops
// the build with the collection, document and field named, instead of rendering a broken page.

const id = z.union([z.number(), z.string()]).transform(String)
const ref = z
  .union([id, z.object({ id })])
  .nullish()
  .transform((value) =>
    value === null || value === undefined
      ? undefined
      : typeof value === 'string'
        ? value
        : value.id,
  )
const refs = z
  .array(ref)
  .nullish()
  .transform((values) => (values ?? []).filter((value): value is string => value !== undefined))
const text = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value.trim() : undefined))
const required = z.string().trim().min(1, 'порожнє поле')
const date = z
  .string()
  .nullish()
  .transform((value) => (value ? value : undefined))
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullish()
const richText = z.unknown()

export const mediaSchema = z.object({
  id,
  filename: required,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: required,
  caption: text,
  credit: text,
  sizes: z.object({ og: z.object({ filename: z.string().nullish() }).nullish() }).nullish(),
})

export const fileSchema = z.object({
  id,
  title: required,
  description: text,
  filename: required,
  filesize: z.number().nonnegative(),
  mimeType: z.string(),
  format: text,
})

const span = { opens: time, closes: time, breakFrom: time, breakTo: time }

export const branchSchema = z.object({
  id,
  name: required,
  shortName: text,
  slug: required,
  kind: z.string(),
  district: text,
  address: z.object({ street: required, building: required, postcode: text, city: text }),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  phones: z.array(z.object({ number: required, note: text })).nullish(),
  email: text,
  head: text,
  weeklyHours: z.array(z.object({ day: z.enum(WEEKDAYS), ...span })).nullish(),
  sanitaryDay: z
    .object({
      week: z.enum(keysOf(SANITARY_WEEKS)).nullish(),
      weekday: z.enum(WEEKDAYS).nullish(),
    })
    .nullish(),
  specialDays: z
    .array(
      z.object({
        from: required,
        to: date,
        closed: z.boolean().nullish(),
        reason: text,
        note: text,
        ...span,
      }),
    )
    .nullish(),
  services: z.array(z.string()).nullish(),
  closures: z
    .array(z.object({ from: required, to: required, reason: z.string(), note: text }))
    .nullish(),
  changedHours: z.array(z.object({ from: required, to: required, note: text, ...span })).nullish(),
  resilience: z
    .object({
      active: z.boolean().nullish(),
      features: z.array(z.string()).nullish(),
      chargingPlaces: z.number().nullish(),
      hours: text,
    })
    .nullish(),
  shelter: z.object({ address: text, distance: z.number().nullish() }).nullish(),
  statusLine: text,
  accessibilityNotes: text,
  description: richText,
  photos: refs,
  order: z.number().nullish(),
})
export type BranchDoc = z.output<typeof branchSchema>

export const newsSchema = z.object({
  id,
  title: required,
  slug: required,
  publishedAt: z.string().nullish(),
  updatedAt: z.string(),
  category: z.enum(keysOf(NEWS_CATEGORIES)),
  branches: refs,
  excerpt: text,
  cover: ref,
  body: richText,
  tags: z.array(z.string()).nullish(),
  programmeTasks: refs,
})
export type NewsDoc = z.output<typeof newsSchema>

const nullishText = z.string().nullish()
const extraDates = z
  .array(z.object({ date: nullishText, startTime: nullishText, endTime: nullishText }))
  .nullish()

/** An event: its dates are checked again by domain/events when the site computes occurrences. */
export const eventSchema = z.object({
  id,
  title: required,
  slug: required,
  updatedAt: z.string(),
  summary: text,
  category: z.enum(keysOf(EVENT_CATEGORIES)),
  audiences: z.array(z.enum(keysOf(EVENT_AUDIENCES))).nullish(),
  ageFrom: z.number().nullish(),
  ageTo: z.number().nullish(),
  branches: refs,
  cover: ref,
  body: richText,
  schedule: z.object({
    kind: z.enum(keysOf(EVENT_SCHEDULE_KINDS)),
    date: nullishText,
    startTime: nullishText,
    endTime: nullishText,
    endDate: nullishText,
    dates: extraDates,
    frequency: z.enum(['weekly', 'monthly']).nullish(),
    interval: z.number().nullish(),
    weekdays: z.array(z.enum(WEEKDAYS)).nullish(),
    monthWeek: z.enum(['1', '2', '3', '4', '-1']).nullish(),
    monthWeekday: z.enum(WEEKDAYS).nullish(),
    until: nullishText,
    count: z.number().nullish(),
    excludedDates: z.array(z.string()).nullish(),
    addedDates: extraDates,
    rule: nullishText,
  }),
  changes: z
    .array(
      z.object({
        original: nullishText,
        kind: z.enum(keysOf(OCCURRENCE_CHANGES)).nullish(),
        date: nullishText,
        startTime: nullishText,
        endTime: nullishText,
        place: nullishText,
        note: nullishText,
      }),
    )
    .nullish(),
  venue: z.enum(keysOf(EVENT_VENUES)).nullish(),
  onlineUrl: text,
  placeName: text,
  address: text,
  accessibilityNotes: text,
  free: z.boolean().nullish(),
  price: text,
  language: text,
  organiser: text,
  partner: text,
  registration: z
    .object({
      mode: z.enum(keysOf(EVENT_REGISTRATION_MODES)).nullish(),
      url: text,
      contactText: text,
      capacity: z.number().nullish(),
      waitingList: z.boolean().nullish(),
      maxPlacesPerPerson: z.number().nullish(),
      closesMinutesBefore: z.number().nullish(),
    })
    .nullish(),
  tags: z.array(z.string()).nullish(),
  programmeTasks: refs,
})
export type EventDoc = z.output<typeof eventSchema>

export const documentSchema = z.object({
  id,
  title: required,
  slug: required,
  type: z.string(),
  number: text,
  adoptedOn: date,
  issuer: text,
  validFrom: date,
  validTo: date,
  status: z.enum(keysOf(DOCUMENT_STATUSES)),
  summary: text,
  body: richText,
  attachments: refs,
  related: refs,
  supersedes: refs,
  programmeTasks: refs,
  /** Set by the CMS on every save: names the version of the text a kept render came from. */
  updatedAt: z.string().optional(),
})
export type DocumentDoc = z.output<typeof documentSchema>

export const collectionSchema = z.object({
  id,
  title: required,
  slug: required,
  description: richText,
  cover: ref,
  curator: text,
  defaultRights: text,
  order: z.number().nullish(),
  programmeTasks: refs,
})
export type CollectionDoc = z.output<typeof collectionSchema>

export const itemSchema = z.object({
  id,
  identifier: z.string().regex(ITEM_IDENTIFIER_PATTERN),
  title: required,
  collections: refs,
  type: z.string(),
  creator: text,
  dateWritten: text,
  startYear: z.number().int().nullish(),
  endYear: z.number().int().nullish(),
  description: text,
  subjects: z.array(z.string()).nullish(),
  places: z.array(z.string()).nullish(),
  language: text,
  format: text,
  extent: text,
  source: z.object({ branch: ref, shelfMark: text }).nullish(),
  rights: text,
  images: z.array(z.object({ image: ref, label: text })).nullish(),
  transcription: text,
  related: refs,
  createdAt: z.string(),
})
export type ItemDoc = z.output<typeof itemSchema>

export const programmeTaskSchema = z.object({
  id,
  title: required,
  slug: required,
  kind: z.enum(keysOf(PROGRAMME_TASK_KINDS)),
  number: z.number().int(),
  programme: ref,
  summary: required,
  section: text,
})
export type ProgrammeTaskDoc = z.output<typeof programmeTaskSchema>

export const pageSchema = z.object({
  id,
  title: required,
  slug: required,
  summary: text,
  body: richText,
})
export type PageDoc = z.output<typeof pageSchema>

export const alertSchema = z.object({
  id,
  text: required,
  level: z.enum(keysOf(ALERT_LEVELS)),
  scope: z.enum(keysOf(ALERT_SCOPES)),
  branch: ref,
  startsAt: z.string().min(1),
  endsAt: z.string().min(1),
})

export type AlertDoc = z.output<typeof alertSchema>

export const siteSchema = z.object({
  name: required,
  shortName: text,
  tagline: text,
  contacts: z.object({ address: text, phone: text, email: text }).nullish(),
  social: z.array(z.object({ network: z.string(), url: z.string() })).nullish(),
  headerNav: z.array(z.object({ label: z.string(), href: z.string() })).nullish(),
  footerNav: z.array(z.object({ label: z.string(), href: z.string() })).nullish(),
  footerText: text,
})
export type SiteDoc = z.output<typeof siteSchema>

/** Parses one document, naming the collection, document and field when it does not fit. */
export function parse<T extends z.ZodType>(
  schema: T,
  collection: string,
  doc: unknown,
): z.output<T> {
  const result = schema.safeParse(doc)
  if (result.success) return result.data
  const record = (doc ?? {}) as Record<string, unknown>
  const key = record.slug ?? record.identifier ?? record.id
  const name = typeof key === 'string' || typeof key === 'number' ? String(key) : '?'
  const fields = result.error.issues
    .map((issue) => `поле «${issue.path.join('.') || '(документ)'}»: ${issue.message}`)
    .join('; ')
  throw new Error(`Сайт не зібрано: ${collection} «${name}» — ${fields}`)
}

const counts = z.strictObject({
  received: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  answeredOnTime: z.number().int().nonnegative(),
})

/**
 * The inbox's monthly counts (cms/submissions/statistics.ts): strict, so that nothing but a
 * month and whole numbers can reach a page, whatever the CMS returned.
 */
export const inboxStatisticsSchema = z.array(
  z.strictObject({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    'information-request': counts,
    question: counts,
  }),
)

export const faqSchema = z.object({
  id,
  question: required,
  answer: required,
  topic: z.enum(keysOf(QUESTION_TOPICS)),
})
