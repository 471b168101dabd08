/**
 * Time-aware elements: a static page is built once but read for days, from a browser's or a
 * proxy's cache too. Elements whose state depends on the time carry the instants it changes at,
 * and the browser re-checks them against its own clock (components/TimeAware.astro), so a cached
 * page never shows a stale state as current. The build renders the state of its own time, which
 * is what readers without JavaScript see until the next release (the publisher rebuilds at every
 * such instant and after each Kyiv midnight).
 *
 * Attributes (instants in ISO 8601 with an offset or Z; an unreadable one is ignored):
 *   data-visible-from="…"   hidden before this instant
 *   data-visible-until="…"  hidden from this instant on (the end is exclusive)
 *   data-time-states='[{"from":"…","text":"…","state":"…"}, …]'
 *                           the text and data-state of the last entry whose `from` has come
 *                           (an entry without `from` is the state before all others); the text
 *                           goes into the element's [data-time-text] child, or the element itself
 *   data-time-list          a container: its [data-time-empty] child shows only when every
 *                           element inside with visible-from/until is hidden
 * This module is the logic, free of the DOM and of the real clock, so it is tested with a fixed one.
 */

export type TimeState = { from?: string; text: string; state?: string }

/** What the attributes of one element say, with instants as epoch milliseconds. */
export type TimeRule = {
  visibleFrom?: number
  visibleUntil?: number
  states: { from: number; text: string; state?: string }[]
}

/** The attributes, as element.dataset names them. */
export type TimeDataset = {
  visibleFrom?: string
  visibleUntil?: string
  timeStates?: string
}

export type TimeVerdict = { hidden: boolean; state?: { text: string; state?: string } }

function instant(value: string | undefined): number | undefined {
  if (!value) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

function parseStates(value: string | undefined): TimeRule['states'] {
  if (!value) return []
  let raw: unknown
  try {
    raw = JSON.parse(value)
  } catch {
    return []
  }
  if (!Array.isArray(raw)) return []
  const states: TimeRule['states'] = []
  for (const entry of raw as unknown[]) {
    if (!entry || typeof entry !== 'object') continue
    const { from, text, state } = entry as Record<string, unknown>
    if (typeof text !== 'string') continue
    const at = from === undefined ? -Infinity : instant(typeof from === 'string' ? from : undefined)
    if (at === undefined) continue
    states.push({ from: at, text, ...(typeof state === 'string' ? { state } : {}) })
  }
  return states.sort((a, b) => a.from - b.from)
}

/** Reads an element's time attributes; undefined when it has none that can be read. */
export function readTimeRule(dataset: TimeDataset): TimeRule | undefined {
  const rule: TimeRule = {
    visibleFrom: instant(dataset.visibleFrom),
    visibleUntil: instant(dataset.visibleUntil),
    states: parseStates(dataset.timeStates),
  }
  const empty =
    rule.visibleFrom === undefined && rule.visibleUntil === undefined && rule.states.length === 0
  return empty ? undefined : rule
}

/** Whether the element shows at `now`, and which of its states is current. */
export function evaluateTimeRule(rule: TimeRule, now: number): TimeVerdict {
  const early = rule.visibleFrom !== undefined && now < rule.visibleFrom
  const over = rule.visibleUntil !== undefined && now >= rule.visibleUntil
  const current = rule.states.filter((entry) => entry.from <= now).at(-1)
  return {
    hidden: early || over,
    ...(current
      ? { state: { text: current.text, ...(current.state ? { state: current.state } : {}) } }
      : {}),
  }
}

/** The first instant after `now` at which any of the rules changes, if one is still to come. */
export function nextTimeChange(rules: TimeRule[], now: number): number | undefined {
  let next: number | undefined
  for (const rule of rules) {
    for (const at of [
      rule.visibleFrom,
      rule.visibleUntil,
      ...rule.states.map((entry) => entry.from),
    ]) {
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at
    }
  }
  return next
}

/** How long the page waits before checking again: until the next change, at most a minute. */
export function recheckDelay(rules: TimeRule[], now: number, maxMs = 60_000): number {
  const next = nextTimeChange(rules, now)
  // A few milliseconds late rather than early: the check must see the change as past.
  return next === undefined ? maxMs : Math.min(maxMs, Math.max(0, next - now) + 50)
}

/**
 * The attributes the build puts on an element, with `hidden` for the build's own time, so that
 * a page without JavaScript is right as of its release. `states` gives the text to render now.
 */
export function timeAttributes(
  rule: {
    visibleFrom?: Date
    visibleUntil?: Date
    states?: { from?: Date; text: string; state?: string }[]
  },
  buildTime: Date,
): { attributes: Record<string, string | boolean | undefined>; text?: string; state?: string } {
  const states: TimeState[] = (rule.states ?? []).map((entry) => ({
    ...(entry.from ? { from: entry.from.toISOString() } : {}),
    text: entry.text,
    ...(entry.state ? { state: entry.state } : {}),
  }))
  const attributes: Record<string, string | boolean | undefined> = {
    'data-visible-from': rule.visibleFrom?.toISOString(),
    'data-visible-until': rule.visibleUntil?.toISOString(),
    'data-time-states': states.length > 0 ? JSON.stringify(states) : undefined,
  }
  const parsed = readTimeRule({
    visibleFrom: attributes['data-visible-from'] as string | undefined,
    visibleUntil: attributes['data-visible-until'] as string | undefined,
    timeStates: attributes['data-time-states'] as string | undefined,
  })
  const verdict = parsed ? evaluateTimeRule(parsed, buildTime.getTime()) : { hidden: false }
  if (verdict.hidden) attributes.hidden = true
  if (verdict.state?.state) attributes['data-state'] = verdict.state.state
  return { attributes, text: verdict.state?.text, state: verdict.state?.state }
}
