import type { CollectionSlug, DataFromCollectionSlug, Payload, Where } from 'payload'

/** Seeding is trusted server code: it bypasses access rules and marks its writes for hooks. */
export const seedContext = { seeding: true } as const

/** The first document matching `where`, drafts included, or undefined. */
export async function findExisting<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
): Promise<DataFromCollectionSlug<S> | undefined> {
  const result = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
  })
  return result.docs[0]
}

/** Counts of what a seed run created and what it found already there. */
export class SeedTally {
  readonly created: Record<string, number> = {}
  readonly kept: Record<string, number> = {}

  add(collection: string, wasCreated: boolean): void {
    const bucket = wasCreated ? this.created : this.kept
    bucket[collection] = (bucket[collection] ?? 0) + 1
  }

  get totalCreated(): number {
    return Object.values(this.created).reduce((sum, count) => sum + count, 0)
  }
}
