import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { releasePaths } from '../publisher/paths'
import { requestPublish } from '../publisher/queue'
import { timeProviders } from './providers'

/**
 * The publisher's clock: one scheduler for every date-driven change of the site. It remembers up
 * to which instant time-driven changes are covered (a file beside the releases, so it survives a
 * restart), and when any provider's instant — or a Kyiv midnight — has passed since then, it asks
 * for a release. A midnight missed while the server was down is therefore caught up at start.
 */

/** An instant counts as passed this long after it, so the build that follows surely sees it so. */
export const SETTLE_MS = 2_000
/**
 * Any gap this long contains a Kyiv midnight, which rebuilds anyway: a longer outage only needs
 * that, so providers never scan more than this (bounded cost after weeks offline).
 */
const LOOKBACK_MS = 26 * 3_600_000
/** A remembered instant further ahead of our clock than this means a clock was wrong. */
const FUTURE_TOLERANCE_MS = 60_000

type ClockState = { coveredUntil: string }

function stateFile(env: Env): string {
  return path.join(releasePaths(env).releasesDir, '.clock.json')
}

export async function readClockState(env: Env): Promise<ClockState | undefined> {
  const file = stateFile(env)
  if (!existsSync(file)) return undefined
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as Partial<ClockState>
    return typeof state.coveredUntil === 'string' && !Number.isNaN(Date.parse(state.coveredUntil))
      ? { coveredUntil: state.coveredUntil }
      : undefined
  } catch {
    return undefined
  }
}

/** Written to a temporary file and renamed: a crash never leaves half a state behind. */
async function writeClockState(env: Env, state: ClockState): Promise<void> {
  const file = stateFile(env)
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(state))
  await rename(temporary, file)
}

export type TickResult =
  | { requested: false; coveredUntil: Date }
  | { requested: true; coveredUntil: Date; due: { provider: string; label: string; at: Date }[] }

/**
 * Checks every provider for instants that passed since the last check and, if any did, queues
 * one release naming them. `now` is the publisher's clock (tests pass a fixed one).
 */
export async function clockTick(
  context: { env: Env; payload: Payload; log: (line: string) => void },
  now: Date = new Date(),
): Promise<TickResult> {
  const { env, payload, log } = context
  const upTo = new Date(now.getTime() - SETTLE_MS)
  const state = await readClockState(env)
  if (!state) {
    // First start: the first release (worker.ensureSomethingLive) is built from now on.
    await writeClockState(env, { coveredUntil: upTo.toISOString() })
    return { requested: false, coveredUntil: upTo }
  }
  let after = new Date(state.coveredUntil)
  if (after.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    // Our clock went back (or was ahead before): what lies between is unknown, so rebuild once.
    log(`Годинник публікатора відстає від збереженого стану (${state.coveredUntil}): перезбираю.`)
    await requestPublish(payload, {
      kind: 'clock',
      title: 'годинник сервера змінився',
      at: now.toISOString(),
    })
    await writeClockState(env, { coveredUntil: upTo.toISOString() })
    return {
      requested: true,
      coveredUntil: upTo,
      due: [{ provider: 'clock', label: 'годинник сервера змінився', at: now }],
    }
  }
  if (after.getTime() >= upTo.getTime()) return { requested: false, coveredUntil: after }
  if (upTo.getTime() - after.getTime() > LOOKBACK_MS) after = new Date(upTo.getTime() - LOOKBACK_MS)

  const due: { provider: string; label: string; at: Date }[] = []
  for (const provider of timeProviders()) {
    try {
      for (const at of await provider.instants(payload, after, upTo))
        due.push({ provider: provider.name, label: provider.label, at })
    } catch (error) {
      // One broken provider must not stop the midnight rebuild or the others.
      log(
        `Планувальник: не вдалося прочитати «${provider.label}»: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
  if (due.length > 0) {
    due.sort((a, b) => a.at.getTime() - b.at.getTime())
    const labels = [...new Set(due.map((entry) => entry.label))].join(', ')
    log(`Настав час змін (${labels}): запускаю збірку.`)
    await requestPublish(payload, { kind: 'clock', title: labels, at: now.toISOString() })
  }
  // Written after the request is queued (which survives a restart itself): a crash in between
  // only asks for the same release twice, and the queue merges the two.
  await writeClockState(env, { coveredUntil: upTo.toISOString() })
  return due.length > 0
    ? { requested: true, coveredUntil: upTo, due }
    : { requested: false, coveredUntil: upTo }
}
