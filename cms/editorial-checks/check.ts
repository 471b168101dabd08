import type { Payload } from 'payload'

import {
  checkDocument,
  documentReferences,
  EDITORIAL_SPECS,
  type Finding,
} from '@domain/editorial-checks'
import { resolveFacts } from './facts'

/** The editorial checklist of one document of a collection (none for collections without one). */
export async function checkContent(
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
): Promise<Finding[]> {
  const spec = EDITORIAL_SPECS[collection]
  if (!spec) return []
  const facts = await resolveFacts(payload, documentReferences(spec, doc))
  return checkDocument(spec, doc, facts)
}
