import { z } from 'zod'

import { ITEM_IDENTIFIER_PATTERN } from '@domain/heritage/identifiers'
import { BRANCH_DISTRICTS } from '@domain/vocabularies/branchDistricts'
import { BRANCH_KINDS } from '@domain/vocabularies/branchKinds'
import { BRANCH_SERVICES } from '@domain/vocabularies/branchServices'
import { CLOSURE_REASONS } from '@domain/vocabularies/closureReasons'
import { RESILIENCE_FEATURES } from '@domain/vocabularies/resilienceFeatures'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { EVENT_AUDIENCES } from '@domain/vocabularies/eventAudiences'
import { EVENT_CATEGORIES } from '@domain/vocabularies/eventCategories'
import { EVENT_REGISTRATION_MODES } from '@domain/vocabularies/eventRegistrationModes'
import {
  EVENT_FREQUENCIES,
  EVENT_SCHEDULE_KINDS,
  MONTH_WEEK_ORDINALS,
} from '@domain/vocabularies/eventScheduleKinds'
import { EVENT_VENUES } from '@domain/vocabularies/eventVenues'
import { OCCURRENCE_CHANGES } from '@domain/vocabularies/occurrenceChanges'
import { ITEM_TYPES } from '@domain/vocabularies/itemTypes'
import { NEWS_CATEGORIES } from '@domain/vocabularies/newsCategories'
import { PROGRAMME_TASK_KINDS } from '@domain/vocabularies/programmeTaskKinds'
import { SANITARY_WEEKS } from '@domain/vocabularies/sanitaryWeeks'
import { SPECIAL_DAY_REASONS } from '@domain/vocabularies/specialDayReasons'
import { SOCIAL_NETWORKS } from '@domain/vocabularies/socialNetworks'
import { keysOf } from '@domain/vocabularies/vocabulary'
import { WEEKDAYS } from '@domain/vocabularies/weekdays'
import { rightsCodeFromUri, type RightsCode } from '@domain/vocabularies/rightsStatements'

// Schemas of the seed files in content/: they are checked before anything is written, so a
// broken file stops the seed with the file and field named instead of loading half of it.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM')
const weekday = z.enum(WEEKDAYS)
/** A RightsStatements.org URI in the file, stored as the statement's code. */
const rightsUri = z.string().transform((uri, ctx): RightsCode => {
  const code = rightsCodeFromUri(uri)
  if (!code) {
    ctx.addIssue({ code: 'custom', message: `not a RightsStatements.org URI: ${uri}` })
    return z.NEVER
  }
  return code
})
/** Markdown text, converted to the CMS's rich text when loaded. */
const markdown = z.string()

/** An English version of a text: its own title, summary and body (Markdown). */
const translationSchema = z.object({
  title: z.string().min(1),
  excerpt: z.string().default(''),
  body: markdown.default(''),
})

/** English versions of the other content types (issue #16): only what readers read. */
const englishProgramme = z.object({ titleTranslation: z.string().min(1), summary: z.string() })
const englishBranch = z.object({
  name: z.string().min(1),
  shortName: z.string().optional(),
  description: markdown.default(''),
})
const englishCollection = z.object({ title: z.string().min(1), description: markdown.default('') })
const englishItem = z.object({ description: z.string().min(1) })
const englishEvent = z.object({
  title: z.string().min(1),
  summary: z.string().optional(),
  body: markdown.default(''),
  accessibilityNotes: z.string().optional(),
})
const englishPage = z.object({
  title: z.string().min(1),
  summary: z.string().optional(),
  body: markdown.default(''),
})

export const programmeSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1),
  type: z.literal('programme'),
  issuer: z.string(),
  validFrom: isoDay,
  validTo: isoDay,
  summary: z.string(),
  /** File name of the full text, Markdown, beside programme.json. */
  bodyFile: z.string(),
  /** Its tasks and priorities as worded in it; `section` is the heading of the part they are in. */
  tasks: z
    .array(
      z.object({
        slug: z.string().regex(/^[a-z0-9-]+$/),
        title: z.string().min(1),
        kind: z.enum(keysOf(PROGRAMME_TASK_KINDS)),
        number: z.number().int().positive(),
        section: z.string().min(1),
        summary: z.string().min(1),
        /** Its English version (issue #16): a faithful translation of the title and the text. */
        en: z.object({ title: z.string().min(1), summary: z.string().min(1) }).optional(),
      }),
    )
    .default([]),
  en: englishProgramme.optional(),
})

