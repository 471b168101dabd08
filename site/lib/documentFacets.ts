import type { DocumentData } from '../data/model'

export type Facet = 'typ' | 'rik' | 'status'

/** One value of a register filter: its path segment, label and documents. */
export type FacetValue = { facet: Facet; value: string; label: string; documents: DocumentData[] }

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

export const DOCUMENTS_PER_PAGE = 25
