/**
 * Instants of Kyiv wall-clock times. Published dates are calendar days in Kyiv («чинний до 28
 * листопада» means until the end of that day there), while browsers and the publisher's clock
 * work in instants: these turn one into the other, across summer-time changes.
 */

/** A calendar day, YYYY-MM-DD. */
export type CalendarDay = string

const KYIV_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Kyiv',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** How far Kyiv's wall clock is ahead of UTC at an instant, in milliseconds (2 or 3 hours). */
export function kyivOffsetMs(instant: Date): number {
  const parts = Object.fromEntries(
    KYIV_PARTS.formatToParts(instant).map((part) => [part.type, part.value]),
  ) as Record<string, string>
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  return wall - Math.floor(instant.getTime() / 1000) * 1000
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_PATTERN = /^(\d{2}):(\d{2})$/

/**
 * The instant a Kyiv wall-clock time happens. Kyiv changes its clocks at 03:00/04:00, never at
 * midnight, so the start of a day always exists and is unambiguous.
 */
export function kyivInstant(day: CalendarDay, time = '00:00'): Date {
  const date = DAY_PATTERN.exec(day)
  const clock = TIME_PATTERN.exec(time)
  if (!date || !clock) throw new RangeError(`Not a Kyiv day and time: ${day} ${time}`)
  const wall = Date.UTC(
    Number(date[1]),
    Number(date[2]) - 1,
    Number(date[3]),
    Number(clock[1]),
    Number(clock[2]),
  )
  // The offset at a guess two hours early, then once more at the result: right on both sides of
  // a clock change.
  const guess = wall - kyivOffsetMs(new Date(wall - 2 * 3_600_000))
  return new Date(wall - kyivOffsetMs(new Date(guess)))
}

/** The calendar day in Kyiv at an instant. */
export function kyivCalendarDay(instant: Date): CalendarDay {
  return KYIV_PARTS.format(instant).slice(0, 10)
}

/** The day after a calendar day. */
export function nextCalendarDay(day: CalendarDay): CalendarDay {
  const date = DAY_PATTERN.exec(day)
  if (!date) throw new RangeError(`Not a calendar day: ${day}`)
  const next = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + 1))
  return next.toISOString().slice(0, 10)
}

/** The instant a Kyiv calendar day starts (its midnight). */
export function startOfKyivDay(day: CalendarDay): Date {
  return kyivInstant(day)
}

/** The instant an inclusive Kyiv calendar day ends: the next day's midnight. */
export function endOfKyivDay(day: CalendarDay): Date {
  return kyivInstant(nextCalendarDay(day))
}

/** The next Kyiv midnight strictly after an instant. */
export function nextKyivMidnight(after: Date): Date {
  return startOfKyivDay(nextCalendarDay(kyivCalendarDay(after)))
}
