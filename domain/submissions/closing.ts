import { SUBMISSION_STATUSES, type SubmissionStatus } from '../vocabularies/submissionStatuses'

const isOpen = (status: SubmissionStatus | undefined) =>
  status === undefined || SUBMISSION_STATUSES[status].open

/**
 * When a submission was closed, the moment retention counts from: set when it leaves the open
 * statuses (answered, closed or spam), kept while it moves between done statuses (tidying
 * «answered» into «closed» later must not keep a person's data longer), cleared when reopened.
 */
export function closedAtAfter(
  before: { status?: SubmissionStatus; closedAt?: string | null },
  next: SubmissionStatus,
  now: Date,
): string | null {
  if (isOpen(next)) return null
  if (!isOpen(before.status) && before.closedAt) return before.closedAt
  return now.toISOString()
}
