import type { Locale } from '../i18n/locales'
import { formatCalendarDay } from '../format/dates'
import { SANITARY_WEEKS, type SanitaryWeek } from '../vocabularies/sanitaryWeeks'
import { FEMININE_WEEKDAYS, WEEKDAY_LABELS, type Weekday } from '../vocabularies/weekdays'
import { kyivClock, planForDay, type Schedule } from './schedule'

/**
 * The words around a branch's hours in the reader's language: the sanitary day, calendar days and
 * periods, today's hours. Times stay as branches post them (24-hour, Kyiv).
 */

const NBSP = '\u00a0'

const englishDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
})

/** "25 листопада" / "25 November" for a Kyiv calendar day (YYYY-MM-DD). */
export function calendarDayIn(locale: Locale, day: string): string {
  if (locale === 'uk') return formatCalendarDay(day)
  return englishDay.format(new Date(`${day}T00:00:00Z`)).replace(' ', NBSP)
}

/** One day, or "from — to" for a period of days. */
export function periodIn(locale: Locale, from: string, to: string): string {
  return from === to
    ? calendarDayIn(locale, from)
    : `${calendarDayIn(locale, from)} — ${calendarDayIn(locale, to)}`
}

/** "Санітарний день — остання п’ятниця місяця" / "Cleaning day: the last Friday of the month". */
export function sanitaryDayIn(locale: Locale, week: SanitaryWeek, weekday: Weekday): string {
  if (locale === 'en')
    return `Cleaning day: the ${SANITARY_WEEKS[week].label.en.toLowerCase()} ${WEEKDAY_LABELS[weekday].en} of the month`
  const ordinal = SANITARY_WEEKS[week].ordinal[FEMININE_WEEKDAYS.includes(weekday) ? 1 : 0]
  return `Санітарний день — ${ordinal} ${WEEKDAY_LABELS[weekday].uk.toLowerCase()} місяця`
}

const WORDS = {
  uk: { closed: 'зачинено', dayOff: 'вихідний', breakAt: 'перерва' },
  en: { closed: 'closed', dayOff: 'closed', breakAt: 'break' },
} as const satisfies Record<Locale, Record<string, string>>

/** The small words of an hours table: «зачинено» / "closed", «перерва» / "break"… */
export function hoursWordsIn(locale: Locale): (typeof WORDS)[Locale] {
  return WORDS[locale]
}

/** Today's hours in Kyiv as one line, closures and changed hours included. */
export function todayHoursIn(locale: Locale, schedule: Schedule, now: Date): string {
  const plan = planForDay(schedule, kyivClock(now).day)
  if (locale === 'uk') {
    if (plan.kind === 'open') return `Сьогодні ${plan.hours.opens}–${plan.hours.closes}`
    return plan.why === 'weekly' ? 'Сьогодні вихідний' : 'Сьогодні зачинено'
  }
  if (plan.kind === 'open') return `Today ${plan.hours.opens}–${plan.hours.closes}`
  return 'Closed today'
}
