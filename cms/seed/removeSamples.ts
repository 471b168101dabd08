import type { CollectionSlug, Payload } from 'payload'

import type { Reporter } from '../reporting/progress'
import { seedContext } from './store'

/** Collections with the sample flag, in an order that removes referring documents first. */
const SAMPLE_COLLECTIONS: CollectionSlug[] = [
  'items',
  'digital-collections',
  'events',
  'news',
  'documents',
  'pages',
  'branches',
  'files',
  'media',
]

/** Deletes every document marked as a sample, in one step; real content is untouched. */
export async function removeSamples(payload: Payload, report: Reporter): Promise<number> {
  let removed = 0
  for (const collection of SAMPLE_COLLECTIONS) {
    const result = await payload.delete({
      collection,
      where: { isSample: { equals: true } },
      overrideAccess: true,
      context: seedContext,
    })
    removed += result.docs.length
    report(`  ${collection.padEnd(22)} вилучено ${result.docs.length}`)
    if (result.errors.length > 0) {
      throw new Error(
        `Could not remove ${result.errors.length} sample(s) from ${collection}: ${result.errors[0]?.message}`,
      )
    }
  }
  return removed
}
