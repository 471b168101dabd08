import type { APIRoute } from 'astro'

import { content } from '../data/store'

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** RSS 2.0 feed of the 30 latest news items, with the full text. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const base = siteUrl ?? new URL('http://localhost:4321')
  const site = await content.site()
  const news = (await content.news()).slice(0, 30)
  const absolute = (path: string) => new URL(path, base).href
  // Relative links and images in the body must work in a feed reader.
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
<title>${escapeXml(`Новини — ${site.shortName}`)}</title>
<link>${absolute('/novyny/')}</link>
<atom:link href="${absolute('/rss.xml')}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(site.tagline ?? site.name)}</description>
<language>uk</language>
${news[0] ? `<lastBuildDate>${new Date(news[0].publishedAt).toUTCString()}</lastBuildDate>` : ''}
${items}
</channel>
</rss>
`
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
