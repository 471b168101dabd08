import type { Payload } from 'payload'

import { urls } from '@domain/urls/urls'

/** Collections an editor can preview, and the site page each document becomes. */
export const PREVIEWABLE = [
  'news',
  'events',
  'documents',
  'pages',
  'branches',
  'digital-collections',
  'items',
] as const
export type PreviewableCollection = (typeof PREVIEWABLE)[number]

export function isPreviewable(collection: string): collection is PreviewableCollection {
  return (PREVIEWABLE as readonly string[]).includes(collection)
}

export type PagedDoc = {
  slug?: string | null
  identifier?: string | null
  collections?: unknown[] | null
}

const idOf = (ref: unknown): string | undefined => {
  if (typeof ref === 'number' || typeof ref === 'string') return String(ref)
  if (ref && typeof ref === 'object' && 'id' in ref) return idOf(ref.id)
  return undefined
}

/**
 * The path of the page the site makes for `doc`, as site/data/load.ts places it; undefined when
 * it gets none. An item lives under the first of its collections that is published, so
 * `publishedCollectionSlug` gives a published collection's slug by id (undefined for any other).
 */
export function sitePathOf(
  collection: PreviewableCollection,
  doc: PagedDoc,
  publishedCollectionSlug: (id: string) => string | undefined,
): string | undefined {
  if (collection === 'items') {
    const slug = (doc.collections ?? [])
      .map((ref) => idOf(ref))
      .map((id) => (id === undefined ? undefined : publishedCollectionSlug(id)))
      .find(Boolean)
    return slug && doc.identifier ? urls.item(slug, doc.identifier) : undefined
  }
  if (!doc.slug) return undefined
  switch (collection) {
    case 'news':
      return urls.newsItem(doc.slug)
    case 'events':
      return urls.event(doc.slug)
    case 'documents':
      return urls.document(doc.slug)
    case 'pages':
      return urls.page(doc.slug)
    case 'branches':
      return urls.branch(doc.slug)
    case 'digital-collections':
      return urls.collection(doc.slug)
  }
}

/** Slugs of the published digital collections by id: the ones the site shows. */
export async function publishedCollectionSlugs(payload: Payload): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'digital-collections',
    where: { _status: { equals: 'published' } },
    draft: false,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true },
  })
  return new Map(docs.filter((doc) => doc.slug).map((doc) => [String(doc.id), doc.slug!]))
}

/**
 * The path of the page that shows `doc` on the site (a preview shows the draft as if it were
 * published, everything else as published); the collections list when it would get none.
 */
export async function pagePathOf(
  payload: Payload,
  collection: PreviewableCollection,
  doc: PagedDoc,
): Promise<string> {
  const slugs =
    collection === 'items' ? await publishedCollectionSlugs(payload) : new Map<string, string>()
  return (
    sitePathOf(collection, doc, (id) => slugs.get(id)) ??
    (collection === 'items' ? urls.collections() : urls.home())
  )
}
