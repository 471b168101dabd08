import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { branchIdOf, isBranchEditorUser } from '@cms/access/roles'
import { message, type MessageKey } from '@cms/i18n/messages'

function idOf(value: unknown): unknown {
  return value && typeof value === 'object' && 'id' in value ? value.id : value
}

/**
 * A branch editor's news (or events) must concern their own branch and no other. Access rules
 * limit which documents they may open; this checks what they try to save.
 */
export function branchEditorsOwnBranchOnly(refusal: MessageKey): CollectionBeforeValidateHook {
  return ({ data, originalDoc, req }) => {
    const user = req.user
    if (!isBranchEditorUser(user)) return data
    const ownBranch = branchIdOf(user)
    const saved = (data ?? {}) as { branches?: unknown[] }
    const stored = (originalDoc ?? {}) as { branches?: unknown[] }
    const branches = saved.branches ?? stored.branches ?? []
    const onlyOwn =
      branches.length > 0 && branches.every((branch) => String(idOf(branch)) === String(ownBranch))
    if (!onlyOwn) {
      throw new ValidationError(
        {
          errors: [{ path: 'branches', message: message(req, refusal) }],
        },
        req.t,
      )
    }
    return data
  }
}

export const keepBranchEditorsInTheirBranch = branchEditorsOwnBranchOnly(
  'branchEditorOutsideBranch',
)
