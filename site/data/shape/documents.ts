import { kyivYear } from '@domain/format/dates'
import { typeset } from '@domain/format/typography'
import { slugify } from '@domain/slugs/transliterate'
import { urls } from '@domain/urls/urls'
import { DOCUMENT_STATUSES } from '@domain/vocabularies/documentStatuses'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { ukLabel } from '@domain/vocabularies/vocabulary'

import type { DocumentData, Link } from '../model'
import type { DocumentDoc } from '../read/schemas'
import type { Attachment } from '../richText'
import { linksTo, type Shaping } from './context'

/** The documents register: each document with its status, attachments and related documents. */
export function shapeDocuments(docs: DocumentDoc[], shaping: Shaping): DocumentData[] {
  const documentLink = new Map<string, Link>(
    docs.map((doc) => [doc.id, { href: urls.document(doc.slug), title: typeset(doc.title) }]),
  )
  return docs.map((doc) => {
    const body = shaping.render(doc.body, 'documents', doc.slug, 'body')
    const typeLabel = ukLabel(DOCUMENT_TYPES, doc.type)
    const dated = doc.adoptedOn ?? doc.validFrom
    return {
      id: doc.id,
      slug: doc.slug,
      url: urls.document(doc.slug),
      title: typeset(doc.title),
      type: doc.type,
      typeLabel,
      typePath: slugify(typeLabel),
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
      supersededBy: docs
        .filter((other) => other.supersedes.includes(doc.id))
        .map((other) => documentLink.get(other.id)!),
      programmeTasks: [],
      ownTasks: [],
    }
  })
}
