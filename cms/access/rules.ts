import type { Access, FieldAccess, Where } from 'payload'

import {
  branchIdOf,
  isAdminUser,
  isBranchEditorUser,
  isContentManager,
  type MaybeUser,
} from './roles'

const userOf = (req: { user?: unknown }): MaybeUser => req.user as MaybeUser

/** Anyone, signed in or not. */
export const anyone: Access = () => true

/** Nobody through the API: only trusted server code with `overrideAccess`. */
export const nobody: Access = () => false

export const admins: Access = ({ req }) => isAdminUser(userOf(req))

/** Admins and editors. */
export const contentManagers: Access = ({ req }) => isContentManager(userOf(req))

/** Any signed-in staff member. */
export const staff: Access = ({ req }) => Boolean(userOf(req))

/** Staff see everything; the public sees only published documents (never drafts). */
export const publishedOrStaff: Access = ({ req }) => {
  if (userOf(req)) return true
  const published: Where = { _status: { equals: 'published' } }
  return published
}

/** Field access: only staff read or write the field (internal notes and the like). */
export const staffField: FieldAccess = ({ req }) => Boolean(userOf(req))

/** Field access: only admins change the field (roles, branch membership). */
export const adminField: FieldAccess = ({ req }) => isAdminUser(userOf(req))

/** Content managers everything; a branch editor the documents that `field` ties to their branch. */
export function managersOrOwnBranch(field: string): Access {
  return ({ req }) => {
    const user = userOf(req)
    if (isContentManager(user)) return true
    const branchId = branchIdOf(user)
    if (!isBranchEditorUser(user) || branchId === undefined) return false
    const ownBranch: Where = { [field]: field === 'id' ? { equals: branchId } : { in: [branchId] } }
    return ownBranch
  }
}

/** Content managers everything; other staff what they uploaded themselves. */
export const managersOrUploader: Access = ({ req }) => {
  const user = userOf(req)
  if (isContentManager(user)) return true
  if (!user) return false
  const ownUpload: Where = { createdBy: { equals: user.id } }
  return ownUpload
}

/** Admins any account; everybody else only their own. */
export const adminsOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (isAdminUser(user)) return true
  if (!user) return false
  const self: Where = { id: { equals: user.id } }
  return self
}

/** Editorial content with drafts: managed by admins and editors, the public reads what is published. */
export const editorialAccess = {
  create: contentManagers,
  read: publishedOrStaff,
  readVersions: staff,
  update: contentManagers,
  delete: contentManagers,
} as const

/** Uploads: any staff member adds them, anyone reads them, managers or the uploader change them. */
export const uploadAccess = {
  create: staff,
  read: anyone,
  update: managersOrUploader,
  delete: managersOrUploader,
} as const
