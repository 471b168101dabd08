import type { DocumentDoc } from './read/schemas'
import type { RenderCache } from './renderCache'
import type { Shaping } from './shape/context'
import type { DocumentBody } from './shape/documents'

/** The documents with their bodies: the given ones, or every published one when `ids` is undefined. */
export type ReadBodies = (ids?: string[]) => Promise<DocumentDoc[]>

/**
 * Every document's rendered body: kept from the last build where the document and all that its
 * body looked up are unchanged (see RenderCache), rendered anew from a fresh read otherwise. The
 * register itself is read without bodies; at 10,000 documents the bodies are half of the read.
 */
export async function documentBodies(
  docs: DocumentDoc[],
  shaping: Shaping,
  cache: RenderCache,
  readBodies: ReadBodies,
): Promise<Map<string, DocumentBody>> {
  const bodies = new Map<string, DocumentBody>()
  const missing: DocumentDoc[] = []
  for (const doc of docs) {
    const kept = doc.updatedAt ? cache.get(doc.id, doc.updatedAt) : undefined
    if (kept && shaping.unchanged(kept.lookups)) {
      bodies.set(doc.id, { html: kept.html, toc: kept.toc })
      cache.keep(doc.id, kept, false)
    } else {
      missing.push(doc)
    }
  }
  if (missing.length === 0) return bodies
  // With most bodies missing (a first build, new code) one read of all of them is quicker.
  const read = await readBodies(
    missing.length > docs.length / 2 ? undefined : missing.map((doc) => doc.id),
  )
  const withBodies = new Map(read.map((doc) => [doc.id, doc]))
  for (const doc of missing) {
    const full = withBodies.get(doc.id)
    if (!full) {
      throw new Error(
        `Сайт не зібрано: documents «${doc.slug}» — документ зняли з публікації під час збирання сайту; опублікуйте ще раз.`,
      )
    }
    // The text is the one just read (it may be newer than the register's row): kept under its
    // own updatedAt, so a save made in between is rendered again by the next build.
    const { rendered, lookups } = shaping.renderTraced(full.body, 'documents', doc.slug, 'body')
    const body = { html: rendered.html, toc: rendered.toc }
    bodies.set(doc.id, body)
    if (full.updatedAt) cache.keep(doc.id, { version: full.updatedAt, ...body, lookups }, true)
  }
  return bodies
}
