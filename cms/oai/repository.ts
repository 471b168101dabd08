import type { Payload, Where } from 'payload'

import { env } from '../config/env'
import type { CitableItem } from '@domain/heritage/citableItem'
import { describeItem } from '@domain/heritage/itemRecord'
import { absolute, iiifPaths } from '@domain/urls/iiif'
import { urls } from '@domain/urls/urls'
import { rightsCodeFromUri, type RightsCode } from '@domain/vocabularies/rightsStatements'
import type { Item } from '../payload-types'

type Id = number | string

/** A published item as the repository gives it out. */
export type OaiRecord = {
  identifier: string
  datestamp: string
  sets: string[]
  item: CitableItem
}

export type OaiSet = { spec: string; name: string; description?: string }

/** The public site's address of an item. */
export function itemPageUrl(collectionSlug: string, identifier: string): string {
  return absolute(env.SITE_URL, urls.item(collectionSlug, identifier))
}

/** A collection's default rights, stored as a code (older data: as the statement's URI). */
const rightsCode = (value: string | undefined): RightsCode | undefined =>
  value?.includes('://') ? rightsCodeFromUri(value) : (value as RightsCode | undefined)

/** OAI identifiers: `oai:<site host>:<item identifier>`. */
export function repositoryIdentifier(): string {
  return new URL(env.SITE_URL).hostname
}

export const oaiIdentifier = (identifier: string) => `oai:${repositoryIdentifier()}:${identifier}`

export function localIdentifier(oaiId: string): string | undefined {
  const prefix = `oai:${repositoryIdentifier()}:`
  return oaiId.startsWith(prefix) ? oaiId.slice(prefix.length) : undefined
}

/** Datestamps at the repository's granularity, seconds in UTC. */
export const toDatestamp = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`

/**
 * Reads what the public may see, as an anonymous visitor (never drafts): published items of
 * published collections, which are the sets.
 */
export class OaiRepository {
  private cache?: Promise<{
    collections: Map<Id, { slug: string; title: string; rights?: string }>
    branches: Map<Id, string>
    publisher: string
  }>

  constructor(private readonly payload: Payload) {}

  private context() {
    this.cache ??= (async () => {
      const anonymous = { overrideAccess: false, depth: 0, limit: 0, pagination: false } as const
      const [collections, branches, site] = await Promise.all([
        this.payload.find({ collection: 'digital-collections', ...anonymous, sort: 'order' }),
        this.payload.find({ collection: 'branches', ...anonymous }),
        this.payload.findGlobal({ slug: 'site', overrideAccess: false, depth: 0 }),
      ])
      return {
        collections: new Map(
          collections.docs
            .filter((doc) => doc.slug)
            .map((doc) => [
              doc.id,
              { slug: doc.slug!, title: doc.title, rights: doc.defaultRights ?? undefined },
            ]),
        ),
        branches: new Map(branches.docs.map((doc) => [doc.id, doc.name])),
        publisher: site.name || 'ЦБС Солом’янського району м. Києва',
      }
    })()
    return this.cache
  }

  async sets(): Promise<OaiSet[]> {
    const { collections } = await this.context()
    return [...collections.values()].map((collection) => ({
      spec: collection.slug,
      name: collection.title,
    }))
  }

  async publisher(): Promise<string> {
    return (await this.context()).publisher
  }

  /** The where clause for published items in the given (or any published) collection. */
  private async itemWhere(filter: {
    set?: string
    from?: Date
    until?: Date
    identifier?: string
  }) {
    const { collections } = await this.context()
    const ids = [...collections.entries()]
      .filter(([, collection]) => !filter.set || collection.slug === filter.set)
      .map(([id]) => id)
    const conditions: Where[] = [{ collections: { in: ids } }]
    if (filter.from)
      conditions.push({ updatedAt: { greater_than_equal: filter.from.toISOString() } })
    if (filter.until)
      conditions.push({ updatedAt: { less_than_equal: filter.until.toISOString() } })
    if (filter.identifier) conditions.push({ identifier: { equals: filter.identifier } })
    return { where: { and: conditions } satisfies Where, empty: ids.length === 0 }
  }

  async list(
    filter: { set?: string; from?: Date; until?: Date },
    offset: number,
    limit: number,
  ): Promise<{ records: OaiRecord[]; total: number }> {
    const { where, empty } = await this.itemWhere(filter)
    if (empty) return { records: [], total: 0 }
    const { totalDocs } = await this.payload.count({
      collection: 'items',
      where,
      overrideAccess: false,
    })
    const result = await this.payload.find({
      collection: 'items',
      where,
      overrideAccess: false,
      draft: false,
      depth: 0,
      sort: ['updatedAt', 'id'],
      limit,
      page: Math.floor(offset / limit) + 1,
    })
    const records = await Promise.all(result.docs.map((doc) => this.toRecord(doc)))
    return { records, total: totalDocs }
  }

  async get(identifier: string): Promise<OaiRecord | undefined> {
    const { where, empty } = await this.itemWhere({ identifier })
    if (empty) return undefined
    const { docs } = await this.payload.find({
      collection: 'items',
      where,
      overrideAccess: false,
      draft: false,
      depth: 0,
      limit: 1,
    })
    return docs[0] ? this.toRecord(docs[0]) : undefined
  }

  async earliestDatestamp(): Promise<string> {
    const { where, empty } = await this.itemWhere({})
    if (empty) return toDatestamp(new Date(0).toISOString())
    const { docs } = await this.payload.find({
      collection: 'items',
      where,
      overrideAccess: false,
      depth: 0,
      sort: 'updatedAt',
      limit: 1,
    })
    return toDatestamp(docs[0]?.updatedAt ?? new Date(0).toISOString())
  }

  private async toRecord(doc: Item): Promise<OaiRecord> {
    const { collections, branches, publisher } = await this.context()
    const idOf = (ref: unknown) =>
      (typeof ref === 'object' && ref !== null ? (ref as { id: Id }).id : ref) as Id
    const own = (doc.collections ?? [])
      .map((ref) => collections.get(idOf(ref)))
      .filter((collection) => collection !== undefined)
    const primary = own[0]!
    const branch = doc.source?.branch ? branches.get(idOf(doc.source.branch)) : undefined
    return {
      identifier: oaiIdentifier(doc.identifier),
      datestamp: toDatestamp(doc.updatedAt),
      sets: own.map((collection) => collection.slug),
      item: {
        ...describeItem(doc),
        branch,
        rights: doc.rights ?? rightsCode(primary.rights),
        collections: own.map((collection) => collection.title),
        url: itemPageUrl(primary.slug, doc.identifier),
        publisher,
        // The site publishes a IIIF manifest for every item with images (site/iiif).
        iiifManifest: doc.images?.length
          ? absolute(env.SITE_URL, iiifPaths.itemManifest(doc.identifier))
          : undefined,
      },
    }
  }
}
