import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasErrors } from '@domain/editorial-checks'
import { missingUkrainianTitle } from '@cms/localization/ukrainianFirst'
import { checkContent } from './check'

/**
 * Refuses to publish a document whose checklist has errors (a link that would vanish, an empty
 * heading, an image without a description…), each named at its field with what to do. Drafts
 * save whatever their state; warnings never block. Only a person's publication is checked: the
 * seed and other server tasks publish without a user, and the release check reports on them.
 */
export const refuseBrokenPublication: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  originalDoc,
  req,
}) => {
  if ((data as { _status?: unknown })._status !== 'published') return data
  if (!req.user || context.skipEditorialChecks) return data
  const doc = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
  const untranslated = await missingUkrainianTitle(
    req,
    collection,
    (originalDoc as { id?: number | string } | undefined)?.id,
  )
  if (untranslated)
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: untranslated,
          message:
            'Спершу напишіть українську версію: українською заголовок порожній. Сайт українською повний, англійська версія лише доповнює його (закон про мову, ст. 27). Збережіть англійський текст як чернетку.',
        },
      ],
      req,
    })
  const findings = await checkContent(req.payload, collection.slug, doc, req.locale)
  if (!hasErrors(findings)) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => ({ path: finding.field, message: `${finding.message} ${finding.fix}` })),
    req,
  })
}
