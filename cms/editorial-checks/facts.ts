import type { CollectionSlug, Payload } from 'payload'

import { isPreviewable } from '@cms/preview/pagePath'
import { DEFAULT_LOCALE, type Locale } from '@domain/i18n/locales'
import type {
  DocRef,
  MediaFacts,
  References,
  RichTextFacts,
  TargetState,
} from '@domain/editorial-checks'

/** Ids per query: long `in` lists are split so no query grows without bound. */
const CHUNK = 500

const key = (ref: DocRef) => `${ref.relationTo}:${ref.id}`

/** Ids this database could hold: anything else cannot exist and is not sent to a query. */
function plausibleIds(payload: Payload, ids: Iterable<string>): string[] {
  const numeric = payload.db.defaultIDType === 'number'
  return [...new Set(ids)].filter((id) =>
    numeric ? /^\d{1,15}$/.test(id) : /^[\w-]{1,64}$/.test(id),
  )
}

async function findByIds<T>(
  payload: Payload,
  collection: CollectionSlug,
  ids: string[],
  select: Record<string, true>,
): Promise<T[]> {
  const docs: T[] = []
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK)
    const result = await payload.find({
      collection,
      where: { id: { in: chunk } },
      depth: 0,
      limit: chunk.length,
      pagination: false,
      draft: false,
      select,
      // States and image facts only, never content: the checklist must see targets a branch
      // editor cannot open (a draft of another branch is still a draft).
      overrideAccess: true,
    })
    docs.push(...(result.docs as unknown as T[]))
  }
  return docs
}

/**
 * Looks up, in one query per collection, what a document's links and images point to: whether
 * each target is published (its main document is: a draft saved over a published document
 * leaves it published), and each image's alt text, name and size.
 */
export async function resolveFacts(
  payload: Payload,
  refs: References,
  locale: Locale = DEFAULT_LOCALE,
): Promise<RichTextFacts> {
  const states = new Map<string, TargetState>()
  const byCollection = new Map<string, string[]>()
  for (const ref of refs.docs)
    byCollection.set(ref.relationTo, [...(byCollection.get(ref.relationTo) ?? []), ref.id])
  for (const [relationTo, ids] of byCollection) {
    if (!isPreviewable(relationTo)) continue
    // The title in Ukrainian (the default locale these reads use): a published page without one
    // exists only in English, and a Ukrainian text's link to it would vanish (issue #16).
    const titleField = payload.collections[relationTo as CollectionSlug]?.config.admin.useAsTitle
    const found = await findByIds<
      { id: number | string; _status?: string } & Record<string, unknown>
    >(
      payload,
      relationTo,
      plausibleIds(payload, ids),
      titleField ? { _status: true, [titleField]: true } : { _status: true },
    )
    for (const doc of found) {
      const title = titleField === undefined ? undefined : doc[titleField]
      const untitled =
        titleField !== undefined && !(typeof title === 'string' && title.trim() !== '')
      states.set(
        key({ relationTo, id: String(doc.id) }),
        doc._status !== 'published'
          ? 'draft'
          : untitled && locale === DEFAULT_LOCALE
            ? 'untranslated'
            : 'published',
      )
    }
  }
  const media = new Map<string, MediaFacts>()
  for (const doc of await findByIds<MediaFacts & { id: number | string }>(
    payload,
    'media',
    plausibleIds(payload, refs.media),
    { alt: true, filename: true, width: true, height: true, filesize: true, keepLarge: true },
  ))
    media.set(String(doc.id), doc)
  const files = new Set(
    (
      await findByIds<{ id: number | string }>(
        payload,
        'files',
        plausibleIds(payload, refs.files),
        {
          filename: true,
        },
      )
    ).map((doc) => String(doc.id)),
  )
  return {
    target: (ref) =>
      isPreviewable(ref.relationTo) ? (states.get(key(ref)) ?? 'missing') : 'no-page',
    media: (id) => media.get(id),
    file: (id) => files.has(id),
  }
}
