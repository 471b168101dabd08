import { slugify } from '@domain/slugs/transliterate'
import type { ItemData } from '../data/model'
import type { COLLECTION_BROWSE } from '@domain/urls/urls'

export type BrowseKind = keyof typeof COLLECTION_BROWSE

/** A subject, place or decade with its items. */
export type BrowseGroup = { kind: BrowseKind; value: string; label: string; items: ItemData[] }

export const BROWSE_TITLES: Record<BrowseKind, { title: string; one: string }> = {
  subject: { title: 'Теми', one: 'Тема' },
  place: { title: 'Місця', one: 'Місце' },
  decade: { title: 'Десятиліття', one: 'Десятиліття' },
}

/** Items grouped by subject, place or decade, sorted for browsing. */
export function browseGroups(items: ItemData[], kind: BrowseKind): BrowseGroup[] {
  const groups = new Map<string, BrowseGroup>()
  const add = (value: string, label: string, item: ItemData) => {
    const group = groups.get(value) ?? { kind, value, label, items: [] }
    if (!group.items.includes(item)) group.items.push(item)
    groups.set(value, group)
  }
  for (const item of items) {
    if (kind === 'subject') item.subjects.forEach((s) => add(slugify(s.title), s.title, item))
    if (kind === 'place') item.places.forEach((p) => add(slugify(p.title), p.title, item))
    if (kind === 'decade') item.decades.forEach((d) => add(String(d), `${d}-ті`, item))
  }
  const list = [...groups.values()].filter((group) => group.value !== '')
  return kind === 'decade'
    ? list.sort((a, b) => a.value.localeCompare(b.value))
    : list.sort((a, b) => a.label.localeCompare(b.label, 'uk'))
}

export const ITEMS_PER_PAGE = 24
