import { formatOccurrenceStart } from '../format/eventDates'
import { type Day, addDays, isDay, isTime, kyivInstant } from '../time/kyivTime'
import {
  type Occurrence,
  type Window,
  occurrences,
  onlineMeetingUrl,
  originalStarts,
} from './occurrences'
import { type EventSchedule, type OccurrenceChange, buildRule } from './schedule'

/** A problem with an event's dates: the field it concerns (dotted path) and a Ukrainian message. */
export type ScheduleProblem = { path: string; message: string }

/** More dates than this in two years is a mistake in the rule, not a real programme. */
export const MAX_DATES_IN_TWO_YEARS = 1000
/** A date further than this from today is a typo in the year. */
export const MAX_YEARS_AWAY = 10

const YEAR_MS = 365.25 * 24 * 3600 * 1000

/** A typed value as the editor sees it in the message. */
const shown = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)

function checkDay(problems: ScheduleProblem[], path: string, value: unknown, required: boolean) {
  if (value === null || value === undefined || value === '') {
    if (required) problems.push({ path, message: 'Вкажіть дату у вигляді РРРР-ММ-ДД.' })
    return
  }
  if (!isDay(value))
    problems.push({
      path,
      message: `Дати «${shown(value)}» немає в календарі або її записано не як РРРР-ММ-ДД.`,
    })
}

function checkTime(problems: ScheduleProblem[], path: string, value: unknown) {
  if (value === null || value === undefined || value === '') return
  if (!isTime(value))
    problems.push({
      path,
      message: `Час «${shown(value)}» записано не як ГГ:ХХ (наприклад, 18:30).`,
    })
}

/** Every day an editor typed, with its path, for the "10 years away" check. */
function typedDays(schedule: EventSchedule, changes: OccurrenceChange[]): [string, Day][] {
  const days: [string, unknown][] = [
    ['date', schedule.date],
    ['endDate', schedule.endDate],
    ['until', schedule.until],
    ...(schedule.dates ?? []).map((entry, index): [string, unknown] => [
      `dates.${index}.date`,
      entry.date,
    ]),
    ...(schedule.addedDates ?? []).map((entry, index): [string, unknown] => [
      `addedDates.${index}.date`,
      entry.date,
    ]),
    ...(schedule.excludedDates ?? []).map((day, index): [string, unknown] => [
      `excludedDates.${index}`,
      day,
    ]),
    ...changes.map((change, index): [string, unknown] => [`changes.${index}.date`, change.date]),
  ]
  return days.filter((entry): entry is [string, Day] => isDay(entry[1]))
}

function checkFormats(
  problems: ScheduleProblem[],
  schedule: EventSchedule,
  changes: OccurrenceChange[],
) {
  checkDay(problems, 'date', schedule.date, true)
  checkTime(problems, 'startTime', schedule.startTime)
  checkTime(problems, 'endTime', schedule.endTime)
  if (schedule.kind === 'span') checkDay(problems, 'endDate', schedule.endDate, true)
  if (schedule.kind === 'rule') checkDay(problems, 'until', schedule.until, false)
  for (const [index, entry] of (schedule.dates ?? []).entries()) {
    checkDay(problems, `dates.${index}.date`, entry.date, true)
    checkTime(problems, `dates.${index}.startTime`, entry.startTime)
    checkTime(problems, `dates.${index}.endTime`, entry.endTime)
  }
  for (const [index, entry] of (schedule.addedDates ?? []).entries()) {
    checkDay(problems, `addedDates.${index}.date`, entry.date, true)
    checkTime(problems, `addedDates.${index}.startTime`, entry.startTime)
    checkTime(problems, `addedDates.${index}.endTime`, entry.endTime)
  }
  for (const [index, day] of (schedule.excludedDates ?? []).entries())
    checkDay(problems, `excludedDates.${index}`, day, true)
  for (const [index, change] of changes.entries()) {
    checkDay(problems, `changes.${index}.date`, change.date, false)
    checkTime(problems, `changes.${index}.startTime`, change.startTime)
    checkTime(problems, `changes.${index}.endTime`, change.endTime)
  }
}

function checkOrder(problems: ScheduleProblem[], schedule: EventSchedule) {
  const { startTime, endTime, kind } = schedule
  if (kind !== 'span' && isTime(startTime) && isTime(endTime) && endTime <= startTime)
    problems.push({
      path: 'endTime',
      message: 'Час завершення раніше за час початку або збігається з ним.',
    })
  if (
    kind === 'span' &&
    isDay(schedule.date) &&
    isDay(schedule.endDate) &&
    schedule.endDate < schedule.date
  )
    problems.push({ path: 'endDate', message: 'Останній день раніше за перший.' })
  if (kind === 'span' && isTime(startTime) && isTime(endTime) && endTime <= startTime)
    problems.push({ path: 'endTime', message: 'Година закриття раніше за годину відкриття.' })
  if (
    kind === 'rule' &&
    isDay(schedule.date) &&
    isDay(schedule.until) &&
    schedule.until < schedule.date
  )
    problems.push({ path: 'until', message: 'Дата «до» раніше за першу дату.' })
  if (
    kind === 'rule' &&
    schedule.frequency === 'monthly' &&
    (!schedule.monthWeek || !schedule.monthWeekday)
  )
    problems.push({
      path: 'monthWeek',
      message: 'Для щомісячної події виберіть, котрий це день тижня (наприклад, друга субота).',
    })
  if (
    kind === 'rule' &&
    schedule.interval !== null &&
    schedule.interval !== undefined &&
    schedule.interval < 1
  )
    problems.push({ path: 'interval', message: 'Інтервал — ціле число від 1.' })
  if (
    kind === 'rule' &&
    schedule.count !== null &&
    schedule.count !== undefined &&
    schedule.count < 1
  )
    problems.push({ path: 'count', message: 'Кількість разів — ціле число від 1.' })
}

