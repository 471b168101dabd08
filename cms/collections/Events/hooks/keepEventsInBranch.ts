import { branchEditorsOwnBranchOnly } from '../../News/hooks/keepBranchEditorsInTheirBranch'

/** A branch editor's events are their own branch's and no other's (the same rule as news). */
export const keepEventsInBranch = branchEditorsOwnBranchOnly('branchEditorOutsideBranchEvents')
