import type { APIRoute } from 'astro'

import { content } from '../data/store'
import { newsFeed } from '../lib/newsFeed'

/** RSS 2.0 feed of the 30 latest news items, with the full text. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await content.site()
  const news = (await content.news()).slice(0, 30)
  return newsFeed(
    news,
    {
      title: `Новини — ${site.shortName}`,
      link: '/novyny/',
      self: '/rss.xml',
      description: site.tagline ?? site.name,
      language: 'uk',
    },
    siteUrl ?? new URL('http://localhost:4321'),
  )
}