function checkDistance(
  problems: ScheduleProblem[],
  schedule: EventSchedule,
  changes: OccurrenceChange[],
  now: Date,
) {
  for (const [path, day] of typedDays(schedule, changes)) {
    if (Math.abs(kyivInstant(day).getTime() - now.getTime()) > MAX_YEARS_AWAY * YEAR_MS)
      problems.push({
        path,
        message: `Дата ${day} — понад ${MAX_YEARS_AWAY} років від сьогодні. Перевірте рік.`,
      })
  }
}

/** The number of the schedule's dates in the two years from its first day, up to the cap + 1. */
function datesInTwoYears(schedule: EventSchedule): number {
  if (!isDay(schedule.date)) return 0
  const from = kyivInstant(schedule.date)
  const window: Window = { from, to: kyivInstant(addDays(schedule.date, 731)) }
  return originalStarts(schedule, window).length
}

function checkCount(problems: ScheduleProblem[], schedule: EventSchedule) {
  if (schedule.kind === 'rule' && !buildRule(schedule) && !schedule.rule) return
  const count = datesInTwoYears(schedule)
  if (count === 0)
    problems.push({
      path: schedule.kind === 'rule' ? 'weekdays' : 'date',
      message:
        'За цими налаштуваннями не виходить жодної дати. Перевірте дні тижня, дату «до», кількість разів і виключені дати.',
    })
  else if (count > MAX_DATES_IN_TWO_YEARS)
    problems.push({
      path: 'frequency',
      message: `Правило дає понад ${MAX_DATES_IN_TWO_YEARS} дат за два роки: так часто подій не буває. Перевірте частоту й дні тижня.`,
    })
}

const overlaps = (a: Occurrence, b: Occurrence) => a.start < b.end && b.start < a.end

function checkChanges(
  problems: ScheduleProblem[],
  schedule: EventSchedule,
  changes: OccurrenceChange[],
) {
  const seen = new Map<string, number>()
  for (const [index, change] of changes.entries()) {
    const key = change.original ?? ''
    if (seen.has(key))
      problems.push({
        path: `changes.${index}.original`,
        message: `Для цієї дати вже є зміна (рядок ${seen.get(key)! + 1}): залиште одну.`,
      })
    else seen.set(key, index)
    if (
      change.kind === 'moved' &&
      !isDay(change.date) &&
      !isTime(change.startTime) &&
      !change.place?.trim()
    )
      problems.push({
        path: `changes.${index}.kind`,
        message: 'Для перенесення вкажіть нову дату, новий час або нове місце.',
      })
    const place = change.place?.trim()
    if (change.kind === 'moved' && place && /^https?:/i.test(place) && !onlineMeetingUrl(place))
      problems.push({
        path: `changes.${index}.place`,
        message:
          'Посилання на онлайн-зустріч має бути повною адресою, наприклад https://meet.example.org/klub.',
      })
  }
  const moves = changes.filter((change) => change.kind === 'moved' && change.original)
  if (moves.length === 0) return
  // Every occurrence near each moved one, after all changes: a move must not land on another date.
  for (const change of moves) {
    const index = changes.indexOf(change)
    const around = new Date(change.original!)
    if (Number.isNaN(around.getTime())) continue
    const reach = isDay(change.date)
      ? Math.abs(kyivInstant(change.date).getTime() - around.getTime())
      : 0
    const window: Window = {
      from: new Date(around.getTime() - reach - 2 * 86_400_000),
      to: new Date(around.getTime() + reach + 2 * 86_400_000),
    }
    const all = occurrences(schedule, changes, window)
    const self = all.find((occurrence) => occurrence.key === change.original)
    if (!self) continue
    const clash = all.find(
      (other) => other.key !== self.key && other.state !== 'cancelled' && overlaps(self, other),
    )
    if (clash)
      problems.push({
        path: `changes.${index}.date`,
        message: `Перенесена дата потрапляє на іншу дату цієї події (${formatOccurrenceStart(clash.start)}). Виберіть інший час або скасуйте ту дату.`,
      })
  }
}

/**
 * Everything wrong with an event's dates, in Ukrainian, for the admin (a save is refused while
 * this is not empty). `now` is injected so that "10 years away" does not depend on the test's day.
 */
export function validateSchedule(
  schedule: EventSchedule,
  changes: OccurrenceChange[] | null | undefined,
  now: Date,
): ScheduleProblem[] {
  const list = changes ?? []
  const problems: ScheduleProblem[] = []
  checkFormats(problems, schedule, list)
  if (problems.length > 0) return problems
  checkOrder(problems, schedule)
  checkDistance(problems, schedule, list, now)
  if (problems.length > 0) return problems
  checkCount(problems, schedule)
  checkChanges(problems, schedule, list)
  return problems
}
