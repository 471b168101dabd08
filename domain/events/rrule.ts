import * as rruleModule from 'rrule'

/**
 * rrule ships a UMD bundle for Node (named exports invisible to ESM there) and an ES module for
 * bundlers (no default export): take the class from whichever this runtime gave us.
 */
type RRuleModule = typeof rruleModule
const loaded = rruleModule as RRuleModule & { default?: RRuleModule }
export const RRule: RRuleModule['RRule'] = loaded.RRule ?? loaded.default!.RRule
export type Options = rruleModule.Options
