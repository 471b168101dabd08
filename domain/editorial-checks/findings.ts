/** How much a finding matters: an error would break the site and blocks publishing. */
export type Severity = 'error' | 'warning'

/** One problem the editorial checklist found, explained for a librarian. */
export type Finding = {
  severity: Severity
  /** Stable code for tests and reports, e.g. `link-draft`. */
  code: string
  /** The field's path in the edit form (`body`, `title`): the checklist links to it. */
  field: string
  /** What is wrong, in Ukrainian. */
  message: string
  /** What to do about it, in Ukrainian. */
  fix: string
}

export const hasErrors = (findings: readonly Finding[]) =>
  findings.some((finding) => finding.severity === 'error')

/** Errors first, then warnings, each in the order found. */
export const bySeverity = (findings: readonly Finding[]): Finding[] => [
  ...findings.filter((finding) => finding.severity === 'error'),
  ...findings.filter((finding) => finding.severity === 'warning'),
]

/** A short quote of what an editor typed, for a message: never a whole paragraph. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}
