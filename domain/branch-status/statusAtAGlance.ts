import { kyivDay } from '../documents/deriveStatus'
import { formatCalendarDay } from '../format/dates'
import { CLOSURE_REASONS } from '../vocabularies/closureReasons'

/** The status fields of a branch as stored (dates as ISO strings). */
export type BranchStatusInput = {
  statusLine?: string | null
  closures?:
    | { from?: string | null; to?: string | null; reason?: string | null; note?: string | null }[]
    | null
  changedHours?:
    | {
        from?: string | null
        to?: string | null
        opens?: string | null
        closes?: string | null
        note?: string | null
      }[]
    | null
  resilience?: { active?: boolean | null; hours?: string | null } | null
}

/** One line of the branch editor's status summary: now or coming. */
export type StatusLine = { when: 'now' | 'coming'; text: string }

const dayOf = (value: string | null | undefined) =>
  value && !Number.isNaN(new Date(value).getTime()) ? kyivDay(new Date(value)) : undefined

const span = (from: string, to: string) =>
  from === to ? formatCalendarDay(from) : `${formatCalendarDay(from)} — ${formatCalendarDay(to)}`

/**
 * What a branch editor should see of their branch's status on the dashboard: closures and
 * changed hours that hold today or are still to come (past ones are history), soonest first,
 * and whether the branch is a resilience point. `now` is passed in so tests fix the day.
 */
export function statusAtAGlance(branch: BranchStatusInput, now: Date): StatusLine[] {
  const today = kyivDay(now)
  const lines: (StatusLine & { from: string })[] = []
  for (const closure of branch.closures ?? []) {
    const from = dayOf(closure.from)
    const to = dayOf(closure.to) ?? from
    if (!from || !to || to < today) continue
    const reason =
      CLOSURE_REASONS[closure.reason as keyof typeof CLOSURE_REASONS]?.label.uk ?? closure.reason
    lines.push({
      from,
      when: from <= today ? 'now' : 'coming',
      text: `Зачинено ${span(from, to)}${reason ? ` (${reason.toLowerCase()})` : ''}${closure.note ? `: ${closure.note}` : ''}`,
    })
  }
  for (const period of branch.changedHours ?? []) {
    const from = dayOf(period.from)
    const to = dayOf(period.to) ?? from
    if (!from || !to || to < today) continue
    lines.push({
      from,
      when: from <= today ? 'now' : 'coming',
      text: `Змінений графік ${span(from, to)}${period.opens && period.closes ? `: ${period.opens}–${period.closes}` : ''}${period.note ? ` (${period.note})` : ''}`,
    })
  }
  lines.sort((a, b) => a.from.localeCompare(b.from))
  const result: StatusLine[] = lines.map(({ when, text }) => ({ when, text }))
  if (branch.resilience?.active)
    result.push({
      when: 'now',
      text: `Працює як пункт незламності${branch.resilience.hours ? ` (${branch.resilience.hours})` : ''}`,
    })
  return result
}
