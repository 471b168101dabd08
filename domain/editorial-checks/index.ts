import { bySeverity, type Finding } from './findings'
import { checkRegister } from './documents'
import { checkImage } from './images'
import { checkLengths, DESCRIPTION_MAX, EXCERPT_MAX, type SummaryRule } from './lengths'
import { checkRichText, idOf, referencesOf, type References, type RichTextFacts } from './richText'
import { checkTranslation } from './translation'
import type { Locale } from '../i18n/locales'

export type { Finding } from './findings'
export { hasErrors } from './findings'
export type { DocRef, References, RichTextFacts, TargetState } from './richText'
export type { MediaFacts } from './images'

/** Which fields of a collection the checklist reads. */
export type EditorialSpec = {
  title: string
  summary?: SummaryRule
  /** Rich-text fields (top-level paths). */
  richText: string[]
  /** Upload fields of images (one id or a list). */
  images?: string[]
  /** The documents register's rules apply. */
  register?: boolean
}

/**
 * The collections with an editorial checklist: every one whose documents become pages with
 * text. A new collection needs one line here (and its hooks, added by cms/editorial-checks).
 */
export const EDITORIAL_SPECS: Record<string, EditorialSpec> = {
  news: {
    title: 'title',
    summary: { field: 'excerpt', label: 'Анонс', max: EXCERPT_MAX, expected: true },
    richText: ['body'],
    images: ['cover'],
  },
  documents: {
    title: 'title',
    summary: { field: 'summary', label: 'Короткий зміст', max: 300 },
    richText: ['body'],
    register: true,
  },
  pages: {
    title: 'title',
    summary: { field: 'summary', label: 'Опис для пошуку й соцмереж', max: DESCRIPTION_MAX },
    richText: ['body'],
  },
  events: {
    title: 'title',
    summary: { field: 'summary', label: 'Анонс', max: EXCERPT_MAX, expected: true },
    richText: ['body'],
    images: ['cover'],
  },
  branches: { title: 'name', richText: ['description'], images: ['photos'] },
  'digital-collections': { title: 'title', richText: ['description'], images: ['cover'] },
}

export const hasChecklist = (collection: string) =>
  Object.prototype.hasOwnProperty.call(EDITORIAL_SPECS, collection)

const imageIds = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is string => id !== undefined)

/** Everything a document points to, to be looked up once (cms/editorial-checks/facts.ts). */
export function documentReferences(spec: EditorialSpec, doc: Record<string, unknown>): References {
  const refs: References = { docs: [], media: [], files: [] }
  for (const field of spec.richText) {
    const found = referencesOf(doc[field])
    refs.docs.push(...found.docs)
    refs.media.push(...found.media)
    refs.files.push(...found.files)
  }
  for (const field of spec.images ?? []) refs.media.push(...imageIds(doc[field]))
  return refs
}

/**
 * The editorial checklist of one document: rich text, images, lengths and the register's rules.
 * Errors first. Pure: `facts` answers what the referenced documents and uploads are.
 */
export function checkDocument(
  spec: EditorialSpec,
  doc: Record<string, unknown>,
  facts: RichTextFacts,
  locale: Locale = 'uk',
): Finding[] {
  const findings: Finding[] = []
  findings.push(...checkLengths(doc, spec.title, spec.summary))
  findings.push(...checkTranslation(spec, doc, locale))
  for (const field of spec.richText) findings.push(...checkRichText(doc[field], field, facts))
  for (const field of spec.images ?? [])
    for (const id of imageIds(doc[field]))
      checkImage(id, facts.media(id), (finding) => findings.push({ ...finding, field }))
  if (spec.register) findings.push(...checkRegister(doc))
  return bySeverity(findings)
}
