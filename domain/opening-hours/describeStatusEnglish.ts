import { CLOSURE_REASONS } from '../vocabularies/closureReasons'
import type { Weekday } from '../vocabularies/weekdays'
import type { Locale } from '../i18n/locales'
import { describeStatus, type StatusText } from './describeStatus'
import type { NextOpening, OpenStatus } from './openStatus'
import { weekdayOf } from './schedule'

const NBSP = '\u00a0'

const ON_WEEKDAY: Record<Weekday, string> = {
  mon: 'on Monday',
  tue: 'on Tuesday',
  wed: 'on Wednesday',
  thu: 'on Thursday',
  fri: 'on Friday',
  sat: 'on Saturday',
  sun: 'on Sunday',
}

/** "25 November" for a calendar day, the Kyiv day it names (no time zone shift). */
function dayAndMonth(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(new Date(`${day}T00:00:00Z`))
    .replace(' ', NBSP)
}

function whenOpens(next: NextOpening): string {
  const at = `at${NBSP}${next.opens}`
  if (next.daysAhead === 0) return `today ${at}`
  if (next.daysAhead === 1) return `tomorrow ${at}`
  if (next.daysAhead < 7) return `${ON_WEEKDAY[weekdayOf(next.day)]} ${at}`
  return `on ${dayAndMonth(next.day)} ${at}`
}

/** English wording of an open-now status (times in Kyiv, 24-hour, as the branch posts them). */
export function describeStatusEnglish(status: OpenStatus): StatusText {
  switch (status.state) {
    case 'open':
      return {
        label: 'Open now',
        detail: status.breakFrom
          ? `until ${status.closesAt}, break at${NBSP}${status.breakFrom}`
          : `until ${status.closesAt}`,
        tone: 'open',
      }
    case 'break':
      return { label: 'On a break', detail: `until ${status.reopensAt}`, tone: 'break' }
    case 'closed': {
      if (status.why === 'closure' && status.closure) {
        const reason = CLOSURE_REASONS[status.closure.reason as keyof typeof CLOSURE_REASONS]
        const when = status.next
          ? `opens ${whenOpens(status.next)}`
          : `closed until ${dayAndMonth(status.closure.until)} inclusive`
        return {
          label: 'Temporarily closed',
          detail: `${reason?.label.en ?? status.closure.reason}; ${when}`,
          tone: 'closed',
        }
      }
      // A special day's note is the editor's own Ukrainian text: not shown as English.
      const label =
        status.why === 'sanitary'
          ? 'Cleaning day'
          : status.why === 'special'
            ? 'Closed today'
            : 'Closed'
      const detail = status.next ? `opens ${whenOpens(status.next)}` : ''
      return { label, detail, tone: 'closed' }
    }
    case 'unknown':
      return { label: 'Hours to be confirmed', detail: 'please call', tone: 'unknown' }
  }
}

/** An open-now status in the reader's language. */
export function describeStatusIn(locale: Locale, status: OpenStatus): StatusText {
  return locale === 'uk' ? describeStatus(status) : describeStatusEnglish(status)
}
