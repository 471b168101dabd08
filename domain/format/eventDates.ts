import { addDays, kyivDay, kyivTime } from '../time/kyivTime'
import { longDateIn } from './localeFormat'
import { plural } from './plural'
import type { Locale } from '../i18n/locales'
import { WEEKDAY_LABELS, type Weekday } from '../vocabularies/weekdays'

const TIME_ZONE = 'Europe/Kyiv'
const NBSP = '\u00a0'

const weekdayDayMonth = new Intl.DateTimeFormat('uk-UA', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: TIME_ZONE,
})
const dayMonthYear = new Intl.DateTimeFormat('uk-UA', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const shortWeekday = new Intl.DateTimeFormat('uk-UA', { weekday: 'short', timeZone: TIME_ZONE })
const numeric = new Intl.DateTimeFormat('uk-UA', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const monthYear = new Intl.DateTimeFormat('uk-UA', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const glueYear = (text: string) => text.replace(/ (?=р\.)/u, NBSP)

/** "вівторок, 1 грудня, 18:00" (Kyiv). */
export function formatOccurrenceStart(start: Date): string {
  return `${weekdayDayMonth.format(start)}, ${kyivTime(start)}`
}

/** "вт, 01.12.2026, 18:00" (Kyiv): compact, for the admin's list of next dates. */
export function formatOccurrenceShort(start: Date): string {
  return `${shortWeekday.format(start)}, ${numeric.format(start)}, ${kyivTime(start)}`
}

/** "18:00–19:30", or "18:00" when the end is unknown. */
export function formatTimeRange(start: Date, end?: Date): string {
  return end ? `${kyivTime(start)}–${kyivTime(end)}` : kyivTime(start)
}

/** "1 грудня 2026 р." for an instant's Kyiv day. */
export function formatKyivDay(instant: Date): string {
  return glueYear(dayMonthYear.format(instant))
}

/**
 * A whole-day period's days, its end being the start of the day after: "1 грудня 2026 р. —
 * 31 січня 2027 р.", or one day.
 */
export function formatDaySpan(start: Date, end: Date): string {
  const first = kyivDay(start)
  const last = addDays(kyivDay(end), kyivTime(end) === '00:00' ? -1 : 0)
  if (first === last) return formatKyivDay(start)
  return `${formatKyivDay(start)}${NBSP}— ${glueYear(dayMonthYear.format(new Date(`${last}T12:00:00Z`)))}`
}

/** "грудень 2026 р." for the month view's heading. */
export function formatMonthYear(year: number, month: number): string {
  return glueYear(monthYear.format(new Date(Date.UTC(year, month - 1, 1))))
}

const EVERY_WEEKDAY: Record<string, string> = {
  mon: 'щопонеділка',
  tue: 'щовівторка',
  wed: 'щосереди',
  thu: 'щочетверга',
  fri: 'щоп’ятниці',
  sat: 'щосуботи',
  sun: 'щонеділі',
}
const WEEKDAY_NAMES: Record<string, [string, string]> = {
  // nominative (feminine or masculine ordinal agreement), for "друга субота"
  mon: ['понеділок', 'm'],
  tue: ['вівторок', 'm'],
  wed: ['середа', 'f'],
  thu: ['четвер', 'm'],
  fri: ['п’ятниця', 'f'],
  sat: ['субота', 'f'],
  sun: ['неділя', 'f'],
}
const ORDINALS: Record<string, [string, string]> = {
  '1': ['перший', 'перша'],
  '2': ['другий', 'друга'],
  '3': ['третій', 'третя'],
  '4': ['четвертий', 'четверта'],
  '-1': ['останній', 'остання'],
}

type ScheduleWords = {
  kind?: string | null
  frequency?: string | null
  interval?: number | null
  weekdays?: string[] | null
  monthWeek?: string | null
  monthWeekday?: string | null
  startTime?: string | null
  endTime?: string | null
}

/** "щовівторка й щочетверга, 18:00–19:30", "раз на 2 тижні: щосереди", "щомісяця: друга субота". */
export function describeRule(schedule: ScheduleWords, firstWeekday: string): string {
  const times = schedule.startTime
    ? `, ${schedule.startTime}${schedule.endTime ? `–${schedule.endTime}` : ''}`
    : ''
  const interval = schedule.interval && schedule.interval > 1 ? schedule.interval : 1
  if (schedule.frequency === 'monthly' && schedule.monthWeek && schedule.monthWeekday) {
    const [name, gender] = WEEKDAY_NAMES[schedule.monthWeekday]!
    const ordinal = ORDINALS[schedule.monthWeek]![gender === 'f' ? 1 : 0]
    const every =
      interval > 1
        ? `раз на ${plural(interval, { one: 'місяць', few: 'місяці', many: 'місяців' })}`
        : 'щомісяця'
    return `${every}: ${ordinal} ${name}${times}`
  }
  const days = schedule.weekdays?.length ? schedule.weekdays : [firstWeekday]
  const list = days.map((day) => EVERY_WEEKDAY[day]!)
  const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} і ${list.at(-1)!}` : list[0]!
  const every =
    interval > 1
      ? `раз на ${plural(interval, { one: 'тиждень', few: 'тижні', many: 'тижнів' })}: `
      : ''
  return `${every}${joined}${times}`
}

/*
 * The same in English (issue #16), on the Kyiv calendar and clock: "Tuesday 1 December, 18:00",
 * "1 December 2026 – 31 January 2027", "every Tuesday and Thursday, 18:00–19:30".
 */

const englishWeekdayDayMonth = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: TIME_ZONE,
})

const englishWeekday = (day: string) => WEEKDAY_LABELS[day as Weekday].en

const ENGLISH_ORDINALS: Record<string, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '-1': 'last',
}

/** "вівторок, 1 грудня, 18:00" / "Tuesday 1 December, 18:00" (Kyiv). */
export function formatOccurrenceStartIn(locale: Locale, start: Date): string {
  if (locale === 'uk') return formatOccurrenceStart(start)
  return `${englishWeekdayDayMonth.format(start)}, ${kyivTime(start)}`
}

/** A whole-day period's days in a language (see formatDaySpan). */
export function formatDaySpanIn(locale: Locale, start: Date, end: Date): string {
  if (locale === 'uk') return formatDaySpan(start, end)
  const first = kyivDay(start)
  const last = addDays(kyivDay(end), kyivTime(end) === '00:00' ? -1 : 0)
  const day = (date: Date) => longDateIn('en', date)
  if (first === last) return day(start)
  return `${day(start)}${NBSP}– ${day(new Date(`${last}T12:00:00Z`))}`
}

/** One date of an event as its page lists it: "Tuesday 1 December, 18:00–19:30", or its days. */
export function formatOccurrenceIn(
  locale: Locale,
  occurrence: { start: Date; end: Date; span?: boolean },
): string {
  const { start, end } = occurrence
  if (occurrence.span) return formatDaySpanIn(locale, start, end)
  const day = formatOccurrenceStartIn(locale, start).replace(/, \d\d:\d\d$/, '')
  return `${day}, ${formatTimeRange(start, end)}`
}

/** A repeating schedule in words, in a language (see describeRule for Ukrainian). */
export function describeRuleIn(
  locale: Locale,
  schedule: ScheduleWords,
  firstWeekday: string,
): string {
  if (locale === 'uk') return describeRule(schedule, firstWeekday)
  const times = schedule.startTime
    ? `, ${schedule.startTime}${schedule.endTime ? `–${schedule.endTime}` : ''}`
    : ''
  const interval = schedule.interval && schedule.interval > 1 ? schedule.interval : 1
  if (schedule.frequency === 'monthly' && schedule.monthWeek && schedule.monthWeekday) {
    const every = interval > 1 ? `every ${interval} months` : 'monthly'
    const day = englishWeekday(schedule.monthWeekday)
    return `${every}: the ${ENGLISH_ORDINALS[schedule.monthWeek]!} ${day}${times}`
  }
  const days = (schedule.weekdays?.length ? schedule.weekdays : [firstWeekday]).map(englishWeekday)
  const joined = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)!}` : days[0]!
  return interval > 1 ? `every ${interval} weeks: ${joined}${times}` : `every ${joined}${times}`
}

/** Who an event is for by age: «6–10 років» / "ages 6–10". */
export function ageTextIn(
  locale: Locale,
  ageFrom: number | null | undefined,
  ageTo: number | null | undefined,
): string | undefined {
  const from = ageFrom ?? undefined
  const to = ageTo ?? undefined
  if (locale === 'uk') {
    if (from !== undefined && to !== undefined) return `${from}–${to} років`
    if (from !== undefined) return `від ${from} років`
    if (to !== undefined) return `до ${to} років`
    return undefined
  }
  if (from !== undefined && to !== undefined) return `ages ${from}–${to}`
  if (from !== undefined) return `ages ${from} and over`
  if (to !== undefined) return `up to age ${to}`
  return undefined
}
