import type { Payload } from 'payload'

import {
  checkDocument,
  documentReferences,
  EDITORIAL_SPECS,
  type Finding,
} from '@domain/editorial-checks'
import { DEFAULT_LOCALE, isLocale } from '@domain/i18n/locales'
import { resolveFacts } from './facts'

/** The editorial checklist of one document of a collection (none for collections without one). */
export async function checkContent(
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
  locale: unknown = DEFAULT_LOCALE,
): Promise<Finding[]> {
  const spec = EDITORIAL_SPECS[collection]
  if (!spec) return []
  // The language being edited (the admin's locale): translations get their own checks.
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE
  const facts = await resolveFacts(payload, documentReferences(spec, doc), language)
  return checkDocument(spec, doc, facts, language)
}
