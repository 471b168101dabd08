import { slugify } from '@domain/slugs/transliterate'
import type { ItemData } from '@site/data/model'

/** Facets of a collection's items, each with its own static pages under the collection. */
export const FACETS = {
  subject: { path: 'tema', title: 'Теми', one: 'Тема' },
  place: { path: 'mistse', title: 'Місця', one: 'Місце' },
  type: { path: 'typ', title: 'Типи', one: 'Тип' },
  creator: { path: 'avtor', title: 'Автори', one: 'Автор' },
  decade: { path: 'dekada', title: 'Десятиліття', one: 'Десятиліття' },
} as const

export type FacetKind = keyof typeof FACETS

export type FacetValue = { kind: FacetKind; value: string; label: string; items: ItemData[] }

/** One bar of the timeline: a decade, its items (possibly none) and the share of the largest. */
export type TimelineBar = { decade: number; label: string; count: number; share: number }

function valuesOf(item: ItemData, kind: FacetKind): { value: string; label: string }[] {
  switch (kind) {
    case 'subject':
      return item.subjects.map((subject) => ({
        value: slugify(subject.title),
        label: subject.title,
      }))
    case 'place':
      return item.places.map((place) => ({ value: slugify(place.title), label: place.title }))
    case 'type':
      return [{ value: item.type, label: item.typeLabel }]
    case 'creator':
      return item.creator ? [{ value: slugify(item.creator), label: item.creator }] : []
    case 'decade':
      return item.decades.map((decade) => ({ value: String(decade), label: `${decade}-ті` }))
  }
}

/**
 * The values of a facet over `items`, most frequent first (decades in time order), each with
 * its items. Values whose transliteration is empty are left out: they would have no address.
 */
export function facetValues(items: readonly ItemData[], kind: FacetKind): FacetValue[] {
  const groups = new Map<string, FacetValue>()
  for (const item of items) {
    for (const { value, label } of valuesOf(item, kind)) {
      if (!value) continue
      const group = groups.get(value) ?? { kind, value, label, items: [] }
      if (!group.items.includes(item)) group.items.push(item)
      groups.set(value, group)
    }
  }
  const list = [...groups.values()]
  return kind === 'decade'
    ? list.sort((a, b) => Number(a.value) - Number(b.value))
    : list.sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label, 'uk'))
}

/** Every decade from the earliest to the latest item's, empty ones included, for a timeline. */
export function timeline(items: readonly ItemData[]): TimelineBar[] {
  const counts = new Map<number, number>()
  for (const item of items)
    for (const decade of item.decades) counts.set(decade, (counts.get(decade) ?? 0) + 1)
  if (!counts.size) return []
  const decades = [...counts.keys()]
  const first = Math.min(...decades)
  const last = Math.max(...decades)
  const most = Math.max(...counts.values())
  const bars: TimelineBar[] = []
  for (let decade = first; decade <= last; decade += 10) {
    const count = counts.get(decade) ?? 0
    bars.push({ decade, label: `${decade}-ті`, count, share: count / most })
  }
  return bars
}

/** Address of a facet value's page within a collection. */
export function facetUrl(collectionSlug: string, kind: FacetKind, value: string, page = 1): string {
  const base = `/kolektsii/${collectionSlug}/${FACETS[kind].path}/${value}/`
  return page > 1 ? `${base}storinka/${page}/` : base
}
