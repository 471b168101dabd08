import { kyivDay } from '@domain/documents/deriveStatus'
import { formatCalendarDay } from '@domain/format/dates'
import { typeset } from '@domain/format/typography'
import type { DayHours, Schedule, SpecialDay } from '@domain/opening-hours/schedule'
import { urls } from '@domain/urls/urls'
import { BRANCH_DISTRICTS } from '@domain/vocabularies/branchDistricts'
import { BRANCH_KINDS } from '@domain/vocabularies/branchKinds'
import { BRANCH_SERVICES } from '@domain/vocabularies/branchServices'
import { sanitaryDayIn } from '@domain/opening-hours/hoursWords'
import type { SanitaryWeek } from '@domain/vocabularies/sanitaryWeeks'
import { ukLabel } from '@domain/vocabularies/vocabulary'
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '@domain/vocabularies/weekdays'

import type { BranchData } from '../model'
import type { BranchDoc } from '../read/schemas'
import { shapeBranchStatus, statusSchedule } from './branchStatus'
import type { Shaping } from './context'

const tel = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`

function hoursText(hours: { opens?: string | null; closes?: string | null }): string {
  return `${hours.opens}–${hours.closes}`
}

function toDay(value: string): string {
  return kyivDay(new Date(value))
}

/** "Санітарний день — остання п’ятниця місяця", with the ordinal agreeing with the weekday. */
export function sanitaryDayText(week: SanitaryWeek, weekday: Weekday): string {
  return sanitaryDayIn('uk', week, weekday)
}

/** Branch profiles with their hours as the pages and the «open now» script use them. */
export function shapeBranch(doc: BranchDoc, shaping: Shaping, now: Date): BranchData {
  const today = kyivDay(now)
  const weekly: Schedule['weekly'] = {}
  for (const row of doc.weeklyHours ?? []) {
    if (!row.opens || !row.closes) continue
    weekly[row.day] = {
      opens: row.opens,
      closes: row.closes,
      breakFrom: row.breakFrom,
      breakTo: row.breakTo,
    }
  }
  const specialDays: SpecialDay[] = (doc.specialDays ?? []).map((day) => {
    const from = toDay(day.from)
    const hours: DayHours | null =
      !day.closed && day.opens && day.closes
        ? { opens: day.opens, closes: day.closes, breakFrom: day.breakFrom, breakTo: day.breakTo }
        : null
    return {
      from,
      to: day.to ? toDay(day.to) : from,
      closed: day.closed !== false || !hours,
      hours,
      reason: day.reason,
      note: day.note ? typeset(day.note) : undefined,
    }
  })
  const sanitary =
    doc.sanitaryDay?.week && doc.sanitaryDay.weekday
      ? { week: doc.sanitaryDay.week, weekday: doc.sanitaryDay.weekday }
      : null
  const dated = statusSchedule(doc)
  const description = shaping.render(doc.description, 'branches', doc.slug, 'description')
  const street = typeset(doc.address.street)
  const city = doc.address.city ?? 'Київ'
  return {
    id: doc.id,
    slug: doc.slug,
    url: urls.branch(doc.slug),
    name: typeset(doc.name),
    shortName: typeset(doc.shortName ?? doc.name),
    kind: doc.kind,
    kindLabel: ukLabel(BRANCH_KINDS, doc.kind),
    district: doc.district
      ? { key: doc.district, label: ukLabel(BRANCH_DISTRICTS, doc.district) }
      : undefined,
    address: {
      street,
      building: doc.address.building,
      postcode: doc.address.postcode,
      city,
      line: `${street}, ${doc.address.building}`,
    },
    latitude: doc.latitude ?? undefined,
    longitude: doc.longitude ?? undefined,
    phones: (doc.phones ?? []).map((phone) => ({
      number: phone.number.replace(/ /g, '\u00a0'),
      tel: tel(phone.number),
      note: phone.note,
    })),
    email: doc.email,
    head: doc.head ? typeset(doc.head) : undefined,
    schedule: { weekly, sanitaryDay: sanitary, specialDays, ...dated },
    weekly: WEEKDAYS.map((day: Weekday) => {
      const hours = weekly[day]
      return {
        day,
        label: WEEKDAY_LABELS[day].uk,
        hours: hours ? hoursText(hours) : undefined,
        breakText:
          hours?.breakFrom && hours.breakTo ? `${hours.breakFrom}–${hours.breakTo}` : undefined,
      }
    }),
    sanitaryText: sanitary ? sanitaryDayText(sanitary.week, sanitary.weekday) : undefined,
    specialDays: specialDays
      .filter((day) => day.to >= today)
      .sort((a, b) => a.from.localeCompare(b.from))
      .map((day) => ({
        ...day,
        label:
          day.from === day.to
            ? formatCalendarDay(day.from)
            : `${formatCalendarDay(day.from)} — ${formatCalendarDay(day.to)}`,
        hoursText: day.closed || !day.hours ? 'зачинено' : hoursText(day.hours),
      })),
    status: shapeBranchStatus(doc, dated, today),
    services: (doc.services ?? []).map((key) => ({ key, label: ukLabel(BRANCH_SERVICES, key) })),
    accessibilityNotes: doc.accessibilityNotes ? typeset(doc.accessibilityNotes) : undefined,
    descriptionHtml: description.html,
    descriptionText: description.text,
    photos: doc.photos
      .map((ref) => shaping.picture(ref, [400, 800, 1200], `branches «${doc.slug}», поле «photos»`))
      .filter((value) => value !== undefined),
    order: doc.order ?? 100,
  }
}
