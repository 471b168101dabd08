import { kyivDay } from '@domain/documents/deriveStatus'
import { formatCalendarDay } from '@domain/format/dates'
import { typeset } from '@domain/format/typography'
import { formatDistance } from '@domain/geo/distance'
import type { ChangedHours, Closure } from '@domain/opening-hours/schedule'
import { CLOSURE_REASONS } from '@domain/vocabularies/closureReasons'
import {
  RESILIENCE_FEATURES,
  type ResilienceFeature,
} from '@domain/vocabularies/resilienceFeatures'
import { ukLabel } from '@domain/vocabularies/vocabulary'

import type { BranchStatusView, PeriodView } from '../model'
import type { BranchDoc } from '../read/schemas'

const toDay = (value: string) => kyivDay(new Date(value))

const periodLabel = (from: string, to: string) =>
  from === to ? formatCalendarDay(from) : `${formatCalendarDay(from)} — ${formatCalendarDay(to)}`

/** Closures and changed hours of a branch as the schedule (and the browser) computes with them. */
export function statusSchedule(doc: BranchDoc): {
  closures: Closure[]
  changedHours: ChangedHours[]
} {
  const closures = (doc.closures ?? []).map((entry) => ({
    from: toDay(entry.from),
    to: toDay(entry.to),
    reason: entry.reason,
    note: entry.note ? typeset(entry.note) : undefined,
  }))
  const changedHours = (doc.changedHours ?? []).flatMap((entry) =>
    entry.opens && entry.closes
      ? [
          {
            from: toDay(entry.from),
            to: toDay(entry.to),
            hours: {
              opens: entry.opens,
              closes: entry.closes,
              breakFrom: entry.breakFrom,
              breakTo: entry.breakTo,
            },
            note: entry.note ? typeset(entry.note) : undefined,
          },
        ]
      : [],
  )
  return { closures, changedHours }
}

/** Periods that have not ended by `today`, earliest first. */
function current<T extends { from: string; to: string }>(entries: T[], today: string): T[] {
  return entries.filter((entry) => entry.to >= today).sort((a, b) => a.from.localeCompare(b.from))
}

function isKnownFeature(key: string): key is ResilienceFeature {
  return key in RESILIENCE_FEATURES
}

/** The branch's status as its page, the «Де зараз відчинено» page and the open data show it. */
export function shapeBranchStatus(
  doc: BranchDoc,
  schedule: { closures: Closure[]; changedHours: ChangedHours[] },
  today: string,
): BranchStatusView {
  const closures: PeriodView[] = current(schedule.closures, today).map((entry) => ({
    from: entry.from,
    to: entry.to,
    label: periodLabel(entry.from, entry.to),
    text: `зачинено: ${ukLabel(CLOSURE_REASONS, entry.reason).toLowerCase()}`,
    note: entry.note ?? undefined,
  }))
  const changedHours: PeriodView[] = current(schedule.changedHours, today).map((entry) => ({
    from: entry.from,
    to: entry.to,
    label: periodLabel(entry.from, entry.to),
    text: `${entry.hours.opens}–${entry.hours.closes}${
      entry.hours.breakFrom && entry.hours.breakTo
        ? `, перерва ${entry.hours.breakFrom}–${entry.hours.breakTo}`
        : ''
    }`,
    note: entry.note ?? undefined,
  }))
  const features = (doc.resilience?.features ?? []).filter(isKnownFeature)
  const resilience = doc.resilience?.active
    ? {
        features: features.map((key) => ({ key, label: RESILIENCE_FEATURES[key].label.uk })),
        power: features.some((key) => RESILIENCE_FEATURES[key].power),
        internet: features.some((key) => RESILIENCE_FEATURES[key].internet),
        chargingPlaces: doc.resilience.chargingPlaces ?? undefined,
        hours: doc.resilience.hours ? typeset(doc.resilience.hours) : undefined,
      }
    : undefined
  const shelter =
    doc.shelter?.address || typeof doc.shelter?.distance === 'number'
      ? {
          address: doc.shelter.address ? typeset(doc.shelter.address) : undefined,
          distance: doc.shelter.distance ?? undefined,
          distanceText:
            typeof doc.shelter.distance === 'number'
              ? doc.shelter.distance === 0
                ? 'у будівлі бібліотеки'
                : formatDistance(doc.shelter.distance)
              : undefined,
        }
      : undefined
  return {
    statusLine: doc.statusLine ? typeset(doc.statusLine) : undefined,
    closures,
    changedHours,
    resilience,
    shelter,
  }
}
