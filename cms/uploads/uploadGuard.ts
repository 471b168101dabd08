import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { message } from '@cms/i18n/messages'
import { formatBytes } from '@domain/format/bytes'
import { inspectUpload, type UploadPolicy, type UploadProblem } from './inspectUpload'

function describeProblem(
  problem: UploadProblem,
  name: string,
  policy: UploadPolicy,
  language: 'uk' | 'en',
): Record<string, string> {
  const allowed = policy.allowed.join(', ')
  switch (problem.key) {
    case 'uploadTooLarge':
      return {
        name,
        size: formatBytes(problem.size, language),
        limit: formatBytes(problem.limit, language),
      }
    case 'uploadTypeNotAllowed':
      return { type: problem.type, allowed }
    case 'uploadTypeMismatch':
      return { name, declared: problem.declared, detected: problem.detected }
    case 'uploadUnrecognized':
      return { name, allowed }
    case 'uploadScriptable':
      return {}
  }
}

/**
 * A hook that refuses a bad upload before Payload writes anything, with a message in the
 * editor's language: too large, scriptable (SVG/HTML), a type the collection does not take,
 * or content that does not match the declared type.
 */
export function uploadGuard(policy: UploadPolicy): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    const file = req.file
    const problem = await inspectUpload(
      { name: file.name, mimetype: file.mimetype, size: file.size, data: file.data },
      policy,
    )
    if (!problem) return args
    const language = req.i18n?.language === 'en' ? 'en' : 'uk'
    throw new ValidationError(
      {
        errors: [
          {
            path: 'file',
            message: message(
              req,
              problem.key,
              describeProblem(problem, file.name, policy, language),
            ),
          },
        ],
      },
      req.t,
    )
  }
}
