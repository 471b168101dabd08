import type { APIRoute, GetStaticPaths } from 'astro'

import type { EventData } from '@site/data/model'
import { content } from '@site/data/store'
import { feed, feedCacheKey, ICS_HEADERS } from '@site/lib/eventFeeds'
import { EVENT_FACETS } from '@domain/urls/urls'
import { EVENT_AUDIENCES } from '@domain/vocabularies/eventAudiences'

// A calendar per branch (/podii/kalendar/biblioteka/<slug>.ics) and per audience (…/dlia/dity.ics).
export const getStaticPaths = (async () => {
  const [events, branches, site] = await Promise.all([
    content.events(),
    content.branches(),
    content.site(),
  ])
  const now = new Date(site.builtAt)
  const calendar = (name: string, shown: EventData[]) => ({
    props: { name, events: shown },
    cacheKey: feedCacheKey(site, shown, name, now),
  })
  const perBranch = branches.map((branch) => ({
    params: { facet: EVENT_FACETS.branch, value: branch.slug },
    ...calendar(
      `Події: ${branch.name}`,
      events.filter((event) => event.branchSlugs.includes(branch.slug)),
    ),
  }))
  const perAudience = Object.entries(EVENT_AUDIENCES).map(([key, audience]) => ({
    params: { facet: EVENT_FACETS.audience, value: audience.path },
    ...calendar(
      `Події ${audience.heading.toLowerCase()}`,
      events.filter((event) => (event.audiences as string[]).includes(key)),
    ),
  }))
  return [...perBranch, ...perAudience]
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { name, events } = props as { name: string; events: EventData[] }
  const site = await content.site()
  return new Response(feed(events, name, new Date(site.builtAt)), { headers: ICS_HEADERS })
}
