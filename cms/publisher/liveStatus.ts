import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { LIVE_STATUS_DIR, type LiveStatus } from '@domain/branch-status/liveBundle'
import { kyivDay, endOfKyivDay } from '@domain/time/kyivTime'
import { ALERT_LEVELS } from '@domain/vocabularies/alertLevels'
import { CLOSURE_REASONS } from '@domain/vocabularies/closureReasons'
import { ukLabel } from '@domain/vocabularies/vocabulary'
import type { Env } from '../config/env'
import { newReleaseId, releasePaths } from './paths'
import { PUBLISH_TASK } from './queue'

/**
 * The fast path: a full release takes about 40 s on a large site, too slow for «closed today»
 * or an air-raid alert. So on every saved branch or alert the publisher also writes a small live
 * status bundle on its own — `status.json` (every branch's status line, closures and changed
 * hours, and the alerts not yet over) and `alerts.html` (the network-wide alerts as the banner's
 * HTML) — into a folder of its own and switches the `status-live` link to it in one rename, like
 * a release. The static server serves it at /stan/; the full HTML catches up in the next release.
 */
export const LIVE_STATUS_URL = LIVE_STATUS_DIR
export type { LiveStatus }
export const LIVE_STATUS_QUEUE = 'live-status'
const KEEP_BUNDLES = 3

