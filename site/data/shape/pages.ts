import { typeset } from '@domain/format/typography'
import { urls } from '@domain/urls/urls'

import type { PageData, SiteData } from '../model'
import type { PageDoc, SiteDoc } from '../read/schemas'
import type { Shaping } from './context'

/** A standalone page (about, contacts, accessibility…). */
export function shapePage(doc: PageDoc, shaping: Shaping): PageData {
  return {
    id: doc.id,
    slug: doc.slug,
    url: urls.page(doc.slug),
    title: typeset(doc.title),
    summary: doc.summary ? typeset(doc.summary) : undefined,
    bodyHtml: shaping.render(doc.body, 'pages', doc.slug, 'body').html,
  }
}

/** The network's name, contacts and navigation from the `site` global. */
export function shapeSite(site: SiteDoc, now: Date): SiteData {
  return {
    name: typeset(site.name),
    shortName: typeset(site.shortName ?? site.name),
    tagline: site.tagline ? typeset(site.tagline) : undefined,
    contacts: site.contacts ?? {},
    social: site.social ?? [],
    headerNav: site.headerNav ?? [],
    footerNav: site.footerNav ?? [],
    footerText: site.footerText ? typeset(site.footerText) : undefined,
    builtAt: now.toISOString(),
  }
}
