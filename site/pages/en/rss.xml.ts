import type { APIRoute } from 'astro'

import { englishUrls } from '@domain/urls/localeUrls'
import { content } from '../../data/store'

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** RSS 2.0 feed of the 30 latest news items that have an English version, in English. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const base = siteUrl ?? new URL('http://localhost:4321')
  const site = await content.englishSite()
  const news = (await content.englishNews()).slice(0, 30)
  const absolute = (path: string) => new URL(path, base).href
  const absolutise = (html: string) =>
    html.replace(/(href|src)="\/(?!\/)/g, `$1="${base.origin}/`).replace(/srcset="[^"]*"/g, '')
  const items = news
    .map(
      (item) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${absolute(item.url)}</link>
<guid isPermaLink="true">${absolute(item.url)}</guid>
<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
<category>${escapeXml(item.categoryLabel)}</category>
${item.excerpt ? `<description>${escapeXml(item.excerpt)}</description>` : ''}
<content:encoded><![CDATA[${absolutise(item.bodyHtml).replace(/]]>/g, ']]]]><![CDATA[>')}]]></content:encoded>
</item>`,
    )
    .join('\n')
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(`News — ${site.shortName}`)}</title>
<link>${absolute(englishUrls.news())}</link>
<atom:link href="${absolute(englishUrls.rss())}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(site.tagline)}</description>
<language>en</language>
${news[0] ? `<lastBuildDate>${new Date(news[0].publishedAt).toUTCString()}</lastBuildDate>` : ''}
${items}
</channel>
</rss>
`
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
