import { urls } from '@domain/urls/urls'
import { EVENT_AUDIENCES } from '@domain/vocabularies/eventAudiences'

/** An iCalendar feed of events the release publishes (site/pages/podii/kalendar*.ics.ts). */
export type CalendarFeed = { path: string; title: string }

/**
 * The events' iCal feeds, as the open data page and datapackage.json list them: the whole
 * network's, one per branch and one per audience (the same set the feed routes build).
 */
export function calendarFeeds(branches: { slug: string; name: string }[]): CalendarFeed[] {
  return [
    { path: urls.eventsFeed(), title: 'Усі події мережі' },
    ...branches.map((branch) => ({
      path: urls.eventsFeedFor('branch', branch.slug),
      title: `Події: ${branch.name}`,
    })),
    ...Object.values(EVENT_AUDIENCES).map((audience) => ({
      path: urls.eventsFeedFor('audience', audience.path),
      title: `Події ${audience.heading.toLowerCase()}`,
    })),
  ]
}
