const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** What a feed item needs of a news item, in either language. */
export type FeedItem = {
  title: string
  url: string
  publishedAt: string
  categoryLabel: string
  excerpt?: string
  bodyHtml: string
}

export type FeedChannel = {
  title: string
  /** Site paths of the news list and of the feed itself. */
  link: string
  self: string
  description: string
  language: 'uk' | 'en'
}

/** An RSS 2.0 feed of news items with their full text, links made absolute for feed readers. */
export function newsFeed(items: FeedItem[], channel: FeedChannel, base: URL): Response {
  const absolute = (path: string) => new URL(path, base).href
  // Relative links and images in the body must work in a feed reader.
  const absolutise = (html: string) =>
    html.replace(/(href|src)="\/(?!\/)/g, `$1="${base.origin}/`).replace(/srcset="[^"]*"/g, '')
  const entries = items
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
<title>${escapeXml(channel.title)}</title>
<link>${absolute(channel.link)}</link>
<atom:link href="${absolute(channel.self)}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(channel.description)}</description>
<language>${channel.language}</language>
${items[0] ? `<lastBuildDate>${new Date(items[0].publishedAt).toUTCString()}</lastBuildDate>` : ''}
${entries}
</channel>
</rss>
`
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