export const branchSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().optional(),
  kind: z.enum(keysOf(BRANCH_KINDS)),
  district: z.enum(keysOf(BRANCH_DISTRICTS)).optional(),
  address: z.object({ street: z.string(), building: z.string(), postcode: z.string().optional() }),
  latitude: z.number(),
  longitude: z.number(),
  phones: z.array(z.string()),
  email: z.string().optional(),
  weeklyHours: z.array(
    z.object({
      day: weekday,
      opens: time,
      closes: time,
      breakFrom: time.optional(),
      breakTo: time.optional(),
    }),
  ),
  sanitaryDay: z.object({ week: z.enum(keysOf(SANITARY_WEEKS)), weekday }).optional(),
  specialDays: z
    .array(
      z.object({
        from: isoDay,
        to: isoDay.optional(),
        closed: z.boolean(),
        opens: time.optional(),
        closes: time.optional(),
        reason: z.enum(keysOf(SPECIAL_DAY_REASONS)),
        note: z.string().optional(),
      }),
    )
    .default([]),
  services: z.array(z.enum(keysOf(BRANCH_SERVICES))).default([]),
  closures: z
    .array(
      z.object({
        from: isoDay,
        to: isoDay,
        reason: z.enum(keysOf(CLOSURE_REASONS)),
        note: z.string().optional(),
      }),
    )
    .default([]),
  changedHours: z
    .array(
      z.object({
        from: isoDay,
        to: isoDay,
        opens: time,
        closes: time,
        breakFrom: time.optional(),
        breakTo: time.optional(),
        note: z.string().optional(),
      }),
    )
    .default([]),
  resilience: z
    .object({
      active: z.boolean(),
      features: z.array(z.enum(keysOf(RESILIENCE_FEATURES))),
      chargingPlaces: z.number().int().min(0).optional(),
      hours: z.string().optional(),
    })
    .optional(),
  shelter: z.object({ address: z.string(), distance: z.number().min(0) }).optional(),
  statusLine: z.string().optional(),
  accessibilityNotes: z.string().optional(),
  description: markdown,
  head: z.string().optional(),
  order: z.number(),
  /** Hue of the generated placeholder photo. */
  photoHue: z.number().min(0).max(360).default(200),
  en: englishBranch.optional(),
})

export const newsSchema = z.object({
  /** Slugs of the programme's tasks and priorities it serves (programme.json). */
  programmeTasks: z.array(z.string()).default([]),
  title: z.string().min(1),
  excerpt: z.string(),
  body: markdown,
  category: z.enum(keysOf(NEWS_CATEGORIES)),
  /** Indexes into branches.json. */
  branches: z.array(z.number().int().min(0)),
  tags: z.array(z.string()).default([]),
  publishedAt: z.iso.datetime({ offset: true }),
  status: z.enum(['published', 'draft', 'scheduled']),
  withCover: z.boolean().default(false),
  /** Its English version, when one is written (issue #16): published with the item. */
  en: translationSchema.optional(),
})

const hhmm = z.string().regex(/^\d{2}:\d{2}$/, 'a time as HH:MM')
const extraDate = z.object({ date: isoDay, startTime: hhmm.optional(), endTime: hhmm.optional() })

