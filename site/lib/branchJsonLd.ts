import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '@domain/vocabularies/weekdays'
import type { Locale } from '@domain/i18n/locales'

import type { BranchData } from '../data/model'

/** schema.org's day names are the English ones. */
const schemaDay = (day: Weekday) => WEEKDAY_LABELS[day].en

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
      dayOfWeek: `https://schema.org/${schemaDay(day)}`,
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

/**
 * A branch as a schema.org Library, in the page's language: the English page says so
 * (`inLanguage`); the Ukrainian one, the default, does not.
 */
export function libraryJsonLd(
  branch: BranchData,
  base: URL,
  organization: string,
  locale: Locale,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Library',
    name: branch.name,
    url: new URL(branch.url, base).href,
    inLanguage: locale === 'uk' ? undefined : locale,
    telephone: branch.phones.map((phone) => phone.tel.slice(4)),
    email: branch.email,
    image: branch.photos[0] ? new URL(branch.photos[0].src, base).href : undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: branch.address.line,
      postalCode: branch.address.postcode,
      addressLocality: branch.address.city,
      addressCountry: 'UA',
    },
    geo:
      branch.latitude !== undefined && branch.longitude !== undefined
        ? { '@type': 'GeoCoordinates', latitude: branch.latitude, longitude: branch.longitude }
        : undefined,
    ...openingHoursJsonLd(branch),
    parentOrganization: { '@type': 'Organization', name: organization },
  }
}
