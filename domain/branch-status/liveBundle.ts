import type { ChangedHours, Closure, Schedule } from '../opening-hours/schedule'
import { ALERT_LEVELS } from '../vocabularies/alertLevels'

/**
 * The live status bundle (`/stan/status.json`): what the publisher writes within a second of a
 * saved branch or alert, between full releases (cms/publisher/liveStatus.ts), and what pages
 * read on load so that a reader with JavaScript never sees an older status as current.
 */
export type LiveStatus = {
  generatedAt: string
  timeZone: 'Europe/Kyiv'
  alerts: LiveAlert[]
  branches: LiveBranch[]
}

export type LiveAlert = {
  id: string
  level: keyof typeof ALERT_LEVELS
  levelLabel: string
  /** The branch's slug for a branch alert; null for a network-wide one. */
  branch: string | null
  text: string
  startsAt: string
  endsAt: string
}

export type LiveBranch = {
  slug: string
  name: string
  statusLine: string | null
  closures: {
    from: string
    to: string
    endsAt: string
    reason: string
    reasonLabel: string
    note: string | null
  }[]
  changedHours: { from: string; to: string; opens: string; closes: string; note: string | null }[]
}

/** Where the live bundle is served (the static server maps it to the live bundle's folder). */
export const LIVE_STATUS_DIR = '/stan/'
export const LIVE_STATUS_PATH = `${LIVE_STATUS_DIR}status.json`

/**
 * Whether a bundle knows more than the page: written after the page's build. A bundle older
 * than the page (the release already holds its changes) is ignored.
 */
export function isNewerThanPage(bundle: Pick<LiveStatus, 'generatedAt'>, builtAt: string): boolean {
  const written = Date.parse(bundle.generatedAt)
  const built = Date.parse(builtAt)
  return Number.isFinite(written) && Number.isFinite(built) && written > built
}

/** The alerts a page shows: network-wide ones everywhere, a branch's on that branch's page. */
export function alertsForPage(bundle: LiveStatus, branchSlug?: string): LiveAlert[] {
  return bundle.alerts.filter(
    (alert) => alert.branch === null || (branchSlug !== undefined && alert.branch === branchSlug),
  )
}

/**
 * A branch's schedule with the bundle's closures and changed hours in place of the build's, so
 * that "open now" and today's hours follow a closure saved after the build.
 */
export function scheduleWithLive(schedule: Schedule, live: LiveBranch): Schedule {
  const closures: Closure[] = live.closures.map(({ from, to, reason, note }) => ({
    from,
    to,
    reason,
    note,
  }))
  const changedHours: ChangedHours[] = live.changedHours.map(
    ({ from, to, opens, closes, note }) => ({
      from,
      to,
      hours: { opens, closes },
      note,
    }),
  )
  return { ...schedule, closures, changedHours }
}

/** A well-formed bundle, or undefined: a page never trusts a half-written or foreign file. */
export function parseLiveStatus(value: unknown): LiveStatus | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const bundle = value as Partial<LiveStatus>
  if (typeof bundle.generatedAt !== 'string') return undefined
  if (!Array.isArray(bundle.alerts) || !Array.isArray(bundle.branches)) return undefined
  const alertsOk = bundle.alerts.every(
    (alert) =>
      typeof alert?.id === 'string' &&
      typeof alert.text === 'string' &&
      typeof alert.startsAt === 'string' &&
      typeof alert.endsAt === 'string' &&
      Object.hasOwn(ALERT_LEVELS, alert.level),
  )
  const branchesOk = bundle.branches.every(
    (branch) =>
      typeof branch?.slug === 'string' &&
      Array.isArray(branch.closures) &&
      Array.isArray(branch.changedHours),
  )
  return alertsOk && branchesOk ? (bundle as LiveStatus) : undefined
}
