import { WEEKDAYS } from '@domain/vocabularies/weekdays'

import type { BranchData } from '../data/model'

const SCHEMA_DAY: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}

/**
 * A branch's hours for schema.org (the Ukrainian and the English page alike): weekly hours split
 * at the break, special days, and closures as days with no hours.
 */
export function openingHoursJsonLd(branch: BranchData): {
  openingHoursSpecification: Record<string, unknown>[]
  specialOpeningHoursSpecification: Record<string, unknown>[] | undefined
} {
  const weekly = WEEKDAYS.flatMap((day) => {
    const hours = branch.schedule.weekly[day]
    if (!hours) return []
    const spans =
      hours.breakFrom && hours.breakTo
        ? [
            [hours.opens, hours.breakFrom],
            [hours.breakTo, hours.closes],
          ]
        : [[hours.opens, hours.closes]]
    return spans.map(([opens, closes]) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${SCHEMA_DAY[day]}`,
      opens,
      closes,
    }))
  })
  const special: Record<string, unknown>[] = branch.specialDays.map((day) => ({
    '@type': 'OpeningHoursSpecification',
    validFrom: day.from,
    validThrough: day.to,
    ...(day.closed || !day.hours
      ? { opens: '00:00', closes: '00:00' }
      : { opens: day.hours.opens, closes: day.hours.closes }),
  }))
  for (const entry of branch.status.closures)
    special.push({
      '@type': 'OpeningHoursSpecification',
      validFrom: entry.from,
      validThrough: entry.to,
      opens: '00:00',
      closes: '00:00',
    })
  return {
    openingHoursSpecification: weekly,
    specialOpeningHoursSpecification: special.length > 0 ? special : undefined,
  }
}
