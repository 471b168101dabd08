import path from 'node:path'

import { isoWeekday, kyivDay } from '@domain/time/kyivTime'
import { type Occurrence, type Window, occurrences } from '@domain/events/occurrences'
import type { EventSchedule, OccurrenceChange } from '@domain/events/schedule'
import {
  ageTextIn,
  describeRuleIn,
  formatDaySpanIn,
  formatOccurrenceIn,
  formatOccurrenceStartIn,
} from '@domain/format/eventDates'
import { kyivYear } from '@domain/format/dates'
import { typesetIn } from '@domain/format/localeFormat'
import { typeset } from '@domain/format/typography'
import type { Locale } from '@domain/i18n/locales'
import { pathIn } from '@domain/urls/localeUrls'
import { EVENT_AUDIENCES } from '@domain/vocabularies/eventAudiences'
import { EVENT_CATEGORIES } from '@domain/vocabularies/eventCategories'
import { WEEKDAYS } from '@domain/vocabularies/weekdays'

import type { BranchData, EventData, Link, OccurrenceData, TaskLink } from '../model'
import type { EventDoc } from '../read/schemas'
import type { Shaping } from './context'

const DAY_MS = 24 * 3600 * 1000

/** The dates a build computes: a year back (the archive) and a year and a bit ahead. */
export function buildWindow(now: Date): Window {
  return {
    from: new Date(now.getTime() - 366 * DAY_MS),
    to: new Date(now.getTime() + 400 * DAY_MS),
  }
}

/** One date of an event, as the Ukrainian pages show it. */
export function shapeOccurrence(occurrence: Occurrence): OccurrenceData {
  return shapeOccurrenceIn('uk', occurrence)
}

/** One date of an event; `when` in the page's language (the place and note stay as written). */
export function shapeOccurrenceIn(locale: Locale, occurrence: Occurrence): OccurrenceData {
  return {
    key: occurrence.key,
    start: occurrence.start.toISOString(),
    end: occurrence.end.toISOString(),
    originalStart: occurrence.originalStart.toISOString(),
    state: occurrence.state,
    place: occurrence.place ? typeset(occurrence.place) : undefined,
    onlineUrl: occurrence.onlineUrl,
    note: occurrence.note ? typeset(occurrence.note) : undefined,
    span: occurrence.span,
    day: kyivDay(occurrence.start),
    when: formatOccurrenceIn(locale, occurrence),
  }
}

/** The schedule in words, for the event's page and cards. */
function scheduleText(schedule: EventSchedule, list: Occurrence[], locale: Locale): string {
  const first = list[0]
  switch (schedule.kind) {
    case 'rule': {
      const weekday = schedule.date ? WEEKDAYS[isoWeekday(schedule.date) - 1]! : 'mon'
      return describeRuleIn(locale, schedule, weekday)
    }
    case 'span':
      return first ? formatDaySpanIn(locale, first.start, first.end) : ''
    case 'dates':
      return list.length > 1
        ? `${list.length} ${PLACE_WORDS[locale].dates}`
        : first
          ? formatOccurrenceStartIn(locale, first.start)
          : ''
    default:
      return first ? formatOccurrenceStartIn(locale, first.start) : ''
  }
}

const PLACE_WORDS: Record<Locale, { online: string; unknown: string; dates: string }> = {
  uk: { online: 'Онлайн', unknown: 'Місце уточнюється', dates: 'дат' },
  en: { online: 'Online', unknown: 'Venue to be confirmed', dates: 'dates' },
}

/** The place in one line (the branches in this language; another place as written). */
function placeText(
  doc: EventDoc,
  venue: string,
  branches: Link[],
  linked: BranchData[],
  locale: Locale,
): string {
  const words = PLACE_WORDS[locale]
  if (venue === 'online') return words.online
  if (venue === 'other')
    return typeset([doc.placeName, doc.address].filter(Boolean).join(', ') || words.unknown)
  if (locale === 'uk')
    return (
      linked.map((branch) => `${branch.name}, ${branch.address.line}`).join('; ') || words.unknown
    )
  return branches.map((branch) => branch.title).join('; ') || words.unknown
}

