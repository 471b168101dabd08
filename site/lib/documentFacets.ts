import type { DocumentData } from '../data/model'

export type Facet = 'typ' | 'rik' | 'status'

/** One value of a register filter: its path segment, label and documents. */
export type FacetValue = { facet: Facet; value: string; label: string; documents: DocumentData[] }

/** What the register's filter list shows of a value: its link, label and count. */
export type FacetLink = { value: string; label: string; count: number }

/**
 * What the register shows of a document. The listing pages pass these rows, not the documents,
 * so that their cacheKey (site/lib/cacheKey.ts) holds all they render and nothing more: an edit
 * to a document's text re-renders its own page, not the register pages it is listed on.
 */
export type RegisterRow = Pick<
  DocumentData,
  'url' | 'title' | 'typeLabel' | 'status' | 'statusLabel' | 'number' | 'adoptedOn' | 'issuer'
>

export const FACET_TITLES: Record<Facet, string> = { typ: 'Вид', rik: 'Рік', status: 'Статус' }

function group(
  documents: DocumentData[],
  facet: Facet,
  key: (doc: DocumentData) => [string, string] | undefined,
) {
  const groups = new Map<string, FacetValue>()
  for (const doc of documents) {
    const entry = key(doc)
    if (!entry) continue
    const [value, label] = entry
    const existing = groups.get(value) ?? { facet, value, label, documents: [] }
    existing.documents.push(doc)
    groups.set(value, existing)
  }
  return [...groups.values()]
}

/** Every filter value of the register with its documents: types, years (newest first), statuses. */
export function documentFacets(documents: DocumentData[]): Record<Facet, FacetValue[]> {
  return {
    typ: group(documents, 'typ', (doc) => [doc.typePath, doc.typeLabel]).sort((a, b) =>
      a.label.localeCompare(b.label, 'uk'),
    ),
    rik: group(documents, 'rik', (doc) =>
      doc.year ? [String(doc.year), String(doc.year)] : undefined,
    ).sort((a, b) => b.value.localeCompare(a.value)),
    status: group(documents, 'status', (doc) => [doc.statusPath, doc.statusLabel]),
  }
}

/** The filter list every register page shows: each value's link, label and count. */
export function facetLinks(facets: Record<Facet, FacetValue[]>): Record<Facet, FacetLink[]> {
  const links = (values: FacetValue[]) =>
    values.map(({ value, label, documents }) => ({ value, label, count: documents.length }))
  return { typ: links(facets.typ), rik: links(facets.rik), status: links(facets.status) }
}

/** A document as a register row. */
export function registerRow(doc: DocumentData): RegisterRow {
  const { url, title, typeLabel, status, statusLabel, number, adoptedOn, issuer } = doc
  return { url, title, typeLabel, status, statusLabel, number, adoptedOn, issuer }
}

export const DOCUMENTS_PER_PAGE = 25
