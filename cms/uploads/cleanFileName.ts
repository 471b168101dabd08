import type { CollectionBeforeOperationHook } from 'payload'

import { stripRefusedCharacters } from '@cms/fields/plainText/rules'

/**
 * An uploaded file's name as we store it: without control characters (a NUL cut the stored name
 * short) and without direction overrides («invoice\u202Efdp.png» shows as «invoicegnp.pdf»).
 * A name is cleaned rather than refused, since nobody can retype the name a browser sends.
 */
export function cleanFileName(name: string): string {
  const cleaned = stripRefusedCharacters(name).trim()
  // Nothing but an extension (or nothing at all) left: keep a readable name.
  return cleaned === '' || cleaned.startsWith('.') ? `file${cleaned}` : cleaned
}

/** Cleans the name of the file in a create or update before Payload derives the filename. */
export const cleanUploadName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file)
    req.file.name = cleanFileName(req.file.name)
  return args
}
