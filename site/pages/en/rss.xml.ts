import type { APIRoute } from 'astro'

import { englishUrls } from '@domain/urls/localeUrls'
import { content } from '../../data/store'
import { newsFeed } from '../../lib/newsFeed'

/** RSS 2.0 feed of the 30 latest news items that have an English version, in English. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await content.englishSite()
  const news = (await content.englishNews()).slice(0, 30)
  return newsFeed(
    news,
    {
      title: `News — ${site.shortName}`,
      link: englishUrls.news(),
      self: englishUrls.rss(),
      description: site.tagline,
      language: 'en',
    },
    siteUrl ?? new URL('http://localhost:4321'),
  )
}
