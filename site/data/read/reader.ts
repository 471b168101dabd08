import config from '@payload-config'
import { getPayload, type CollectionSlug, type Payload, type SelectType, type Where } from 'payload'

import type { Locale } from '@domain/i18n/locales'

/**
 * The site's one way into the CMS: Payload's Local API, opened with `@payload-config` (the alias
 * Payload defines for any Local API client), read as an anonymous visitor. Everything else the
 * site shares with the CMS lives in domain/.
 */
export type ContentReader = {
  /**
   * Every published document of a collection (in a preview build, with the previewed draft), in
   * Ukrainian or, when asked, English: without fallback, an untranslated field reads as empty.
   * `where` only narrows what the database returns (the caller still checks what it needs); it
   * never widens it: only published documents are read, whatever it says. `select` leaves out
   * (or keeps only) the fields it names, such as a body the caller already has rendered.
   */
  published: (
    collection: CollectionSlug,
    locale?: Locale,
    where?: Where,
    select?: SelectType,
  ) => Promise<unknown[]>
  /** The `site` global as the public may read it. */
  siteGlobal: (locale?: Locale) => Promise<unknown>
  /** The folder an upload collection keeps its files in. */
  uploadDir: (collection: 'media' | 'files') => string
  /**
   * Aggregates the CMS computes for the public (payload.config.ts `custom.publicStatistics`):
   * counts only, so no personal data reaches the build. Unknown names give nothing.
   */
  publicStatistics: (name: 'inbox') => Promise<unknown>
}

/**
 * `sample`: read at most that many documents of each collection, for the publisher's build process
 * loading ahead (site/content.config.ts); what it reads is a part of the site, never built.
 */
export async function openReader(options: { sample?: number } = {}): Promise<ContentReader> {
  const payload = await getPayload({ config })
  return {
    published: (collection, locale, where, select) =>
      published(payload, collection, { locale, where, select, sample: options.sample }),
    siteGlobal: (locale) =>
      payload.findGlobal({ slug: 'site', overrideAccess: false, depth: 0, locale }),
    uploadDir: (collection) => uploadDir(payload, collection),
    publicStatistics: (name) => publicStatistics(payload, name),
  }
}

type StatisticsSources = Record<string, ((payload: Payload) => Promise<unknown>) | undefined>

async function publicStatistics(payload: Payload, name: string): Promise<unknown> {
  const custom = payload.config.custom as { publicStatistics?: StatisticsSources } | undefined
  const source = custom?.publicStatistics?.[name]
  return source ? source(payload) : []
}

/** Every published document of a collection, read as an anonymous visitor: never a draft. */
async function published(
  payload: Payload,
  collection: CollectionSlug,
  query: { locale?: Locale; where?: Where; select?: SelectType; sample?: number },
): Promise<unknown[]> {
  const { locale, where, select, sample } = query
  const result = await payload.find({
    collection,
    locale,
    where,
    select,
    overrideAccess: false,
    draft: false,
    depth: 0,
    pagination: sample !== undefined,
    limit: sample ?? 0,
  })
  return withPreviewDraft(payload, collection, result.docs, locale)
}

/**
 * A preview build (cms/preview, only ever started by the CMS for a signed-in editor who may read
 * the draft, into a private folder) shows one draft as if it were published. Release builds
 * never set SITE_PREVIEW.
 */
async function withPreviewDraft(
  payload: Payload,
  collection: CollectionSlug,
  docs: unknown[],
  locale?: Locale,
): Promise<unknown[]> {
  if (!process.env.SITE_PREVIEW) return docs
  const target = JSON.parse(process.env.SITE_PREVIEW) as {
    collection?: string
    id?: number | string
  }
  if (target.collection !== collection || target.id === undefined) return docs
  const draft = await payload.findByID({
    collection,
    id: target.id,
    draft: true,
    depth: 0,
    locale,
    overrideAccess: true,
  })
  const others = docs.filter((doc) => String((doc as { id: unknown }).id) !== String(target.id))
  return [...others, { ...draft, _status: 'published' }]
}

function uploadDir(payload: Payload, slug: 'media' | 'files'): string {
  const dir = payload.collections[slug].config.upload.staticDir
  if (!dir) throw new Error(`The ${slug} collection has no upload folder configured.`)
  return dir
}
