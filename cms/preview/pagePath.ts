import type { Payload } from 'payload'

import { urls } from '@domain/urls/urls'

/** Collections an editor can preview, and the site page each document becomes. */
export const PREVIEWABLE = [
  'news',
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

type Doc = { slug?: string | null; identifier?: string | null; collections?: unknown[] | null }

/** The path of the page that shows `doc` on the site. */
export async function pagePathOf(
  payload: Payload,
  collection: PreviewableCollection,
  doc: Doc,
): Promise<string> {
  switch (collection) {
    case 'news':
      return urls.newsItem(doc.slug ?? '')
    case 'documents':
      return urls.document(doc.slug ?? '')
    case 'pages':
      return urls.page(doc.slug ?? '')
    case 'branches':
      return urls.branch(doc.slug ?? '')
    case 'digital-collections':
      return urls.collection(doc.slug ?? '')
    case 'items': {
      const first = doc.collections?.[0]
      const id =
        first && typeof first === 'object'
          ? (first as { id: number }).id
          : (first as number | undefined)
      if (id === undefined) return urls.collections()
      const parent = await payload.findByID({
        collection: 'digital-collections',
        id,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
      return urls.item(parent.slug ?? '', doc.identifier ?? '')
    }
  }
}
