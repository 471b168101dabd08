import type { CollectionConfig, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE } from '@domain/i18n/locales'

/**
 * Ukrainian comes first (issue #16; the state language law, art. 27): a document may not be
 * published from its English version while its Ukrainian title is empty. Such a page would exist
 * only in English, and the Ukrainian site could not show it. Returns the field to name, or
 * undefined when the document has its Ukrainian version (or its title is not translated at all).
 */
export async function missingUkrainianTitle(
  req: PayloadRequest,
  collection: CollectionConfig,
  id: number | string | undefined,
): Promise<string | undefined> {
  if (req.locale === DEFAULT_LOCALE || !req.locale || req.locale === 'all') return undefined
  const titleField = collection.admin?.useAsTitle
  const field = collection.fields.find((entry) => 'name' in entry && entry.name === titleField)
  if (!titleField || !field || !('localized' in field) || !field.localized) return undefined
  if (id === undefined) return titleField
  const ukrainian = (await req.payload.findByID({
    collection: collection.slug as never,
    id,
    locale: DEFAULT_LOCALE,
    draft: true,
    depth: 0,
    overrideAccess: true,
    // Not the request itself: a Local API call given `req` sets its locale, and the English
    // save in progress would then be written as Ukrainian.
  })) as unknown as Record<string, unknown>
  const title = ukrainian[titleField]
  return typeof title === 'string' && title.trim() !== '' ? undefined : titleField
}
