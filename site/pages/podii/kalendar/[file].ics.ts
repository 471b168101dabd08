import type { APIRoute, GetStaticPaths } from 'astro'

import type { EventData } from '@site/data/model'
import { content } from '@site/data/store'
import { feed, feedCacheKey, ICS_HEADERS, icsFiles } from '@site/lib/eventFeeds'

// One event's calendar file (the series), and one per upcoming date.
export const getStaticPaths = (async () => {
  const [events, site] = await Promise.all([content.events(), content.site()])
  const now = new Date(site.builtAt)
  return icsFiles(events, now).map(({ file, event, key }) => ({
    params: { file },
    props: { event, key },
    cacheKey: feedCacheKey(site, [event], event.title, now, key),
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) => {
  const { event, key } = props as { event: EventData; key?: string }
  const site = await content.site()
  return new Response(feed([event], event.title, new Date(site.builtAt), key), {
    headers: ICS_HEADERS,
  })
}
