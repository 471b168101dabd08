import { typeset } from '@domain/format/typography'
import { urls } from '@domain/urls/urls'
import { ALERT_LEVELS } from '@domain/vocabularies/alertLevels'
import { ukLabel } from '@domain/vocabularies/vocabulary'

import type { AlertView, PageData, SiteData } from '../model'
import type { AlertDoc, PageDoc, SiteDoc } from '../read/schemas'
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
/** Alerts not over at `now`, the most pressing first, then by start. */
export function shapeAlerts(alerts: AlertDoc[], now: Date): AlertView[] {
  const rank = { urgent: 0, warning: 1, info: 2 } as const
  return alerts
    .filter((alert) => Date.parse(alert.endsAt) > now.getTime())
    .map((alert) => ({
      id: alert.id,
      text: typeset(alert.text),
      level: alert.level,
      levelLabel: ukLabel(ALERT_LEVELS, alert.level),
      ...(alert.scope === 'branch' && alert.branch ? { branchId: alert.branch } : {}),
      startsAt: new Date(alert.startsAt).toISOString(),
      endsAt: new Date(alert.endsAt).toISOString(),
    }))
    .sort((a, b) => rank[a.level] - rank[b.level] || a.startsAt.localeCompare(b.startsAt))
}

export function shapeSite(site: SiteDoc, now: Date, alerts: AlertView[] = []): SiteData {
  return {
    name: typeset(site.name),
    shortName: typeset(site.shortName ?? site.name),
    tagline: site.tagline ? typeset(site.tagline) : undefined,
    contacts: site.contacts ?? {},
    social: site.social ?? [],
    headerNav: site.headerNav ?? [],
    footerNav: site.footerNav ?? [],
    footerText: site.footerText ? typeset(site.footerText) : undefined,
    alerts,
    builtAt: now.toISOString(),
  }
}
