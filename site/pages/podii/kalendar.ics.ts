import type { APIRoute } from 'astro'

import { content } from '@site/data/store'
import { feed, ICS_HEADERS } from '@site/lib/eventFeeds'

// The network's calendar: every published event (series with RRULE and their changes).
export const GET: APIRoute = async () => {
  const [events, site] = await Promise.all([content.events(), content.site()])
  return new Response(feed(events, `Події — ${site.shortName}`, new Date(site.builtAt)), {
    headers: ICS_HEADERS,
  })
}
