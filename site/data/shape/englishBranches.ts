import { typesetIn } from '@domain/format/localeFormat'
import { formatDistanceIn } from '@domain/geo/distance'
import type { DayHours } from '@domain/opening-hours/schedule'
import { hoursWordsIn, periodIn, sanitaryDayIn } from '@domain/opening-hours/hoursWords'
import { englishUrls } from '@domain/urls/localeUrls'
import { BRANCH_DISTRICTS } from '@domain/vocabularies/branchDistricts'
import { BRANCH_KINDS } from '@domain/vocabularies/branchKinds'
import { BRANCH_SERVICES } from '@domain/vocabularies/branchServices'
import { CLOSURE_REASONS } from '@domain/vocabularies/closureReasons'
import { RESILIENCE_FEATURES } from '@domain/vocabularies/resilienceFeatures'
import { labelOf } from '@domain/vocabularies/vocabulary'
import { WEEKDAY_LABELS } from '@domain/vocabularies/weekdays'

import type { Picture } from '../images'
import type { BranchData, BranchStatusView } from '../model'
import type { BranchDoc } from '../read/schemas'
import type { ImageWords } from '../richText'
import type { Shaping } from './context'

/** An image's English alt text and caption, by media id: only images an editor described in English. */
export type EnglishMedia = Map<string, ImageWords>

const words = hoursWordsIn('en')

/**
 * A branch's profile in English: its English name, description and accessibility notes, our
 * English words for hours, services and status, and the shared facts (address, phones, hours)
 * as they are. An editor's Ukrainian notes (the head's line, a phone's note, a special day's or
 * closure's note, the status line) are left out rather than shown as English; the street address
 * stays Ukrainian and the page marks it so. Photos only with an English alt text.
 */
export function shapeEnglishBranch(
  ukrainian: BranchData,
  doc: BranchDoc,
  shaping: Shaping,
  media: EnglishMedia,
): BranchData {
  const description = shaping.render(doc.description, 'branches', doc.slug, 'description (en)')
  const url = englishUrls.branch(doc.slug)
  const { sanitaryDay } = ukrainian.schedule
  return {
    ...ukrainian,
    slug: doc.slug,
    url,
    name: typesetIn('en', doc.name),
    shortName: typesetIn('en', doc.shortName ?? doc.name),
    kindLabel: labelOf(BRANCH_KINDS, ukrainian.kind, 'en'),
    district: ukrainian.district && {
      key: ukrainian.district.key,
      label: labelOf(BRANCH_DISTRICTS, ukrainian.district.key, 'en'),
    },
    phones: ukrainian.phones.map(({ number, tel }) => ({ number, tel })),
    head: undefined,
    weekly: ukrainian.weekly.map((row) => ({ ...row, label: WEEKDAY_LABELS[row.day].en })),
    sanitaryText: sanitaryDay
      ? sanitaryDayIn('en', sanitaryDay.week, sanitaryDay.weekday)
      : undefined,
    specialDays: ukrainian.specialDays.map((day) => ({
      ...day,
      note: undefined,
      label: periodIn('en', day.from, day.to),
      hoursText: day.closed || !day.hours ? words.closed : `${day.hours.opens}–${day.hours.closes}`,
    })),
    status: englishStatus(ukrainian),
    services: ukrainian.services.map(({ key }) => ({
      key,
      label: labelOf(BRANCH_SERVICES, key, 'en'),
    })),
    accessibilityNotes: doc.accessibilityNotes
      ? typesetIn('en', doc.accessibilityNotes)
      : undefined,
    descriptionHtml: description.html,
    descriptionText: description.text,
    photos: englishPictures(doc.photos, ukrainian.photos, media),
    translations: { uk: ukrainian.url, en: url },
  }
}

/** The branch's status in English; the editor's own Ukrainian lines are left out. */
function englishStatus(branch: BranchData): BranchStatusView {
  const { status, schedule } = branch
  const reasonOf = (from: string, to: string) =>
    schedule.closures?.find((entry) => entry.from === from && entry.to === to)?.reason ?? ''
  const hoursOf = (from: string, to: string) =>
    schedule.changedHours?.find((entry) => entry.from === from && entry.to === to)?.hours
  return {
    statusLine: undefined,
    closures: status.closures.map((entry) => ({
      from: entry.from,
      to: entry.to,
      label: periodIn('en', entry.from, entry.to),
      text: `${words.closed}: ${labelOf(CLOSURE_REASONS, reasonOf(entry.from, entry.to), 'en').toLowerCase()}`,
    })),
    changedHours: status.changedHours.map((entry) => ({
      from: entry.from,
      to: entry.to,
      label: periodIn('en', entry.from, entry.to),
      text: hoursLine(hoursOf(entry.from, entry.to)),
    })),
    resilience: status.resilience && {
      ...status.resilience,
      hours: undefined,
      features: status.resilience.features.map(({ key }) => ({
        key,
        label: labelOf(RESILIENCE_FEATURES, key, 'en'),
      })),
    },
    shelter: status.shelter && {
      ...status.shelter,
      distanceText:
        status.shelter.distance === undefined
          ? undefined
          : status.shelter.distance === 0
            ? 'in the library building'
            : formatDistanceIn('en', status.shelter.distance),
    },
  }
}

/** "10:00–16:00, break 13:00–14:00". */
function hoursLine(hours: DayHours | undefined): string {
  if (!hours) return ''
  const pause =
    hours.breakFrom && hours.breakTo ? `, ${words.breakAt} ${hours.breakFrom}–${hours.breakTo}` : ''
  return `${hours.opens}–${hours.closes}${pause}`
}

/** The branch's photos that have an English alt text, with it (and the English caption, if any). */
function englishPictures(refs: string[], pictures: Picture[], media: EnglishMedia): Picture[] {
  // The Ukrainian shaping keeps the photos in the order of their references, dropping none.
  return refs.flatMap((ref, index) => {
    const english = media.get(ref)
    const picture = pictures[index]
    return english && picture ? [{ ...picture, alt: english.alt, caption: english.caption }] : []
  })
}