/** A sample event; its per-date changes name the original day (`on`), the seed makes the key. */
export const eventSchema = z.object({
  programmeTasks: z.array(z.string()).default([]),
  title: z.string().min(1),
  summary: z.string(),
  body: markdown,
  category: z.enum(keysOf(EVENT_CATEGORIES)),
  audiences: z.array(z.enum(keysOf(EVENT_AUDIENCES))).min(1),
  ageFrom: z.number().int().optional(),
  ageTo: z.number().int().optional(),
  /** Indexes into branches.json. */
  branches: z.array(z.number().int().min(0)),
  venue: z.enum(keysOf(EVENT_VENUES)).default('branch'),
  onlineUrl: z.string().optional(),
  placeName: z.string().optional(),
  address: z.string().optional(),
  accessibilityNotes: z.string().optional(),
  free: z.boolean().default(true),
  price: z.string().optional(),
  partner: z.string().optional(),
  tags: z.array(z.string()).default([]),
  schedule: z.object({
    kind: z.enum(keysOf(EVENT_SCHEDULE_KINDS)),
    date: isoDay,
    startTime: hhmm.optional(),
    endTime: hhmm.optional(),
    endDate: isoDay.optional(),
    dates: z.array(extraDate).optional(),
    frequency: z.enum(keysOf(EVENT_FREQUENCIES)).optional(),
    interval: z.number().int().min(1).optional(),
    weekdays: z.array(z.enum(WEEKDAYS)).optional(),
    monthWeek: z.enum(keysOf(MONTH_WEEK_ORDINALS)).optional(),
    monthWeekday: z.enum(WEEKDAYS).optional(),
    until: isoDay.optional(),
    count: z.number().int().min(1).optional(),
    excludedDates: z.array(isoDay).optional(),
    addedDates: z.array(extraDate).optional(),
  }),
  changes: z
    .array(
      z.object({
        on: isoDay,
        kind: z.enum(keysOf(OCCURRENCE_CHANGES)),
        date: isoDay.optional(),
        startTime: hhmm.optional(),
        endTime: hhmm.optional(),
        place: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .default([]),
  registration: z
    .object({
      mode: z.enum(keysOf(EVENT_REGISTRATION_MODES)),
      url: z.string().optional(),
      contactText: z.string().optional(),
      capacity: z.number().int().min(1).optional(),
      waitingList: z.boolean().optional(),
      maxPlacesPerPerson: z.number().int().min(1).optional(),
      closesMinutesBefore: z.number().int().min(0).optional(),
    })
    .default({ mode: 'none' }),
  status: z.enum(['published', 'draft']),
  en: englishEvent.optional(),
})

export const documentSchema = z.object({
  /** Slugs of the programme's tasks and priorities it serves (programme.json). */
  programmeTasks: z.array(z.string()).default([]),
  title: z.string().min(1),
  type: z.enum(keysOf(DOCUMENT_TYPES)),
  number: z.string().optional(),
  adoptedOn: isoDay.optional(),
  issuer: z.string().optional(),
  validFrom: isoDay.optional(),
  validTo: isoDay.optional(),
  repealed: z.boolean().default(false),
  summary: z.string(),
  body: markdown,
  attachments: z
    .array(z.object({ title: z.string(), filename: z.string().regex(/^[a-z0-9-]+\.pdf$/) }))
    .default([]),
})

export const collectionSchema = z.object({
  /** Slugs of the programme's tasks and priorities it serves (programme.json). */
  programmeTasks: z.array(z.string()).default([]),
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  description: markdown,
  curator: z.string().optional(),
  defaultRights: rightsUri,
  order: z.number(),
  hue: z.number().min(0).max(360).default(30),
  en: englishCollection.optional(),
})

export const itemSchema = z.object({
  identifier: z.string().regex(ITEM_IDENTIFIER_PATTERN),
  title: z.string().min(1),
  /** Slug of the item's collection in collections.json. */
  collection: z.string(),
  type: z.enum(keysOf(ITEM_TYPES)),
  creator: z.string().optional(),
  dateWritten: z.string().optional(),
  startYear: z.number().int().optional(),
  endYear: z.number().int().optional(),
  description: z.string().optional(),
  subjects: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  language: z.string().default('uk'),
  format: z.string().optional(),
  extent: z.string().optional(),
  source: z
    .object({ branch: z.number().int().min(0), shelfMark: z.string().optional() })
    .optional(),
  rights: rightsUri.optional(),
  transcription: z.string().optional(),
  /** How many page images to generate. */
  pages: z.number().int().min(1).max(20).default(1),
  status: z.enum(['published', 'draft']).default('published'),
  en: englishItem.optional(),
})

export const pageSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  summary: z.string().optional(),
  body: markdown,
  en: englishPage.optional(),
})

const navLink = z.object({ label: z.string(), href: z.string() })

export const siteSchema = z.object({
  name: z.string(),
  shortName: z.string().optional(),
  tagline: z.string().optional(),
  contacts: z.object({ address: z.string(), phone: z.string(), email: z.string() }),
  social: z
    .array(z.object({ network: z.enum(keysOf(SOCIAL_NETWORKS)), url: z.string() }))
    .default([]),
  headerNav: z.array(navLink),
  footerNav: z.array(navLink),
  footerText: z.string().optional(),
})

export type BranchSeed = z.infer<typeof branchSchema>
export type NewsSeed = z.infer<typeof newsSchema>
export type EventSeed = z.infer<typeof eventSchema>
export type DocumentSeed = z.infer<typeof documentSchema>
export type CollectionSeed = z.infer<typeof collectionSchema>
export type ItemSeed = z.infer<typeof itemSchema>
export type PageSeed = z.infer<typeof pageSchema>
export type SiteSeed = z.infer<typeof siteSchema>
export type ProgrammeSeed = z.infer<typeof programmeSchema>
