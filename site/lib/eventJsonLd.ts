import type { EventData, OccurrenceData } from '../data/model'

/** At most this many occurrences get their own JSON-LD (a weekly club has dozens). */
const MAX_LD = 20

const STATUS: Record<OccurrenceData['state'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  full: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  moved: 'https://schema.org/EventRescheduled',
}

/** A date of an event in a place that moved online (an online event's dates are online anyway). */
const movedOnline = (event: EventData, occurrence: OccurrenceData) =>
  event.venue !== 'online' && occurrence.state === 'moved' && Boolean(occurrence.onlineUrl)

const isOnline = (event: EventData, occurrence: OccurrenceData) =>
  event.venue === 'online' || movedOnline(event, occurrence)

function status(event: EventData, occurrence: OccurrenceData): string {
  return movedOnline(event, occurrence)
    ? 'https://schema.org/EventMovedOnline'
    : STATUS[occurrence.state]
}

function location(event: EventData, occurrence: OccurrenceData) {
  if (isOnline(event, occurrence))
    return { '@type': 'VirtualLocation', url: occurrence.onlineUrl ?? event.onlineUrl ?? undefined }
  return {
    '@type': 'Place',
    name: occurrence.place ?? event.branches[0]?.title ?? event.placeText,
    address: {
      '@type': 'PostalAddress',
      streetAddress: event.address ?? event.placeText,
      addressLocality: 'Київ',
      addressCountry: 'UA',
    },
  }
}

/**
 * schema.org `Event` for each upcoming occurrence: its status (cancelled, rescheduled with the
 * previous start, moved online, scheduled), attendance mode, place or online location, and offers.
 */
export function eventJsonLd(
  event: EventData,
  upcoming: OccurrenceData[],
  organiser: string,
  base: URL,
): Record<string, unknown>[] {
  const url = new URL(event.url, base).href
  return upcoming.slice(0, MAX_LD).map((occurrence) => ({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url,
    startDate: occurrence.start,
    endDate: occurrence.end,
    eventStatus: status(event, occurrence),
    ...(occurrence.state === 'moved' ? { previousStartDate: occurrence.originalStart } : {}),
    eventAttendanceMode: isOnline(event, occurrence)
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: location(event, occurrence),
    image: event.ogImage ? [new URL(event.ogImage, base).href] : undefined,
    inLanguage: 'uk',
    organizer: { '@type': 'Organization', name: event.organiser ?? organiser, url: base.href },
    offers: {
      '@type': 'Offer',
      url,
      ...(event.free ? { price: 0, priceCurrency: 'UAH' } : { description: event.price }),
      availability:
        occurrence.state === 'full' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
    },
    ...(event.audiences.length
      ? { audience: { '@type': 'Audience', audienceType: event.audienceLabels.join(', ') } }
      : {}),
  }))
}
