import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { message, type MessageKey } from '../i18n/messages'

type UniqueCheck = {
  req: PayloadRequest
  collection: CollectionSlug
  field: string
  value: string
  /** The document being saved, which may keep its own value. */
  id?: number | string
}

/** Whether another document of the collection already uses `value` in `field`. */
export async function isValueTaken({
  req,
  collection,
  field,
  value,
  id,
}: UniqueCheck): Promise<boolean> {
  const conditions: Where[] = [{ [field]: { equals: value } }]
  if (id !== undefined) conditions.push({ id: { not_equals: id } })
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: conditions },
    // Uniqueness is about every stored document, including those the editor cannot see.
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** A field validator that refuses a value already used by another document, with a clear message. */
export function uniqueValidator(field: string, takenKey: MessageKey) {
  return async (
    value: string | null | undefined,
    options: { req: PayloadRequest; id?: number | string; collectionSlug?: string },
  ): Promise<string | true> => {
    if (!value || !options.collectionSlug) return true
    const taken = await isValueTaken({
      req: options.req,
      collection: options.collectionSlug as CollectionSlug,
      field,
      value,
      id: options.id,
    })
    return taken ? message(options.req, takenKey, { value }) : true
  }
}
