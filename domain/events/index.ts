/** Events: dates in Kyiv wall time, occurrences from rule + per-date changes, checks, ranges. */
export * from '../time/kyivTime'
export * from './schedule'
export * from './occurrences'
export * from './validate'
export * from './ranges'
export * from './listingChanges'
