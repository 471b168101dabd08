import { typesetIn } from '@domain/format/localeFormat'
import { englishUrls } from '@domain/urls/localeUrls'
import { DOCUMENT_STATUSES } from '@domain/vocabularies/documentStatuses'
import { DOCUMENT_TYPES } from '@domain/vocabularies/documentTypes'
import { labelOf } from '@domain/vocabularies/vocabulary'

import type { DocumentData } from '../model'
import type { DocumentDoc } from '../read/schemas'
import type { Shaping } from './context'

/** A document read in English: its English slug, summary and body, and its title's translation. */
export type EnglishDocumentDoc = DocumentDoc & { titleTranslation: string }

/**
 * Documents in English (issue #16): those with a translated title. The official title stays in
 * its language, beside the translation; status and type are our English words; links to other
 * documents and the programme's tasks stay on the Ukrainian page until those have English pages.
 */
export function shapeEnglishDocuments(
  docs: EnglishDocumentDoc[],
  ukrainian: DocumentData[],
  shaping: Shaping,
): DocumentData[] {
  const englishById = new Map(docs.map((doc) => [doc.id, doc]))
  return ukrainian.flatMap((document) => {
    const doc = englishById.get(document.id)
    if (!doc) return []
    const body = shaping.render(doc.body, 'documents', doc.slug, 'body (en)')
    const url = englishUrls.document(doc.slug)
    return [
      {
        ...document,
        slug: doc.slug,
        url,
        title: typesetIn('en', doc.titleTranslation),
        officialTitle: document.title,
        typeLabel: labelOf(DOCUMENT_TYPES, document.type, 'en'),
        statusLabel: DOCUMENT_STATUSES[document.status].label.en,
        summary: doc.summary ? typesetIn('en', doc.summary) : undefined,
        bodyHtml: body.html,
        toc: body.toc,
        related: [],
        supersedes: [],
        supersededBy: [],
        programmeTasks: [],
        ownTasks: [],
        translations: { uk: document.url, en: url },
      },
    ]
  })
}