export function liveStatusPaths(env: Env) {
  const { releasesDir } = releasePaths(env)
  return { dir: path.join(releasesDir, 'status'), link: path.join(releasesDir, 'status-live') }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const dayOf = (value: string) => kyivDay(new Date(value))

/** Reads published branches and alerts as a visitor would and makes the bundle's data. */
export async function readLiveStatus(payload: Payload, now: Date): Promise<LiveStatus> {
  const visitor = { overrideAccess: false, draft: false, depth: 0, pagination: false } as const
  const [branches, alerts] = await Promise.all([
    payload.find({
      collection: 'branches',
      ...visitor,
      select: { slug: true, name: true, statusLine: true, closures: true, changedHours: true },
    }),
    payload.find({
      collection: 'alerts',
      ...visitor,
      where: { endsAt: { greater_than: now.toISOString() } },
    }),
  ])
  const today = kyivDay(now)
  const slugOf = new Map(branches.docs.map((branch) => [String(branch.id), branch.slug ?? '']))
  const rank = { urgent: 0, warning: 1, info: 2 } as const
  return {
    generatedAt: now.toISOString(),
    timeZone: 'Europe/Kyiv',
    alerts: alerts.docs
      .map((alert) => ({
        id: String(alert.id),
        level: alert.level,
        levelLabel: ukLabel(ALERT_LEVELS, alert.level),
        branch:
          alert.scope === 'branch' && alert.branch !== null && alert.branch !== undefined
            ? (slugOf.get(
                String(typeof alert.branch === 'object' ? alert.branch.id : alert.branch),
              ) ?? null)
            : null,
        text: alert.text,
        startsAt: new Date(alert.startsAt).toISOString(),
        endsAt: new Date(alert.endsAt ?? now).toISOString(),
      }))
      .sort((a, b) => rank[a.level] - rank[b.level] || a.startsAt.localeCompare(b.startsAt)),
    branches: branches.docs
      .map((branch) => ({
        slug: branch.slug ?? '',
        name: branch.name,
        statusLine: branch.statusLine?.trim() || null,
        closures: (branch.closures ?? [])
          .filter((closure) => dayOf(closure.to) >= today)
          .map((closure) => ({
            from: dayOf(closure.from),
            to: dayOf(closure.to),
            endsAt: endOfKyivDay(dayOf(closure.to)).toISOString(),
            reason: closure.reason,
            reasonLabel: ukLabel(CLOSURE_REASONS, closure.reason),
            note: closure.note?.trim() || null,
          })),
        changedHours: (branch.changedHours ?? [])
          .filter((span) => dayOf(span.to) >= today)
          .map((span) => ({
            from: dayOf(span.from),
            to: dayOf(span.to),
            opens: span.opens,
            closes: span.closes,
            note: span.note?.trim() || null,
          })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'uk')),
  }
}

/** The network-wide alerts as the banner's markup (components/AlertBanner.astro), text escaped. */
export function alertsFragment(status: LiveStatus): string {
  const now = Date.parse(status.generatedAt)
  return status.alerts
    .filter((alert) => alert.branch === null)
    .map((alert) => {
      const hidden = Date.parse(alert.startsAt) > now ? ' hidden' : ''
      const role = alert.level === 'urgent' ? ' role="alert"' : ''
      return (
        `<div class="alert alert-${alert.level}"` +
        ` data-alert="${escapeHtml(`${alert.id}:${alert.startsAt}:${alert.endsAt}`)}"` +
        ` data-visible-from="${alert.startsAt}" data-visible-until="${alert.endsAt}"${hidden}>` +
        `<div class="wrap alert-body"><p${role}><strong>${escapeHtml(alert.levelLabel)}.</strong> ${escapeHtml(alert.text)}</p>` +
        `<button type="button" class="alert-close" data-alert-close hidden>Закрити<span class="visually-hidden"> оголошення до кінця сеансу</span></button></div></div>`
      )
    })
    .join('\n')
}

/**
 * Writes a new bundle beside the live one and switches the link to it in one rename: a reader
 * gets the old bundle or the new one, never half of one. Returns the bundle's folder name.
 */
export async function publishLiveStatus(
  env: Env,
  payload: Payload,
  now: Date = new Date(),
): Promise<string> {
  const paths = liveStatusPaths(env)
  const status = await readLiveStatus(payload, now)
  const id = newReleaseId(now)
  const folder = path.join(paths.dir, id)
  const files = path.join(folder, LIVE_STATUS_URL.replace(/\//g, ''))
  await mkdir(files, { recursive: true })
  await writeFile(path.join(files, 'status.json'), JSON.stringify(status))
  await writeFile(path.join(files, 'alerts.html'), alertsFragment(status))
  const temporary = `${paths.link}.${process.pid}.tmp`
  await rm(temporary, { force: true })
  await symlink(path.relative(path.dirname(paths.link), folder), temporary)
  await rename(temporary, paths.link)
  await pruneBundles(paths.dir, id)
  return id
}

async function pruneBundles(dir: string, live: string): Promise<void> {
  if (!existsSync(dir)) return
  const names = (await readdir(dir)).sort()
  const old = names
    .filter((name) => name !== live)
    .slice(0, Math.max(0, names.length - KEEP_BUNDLES))
  // A reader in the middle of reading an old bundle has it open; removing the folder is safe.
  for (const name of old) await rm(path.join(dir, name), { recursive: true, force: true })
}

/** Collections whose saves change the live status bundle. */
export const LIVE_STATUS_COLLECTIONS = new Set(['branches', 'alerts'])

/**
 * Asks for a new bundle: a job in a queue of its own (stored, so a restart forgets nothing),
 * due at once; a pending request absorbs new ones.
 */
export async function requestLiveStatus(payload: Payload): Promise<void> {
  const pending = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: LIVE_STATUS_QUEUE } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    overrideAccess: true,
  })
  if (pending.totalDocs > 0) return
  await payload.jobs.queue({ task: PUBLISH_TASK, queue: LIVE_STATUS_QUEUE, input: { reasons: [] } })
}

/**
 * Writes a bundle when one was asked for (or when none is live yet) and marks the requests
 * done. The publisher runs this in a loop of its own, never behind a full build.
 */
export async function processLiveStatusRequests(
  env: Env,
  payload: Payload,
  now: Date = new Date(),
): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [{ queue: { equals: LIVE_STATUS_QUEUE } }, { completedAt: { exists: false } }],
    },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length === 0 && existsSync(liveStatusPaths(env).link)) return undefined
  // Marked done first: a save during the write queues a new request, which the next turn takes.
  for (const job of docs)
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { completedAt: now.toISOString(), processing: false },
      overrideAccess: true,
      depth: 0,
    })
  return publishLiveStatus(env, payload, now)
}