/** An event with its computed dates, place and links, typeset for the pages. */
export function shapeEvent(
  doc: EventDoc,
  shaping: Shaping,
  context: {
    branchById: Map<string, BranchData>
    taskLinks: TaskLink[]
    ogFiles: Map<string, string>
    mediaDir: string
    now: Date
    /**
     * The language the event is shaped in (Ukrainian by default). Another language needs the
     * branches' links in it (englishBranchLinks): a branch without its page there links the
     * Ukrainian one.
     */
    locale?: Locale
    branchLinks?: Link[]
  },
): EventData {
  const locale = context.locale ?? 'uk'
  const schedule = doc.schedule as EventSchedule
  const changes = (doc.changes ?? []) as OccurrenceChange[]
  const list = occurrences(schedule, changes, buildWindow(context.now))
  const linked = doc.branches
    .map((ref) => context.branchById.get(ref))
    .filter((branch) => branch !== undefined)
  const venue = doc.venue ?? 'branch'
  const firstBranch = linked[0]
  const branches =
    context.branchLinks ?? linked.map((branch) => ({ href: branch.url, title: branch.name }))
  const cover = shaping.picture(doc.cover, [400, 800, 1200], `events «${doc.slug}», поле «cover»`)
  const og = doc.cover ? context.ogFiles.get(doc.cover) : undefined
  const audiences = doc.audiences ?? []
  return {
    id: doc.id,
    slug: doc.slug,
    url: pathIn(locale, { type: 'event', slug: doc.slug }),
    title: typesetIn(locale, doc.title),
    summary: doc.summary ? typesetIn(locale, doc.summary) : undefined,
    category: doc.category,
    categoryLabel: EVENT_CATEGORIES[doc.category].label[locale],
    audiences,
    audienceLabels: audiences.map((audience) => EVENT_AUDIENCES[audience].label[locale]),
    ageText: ageTextIn(locale, doc.ageFrom, doc.ageTo),
    branches,
    branchSlugs: linked.map((branch) => branch.slug),
    venue,
    placeText: placeText(doc, venue, branches, linked, locale),
    address:
      venue === 'other' ? doc.address : venue === 'branch' ? firstBranch?.address.line : undefined,
    onlineUrl: venue === 'online' ? doc.onlineUrl : undefined,
    accessibilityNotes: doc.accessibilityNotes
      ? typesetIn(locale, doc.accessibilityNotes)
      : undefined,
    free: doc.free ?? true,
    price: doc.price ? typeset(doc.price) : undefined,
    language: doc.language,
    organiser: doc.organiser ? typeset(doc.organiser) : undefined,
    partner: doc.partner ? typeset(doc.partner) : undefined,
    tags: doc.tags ?? [],
    programmeTasks: context.taskLinks,
    cover,
    ogImage: og
      ? shaping.images.copy(path.join(context.mediaDir, og), `/media/og/${og}`)
      : undefined,
    bodyHtml: shaping.render(
      doc.body,
      'events',
      doc.slug,
      locale === 'uk' ? 'body' : `body (${locale})`,
    ).html,
    scheduleText: scheduleText(schedule, list, locale),
    schedule,
    changes,
    registration: {
      mode: doc.registration?.mode ?? 'none',
      url: doc.registration?.url,
      contactText: doc.registration?.contactText
        ? typeset(doc.registration.contactText)
        : undefined,
      capacity: doc.registration?.capacity ?? undefined,
      waitingList: doc.registration?.waitingList ?? false,
      maxPlacesPerPerson: doc.registration?.maxPlacesPerPerson ?? undefined,
      closesMinutesBefore: doc.registration?.closesMinutesBefore ?? 0,
    },
    occurrences: list.map((occurrence) => shapeOccurrenceIn(locale, occurrence)),
    heldByYear: heldByYear(schedule, changes, context.now),
    updatedAt: doc.updatedAt,
  }
}

/** The earliest date counted as held: before any event the network could have put on the site. */
const HELD_SINCE = new Date('2000-01-01T00:00:00Z')

/**
 * How many of the event's dates were held before `now`, by Kyiv year of their (actual) start:
 * every date of the whole schedule, not just the build's window, less the cancelled ones. The
 * programme pages and their data set count «events held» from it.
 */
export function heldByYear(
  schedule: EventSchedule,
  changes: OccurrenceChange[],
  now: Date,
): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const occurrence of occurrences(schedule, changes, { from: HELD_SINCE, to: now })) {
    if (occurrence.state === 'cancelled' || occurrence.start >= now) continue
    const year = String(kyivYear(occurrence.start))
    counts[year] = (counts[year] ?? 0) + 1
  }
  return counts
}
