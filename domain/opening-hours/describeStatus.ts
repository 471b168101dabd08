import { formatNumericDate } from '../format/dates'
import { CLOSURE_REASONS } from '../vocabularies/closureReasons'
import { ukLabel } from '../vocabularies/vocabulary'
import type { Weekday } from '../vocabularies/weekdays'
import type { NextOpening, OpenStatus } from './openStatus'
import { weekdayOf } from './schedule'

const NBSP = '\u00a0'

/** "у понеділок", "у середу": the accusative Ukrainian uses for "on a weekday". */
const ON_WEEKDAY: Record<Weekday, string> = {
  mon: 'у понеділок',
  tue: 'у вівторок',
  wed: 'у середу',
  thu: 'у четвер',
  fri: 'у п’ятницю',
  sat: 'у суботу',
  sun: 'у неділю',
}

/** "о 10:00", but "об 11:00": the preposition takes a vowel before «одинадцята». */
export function atTime(time: string): string {
  return `${time.startsWith('11') ? 'об' : 'о'}${NBSP}${time}`
}

function whenOpens(next: NextOpening): string {
  const at = atTime(next.opens)
  if (next.daysAhead === 0) return `сьогодні ${at}`
  if (next.daysAhead === 1) return `завтра ${at}`
  if (next.daysAhead < 7) return `${ON_WEEKDAY[weekdayOf(next.day)]} ${at}`
  const [year, month, day] = next.day.split('-').map(Number)
  const date = new Intl.DateTimeFormat('uk-UA', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)))
  return `${date.replace(' ', NBSP)} ${at}`
}

/** "Тимчасово зачинено", with the reason and when it opens (or until when it stays closed). */
function describeClosure(status: Extract<OpenStatus, { state: 'closed' }>): StatusText {
  const closure = status.closure!
  const reason = ukLabel(CLOSURE_REASONS, closure.reason)
  const when = status.next
    ? `відчиниться ${whenOpens(status.next)}`
    : `зачинено по ${formatNumericDate(`${closure.until}T12:00:00Z`)} включно`
  return { label: 'Тимчасово зачинено', detail: `${reason}; ${when}`, tone: 'closed' }
}

/** A status as people read it: a short label, a detail, and a tone for colour. */
export type StatusText = {
  label: string
  detail: string
  tone: 'open' | 'break' | 'closed' | 'unknown'
}

/** Ukrainian wording of an open-now status. */
export function describeStatus(status: OpenStatus): StatusText {
  switch (status.state) {
    case 'open':
      return {
        label: 'Відчинено',
        detail: status.breakFrom
          ? `до ${status.closesAt}, перерва ${atTime(status.breakFrom)}`
          : `до ${status.closesAt}`,
        tone: 'open',
      }
    case 'break':
      return { label: 'Перерва', detail: `до ${status.reopensAt}`, tone: 'break' }
    case 'closed': {
      if (status.why === 'closure' && status.closure) return describeClosure(status)
      const label =
        status.why === 'sanitary'
          ? 'Санітарний день'
          : status.why === 'special' && status.note
            ? `Зачинено: ${status.note}`
            : 'Зачинено'
      const detail = status.next ? `відчиниться ${whenOpens(status.next)}` : ''
      return { label, detail, tone: 'closed' }
    }
    case 'unknown':
      return { label: 'Графік уточнюйте', detail: 'за телефоном', tone: 'unknown' }
  }
}
