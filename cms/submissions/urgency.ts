import { isDueWithin } from '@domain/submissions/deadlines'
import { SUBMISSION_STATUSES, type SubmissionStatus } from '@domain/vocabularies/submissionStatuses'
import type { WorkingCalendar } from '@domain/working-days/calendar'

/** Working days ahead that count as «due soon» in the list and the digest. */
export const DUE_SOON_WORKING_DAYS = 2

/**
 * The inbox list's order (sorted by this, then by due date): 0 overdue, 1 due within 2 working
 * days, 2 other open ones, 3 answered, closed or spam.
 */
export function urgencyOf(
  status: SubmissionStatus,
  due: Date | undefined,
  now: Date,
  calendar: WorkingCalendar,
): number {
  if (!SUBMISSION_STATUSES[status].open) return 3
  if (!due) return 2
  if (due.getTime() < now.getTime()) return 0
  return isDueWithin(due, now, DUE_SOON_WORKING_DAYS, calendar) ? 1 : 2
}
