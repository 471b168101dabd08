import type { APIRoute } from 'astro'

import type { Picture } from '@site/data/images'
import { content } from '@site/data/store'
import { formatLongDate, kyivYear } from '@domain/format/dates'
import { TYPE_LABELS, type SearchRecord } from '@site/search/records'

// Search records of every published page (see site/search/records.ts). The search indexing step
// reads this file after the build and deletes it: it is never published.

/** The smallest WebP of a picture, for a result thumbnail. */
function thumbnail(picture: Picture | undefined): Pick<SearchRecord, 'image' | 'imageAlt'> {
  if (!picture) return {}
  const smallest = picture.webp.split(',')[0]?.trim().split(/\s+/)[0] || picture.src
  return { image: smallest, imageAlt: picture.alt }
}

const label = (type: SearchRecord['type']) => [TYPE_LABELS[type]]
const year = (value: string | undefined) => (value ? [String(kyivYear(value))] : [])
const present = (values: Array<string | undefined>) => [
  ...new Set(values.filter((value): value is string => Boolean(value))),
]

export const GET: APIRoute = async () => {
  const [news, branches, documents, items, pages, events, site] = await Promise.all([
    content.news(),
    content.branches(),
    content.documents(),
    content.items(),
    content.pages(),
    content.events(),
    content.site(),
  ])
  const builtAt = Date.parse(site.builtAt)
  const records: SearchRecord[] = [
    ...news.map((entry): SearchRecord => ({
      url: entry.url,
      type: 'news',
      title: entry.title,
      date: entry.publishedAt,
      dateText: formatLongDate(entry.publishedAt),
      ...thumbnail(entry.cover),
      filters: {
        type: label('news'),
        branch: present(entry.branches.map((branch) => branch.title)),
        year: year(entry.publishedAt),
      },
    })),
    ...events.map((entry): SearchRecord => {
      // The next date that is not cancelled (or the last one, for a past event).
      const next = entry.occurrences.find(
        (occurrence) => Date.parse(occurrence.end) > builtAt && occurrence.state !== 'cancelled',
      )
      const shown = next ?? entry.occurrences.at(-1)
      return {
        url: entry.url,
        type: 'event',
        title: entry.title,
        date: shown?.start,
        dateText: shown ? `${next ? 'Наступна дата' : 'Минула подія'}: ${shown.when}` : undefined,
        ended: !next,
        ...thumbnail(entry.cover),
        filters: {
          type: label('event'),
          branch: present(entry.branches.map((branch) => branch.title)),
          year: year(shown?.start),
        },
      }
    }),
    ...branches.map((entry): SearchRecord => ({
      url: entry.url,
      type: 'branch',
      title: entry.name,
      ...thumbnail(entry.photos[0]),
      filters: { type: label('branch'), branch: [entry.name] },
    })),
    ...documents.map((entry): SearchRecord => {
      const date = entry.adoptedOn ?? entry.validFrom
      return {
        url: entry.url,
        type: 'document',
        title: entry.title,
        date,
        dateText: date ? formatLongDate(date) : undefined,
        filters: {
          type: label('document'),
          year: entry.year ? [String(entry.year)] : year(date),
          docType: [entry.typeLabel],
          status: [entry.statusLabel],
        },
      }
    }),
    ...items.map((entry): SearchRecord => ({
      url: entry.url,
      type: 'item',
      title: entry.title,
      date: entry.startYear ? `${String(entry.startYear).padStart(4, '0')}-01-01` : undefined,
      dateText: entry.dateWritten ?? (entry.startYear ? String(entry.startYear) : undefined),
      ...thumbnail(entry.pages[0]?.thumb),
      filters: {
        type: label('item'),
        branch: present([entry.source?.branch?.title]),
        year: entry.startYear ? [String(entry.startYear)] : [],
        collection: present([
          entry.collection.title,
          ...entry.collections.map((link) => link.title),
        ]),
        subject: present(entry.subjects.map((link) => link.title)),
        place: present(entry.places.map((link) => link.title)),
      },
    })),
    ...pages.map((entry): SearchRecord => ({
      url: entry.url,
      type: 'page',
      title: entry.title,
      filters: { type: label('page') },
    })),
  ]
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } })
}
