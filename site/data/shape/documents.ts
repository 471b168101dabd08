import { kyivYear } from '@domain/format/dates'
import { typeset } from '@domain/format/typography'
import { slugify } from '@domain/slugs/transliterate'
import { urls } from '@domain/urls/urls'
import { DOCUMENT_STATUSES } from '@domain/vocabularies/documentStatuses'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { ukLabel } from '@domain/vocabularies/vocabulary'

import type { DocumentData, Link } from '../model'
import type { DocumentDoc } from '../read/schemas'
import type { Attachment, TocEntry } from '../richText'
import { linksTo, type Shaping } from './context'

/** A document's body as its page shows it. */
export type DocumentBody = { html: string; toc: TocEntry[] }

/**
 * The documents register: each document with its status, attachments and related documents.
 * Bodies are rendered from each document's text unless given (see documentBodies.ts).
 */
export function shapeDocuments(
  docs: DocumentDoc[],
  shaping: Shaping,
  bodies?: ReadonlyMap<string, DocumentBody>,
): DocumentData[] {
  const documentLink = new Map<string, Link>(
    docs.map((doc) => [doc.id, { href: urls.document(doc.slug), title: typeset(doc.title) }]),
  )
  const supersededBy = supersedingLinks(docs, documentLink)
  const typePaths = new Map<string, string>()
  return docs.map((doc) => {
    const body = bodies
      ? bodyOf(bodies, doc)
      : shaping.render(doc.body, 'documents', doc.slug, 'body')
    const typeLabel = ukLabel(DOCUMENT_TYPES, doc.type)
    const typePath = typePaths.get(typeLabel) ?? slugify(typeLabel)
    typePaths.set(typeLabel, typePath)
    const dated = doc.adoptedOn ?? doc.validFrom
    return {
      id: doc.id,
      slug: doc.slug,
      url: urls.document(doc.slug),
      title: typeset(doc.title),
      type: doc.type,
      typeLabel,
      typePath,
      // Editors sometimes type the № themselves; the site adds it.
      number: doc.number?.replace(/^№\s*/u, ''),
      adoptedOn: doc.adoptedOn,
      year: dated ? kyivYear(dated) : undefined,
      issuer: doc.issuer ? typeset(doc.issuer) : undefined,
      validFrom: doc.validFrom,
      validTo: doc.validTo,
      status: doc.status,
      statusLabel: DOCUMENT_STATUSES[doc.status].label.uk,
      statusPath: DOCUMENT_STATUSES[doc.status].path,
      summary: doc.summary ? typeset(doc.summary) : undefined,
      bodyHtml: body.html,
      toc: body.toc,
      attachments: doc.attachments
        .map((ref) => shaping.files.get(ref))
        .filter((file): file is Attachment => file !== undefined),
      related: linksTo(doc.related, documentLink),
      supersedes: linksTo(doc.supersedes, documentLink),
      supersededBy: supersededBy.get(doc.id) ?? [],
      programmeTasks: [],
      ownTasks: [],
    }
  })
}

/**
 * For each document, the documents that supersede it, in the register's order. One pass over
 * the register: asking every document about every other took seconds at 10,000 documents.
 */
function supersedingLinks(
  docs: DocumentDoc[],
  documentLink: Map<string, Link>,
): Map<string, Link[]> {
  const byTarget = new Map<string, Link[]>()
  for (const other of docs) {
    for (const target of new Set(other.supersedes)) {
      const links = byTarget.get(target) ?? []
      links.push(documentLink.get(other.id)!)
      byTarget.set(target, links)
    }
  }
  return byTarget
}

function bodyOf(bodies: ReadonlyMap<string, DocumentBody>, doc: DocumentDoc): DocumentBody {
  const body = bodies.get(doc.id)
  if (!body) throw new Error(`The body of documents «${doc.slug}» was not read.`)
  return body
}
