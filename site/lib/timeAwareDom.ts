import { evaluateTimeRule, readTimeRule, recheckDelay, type TimeRule } from './timeAware'

const TIMED = '[data-visible-from],[data-visible-until],[data-time-states]'
const SHOWN_BY_TIME = '[data-visible-from],[data-visible-until]'

/**
 * Applies the time attributes of every element under `root` for the instant `now` (epoch ms) and
 * returns how long to wait before the next check. Writes only what changed, so a check that
 * finds nothing new does not disturb screen readers or layout.
 */
export function applyTimeAware(root: ParentNode, now: number): number {
  const rules: TimeRule[] = []
  for (const element of root.querySelectorAll<HTMLElement>(TIMED)) {
    const rule = readTimeRule(element.dataset)
    if (!rule) continue
    rules.push(rule)
    const verdict = evaluateTimeRule(rule, now)
    if (rule.visibleFrom !== undefined || rule.visibleUntil !== undefined) {
      if (element.hidden !== verdict.hidden) element.hidden = verdict.hidden
    }
    if (verdict.state) {
      const target = element.querySelector<HTMLElement>('[data-time-text]') ?? element
      if (target.textContent !== verdict.state.text) target.textContent = verdict.state.text
      if (verdict.state.state === undefined) delete element.dataset.state
      else if (element.dataset.state !== verdict.state.state)
        element.dataset.state = verdict.state.state
    }
  }
  for (const list of root.querySelectorAll<HTMLElement>('[data-time-list]')) {
    const empty = list.querySelector<HTMLElement>('[data-time-empty]')
    if (!empty) continue
    const anyShown = [...list.querySelectorAll<HTMLElement>(SHOWN_BY_TIME)].some(
      (item) => !item.hidden,
    )
    if (empty.hidden !== anyShown) empty.hidden = anyShown
  }
  return recheckDelay(rules, now)
}
