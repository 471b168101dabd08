/** Staff roles, from most to least powerful. */
export const ROLES = ['admin', 'editor', 'branch-editor'] as const
export type Role = (typeof ROLES)[number]

/** The parts of a signed-in user that access rules look at. */
export type StaffUser = {
  id: number | string
  role?: Role | null
  branch?: number | string | { id: number | string } | null
}

/** The request user as access rules see it; Payload's `req.user` may be absent. */
export type MaybeUser = StaffUser | null | undefined

export function isAdminUser(user: MaybeUser): boolean {
  return user?.role === 'admin'
}

/** Admins and editors manage all content. */
export function isContentManager(user: MaybeUser): boolean {
  return user?.role === 'admin' || user?.role === 'editor'
}

export function isBranchEditorUser(user: MaybeUser): user is StaffUser & { role: 'branch-editor' } {
  return user?.role === 'branch-editor'
}

/** The id of the branch a branch editor belongs to, whether `branch` is populated or not. */
export function branchIdOf(user: MaybeUser): number | string | undefined {
  const branch = user?.branch
  if (branch === null || branch === undefined) return undefined
  return typeof branch === 'object' ? branch.id : branch
}
