import { kyivDay } from '@domain/documents/deriveStatus'
import { describeStatus } from '@domain/opening-hours/describeStatus'
import { openStatus } from '@domain/opening-hours/openStatus'
import { planForDay } from '@domain/opening-hours/schedule'

import type { BranchData } from '../data/model'

/** One branch in the open data: what a reader (or an app) needs to know about it today. */
export type BranchStatusRecord = {
  slug: string
  name: string
  url: string
  address: string
  latitude: number | null
  longitude: number | null
  /** Today's hours in Kyiv (closures and changed hours applied), or null when closed today. */
  hoursToday: {
    opens: string
    closes: string
    breakFrom: string | null
    breakTo: string | null
  } | null
  /** Whether the branch was open at `generatedAt`; check `hoursToday` against your own clock. */
  openAtGeneration: boolean
  state: string
  stateDetail: string
  statusLine: string | null
  closures: { from: string; to: string; reason: string; note: string | null }[]
  changedHours: { from: string; to: string; opens: string; closes: string; note: string | null }[]
  resiliencePoint: {
    features: string[]
    power: boolean
    internet: boolean
    chargingPlaces: number | null
    hours: string | null
  } | null
  shelter: { address: string | null; distanceMetres: number | null } | null
}

/** Plain text of a typeset value: open data carries no-break spaces as ordinary spaces. */
const plain = (value: string | undefined | null) => (value ? value.replace(/\u00a0/g, ' ') : null)

/** The status of every branch at `now` (the build's time), in the open-data shape. */
export function statusRecords(branches: BranchData[], now: Date, base: URL): BranchStatusRecord[] {
  const today = kyivDay(now)
  return [...branches]
    .sort((a, b) => a.name.localeCompare(b.name, 'uk'))
    .map((branch) => {
      const plan = planForDay(branch.schedule, today)
      const status = openStatus(branch.schedule, now)
      const text = describeStatus(status)
      const { resilience, shelter } = branch.status
      return {
        slug: branch.slug,
        name: plain(branch.name)!,
        url: new URL(branch.url, base).href,
        address: plain(`${branch.address.line}, ${branch.address.city}`)!,
        latitude: branch.latitude ?? null,
        longitude: branch.longitude ?? null,
        hoursToday:
          plan.kind === 'open'
            ? {
                opens: plan.hours.opens,
                closes: plan.hours.closes,
                breakFrom: plan.hours.breakFrom ?? null,
                breakTo: plan.hours.breakTo ?? null,
              }
            : null,
        openAtGeneration: status.state === 'open',
        state: text.label,
        stateDetail: plain(text.detail) ?? '',
        statusLine: plain(branch.status.statusLine),
        closures: (branch.schedule.closures ?? [])
          .filter((entry) => entry.to >= today)
          .map((entry) => ({
            from: entry.from,
            to: entry.to,
            reason: entry.reason,
            note: plain(entry.note),
          })),
        changedHours: (branch.schedule.changedHours ?? [])
          .filter((entry) => entry.to >= today)
          .map((entry) => ({
            from: entry.from,
            to: entry.to,
            opens: entry.hours.opens,
            closes: entry.hours.closes,
            note: plain(entry.note),
          })),
        resiliencePoint: resilience
          ? {
              features: resilience.features.map((feature) => feature.key),
              power: resilience.power,
              internet: resilience.internet,
              chargingPlaces: resilience.chargingPlaces ?? null,
              hours: plain(resilience.hours),
            }
          : null,
        shelter: shelter
          ? { address: plain(shelter.address), distanceMetres: shelter.distance ?? null }
          : null,
      }
    })
}

/** The CSV columns: one row per branch, lists joined with "; ". */
export function statusCsvRows(
  records: BranchStatusRecord[],
): (string | number | boolean | null)[][] {
  const header = [
    'slug',
    'name',
    'url',
    'address',
    'latitude',
    'longitude',
    'hours_today',
    'open_at_generation',
    'state',
    'state_detail',
    'status_line',
    'closures',
    'changed_hours',
    'resilience_point',
    'resilience_features',
    'power',
    'internet',
    'charging_places',
    'resilience_hours',
    'shelter_address',
    'shelter_distance_m',
  ]
  const rows = records.map((record) => [
    record.slug,
    record.name,
    record.url,
    record.address,
    record.latitude,
    record.longitude,
    record.hoursToday ? `${record.hoursToday.opens}-${record.hoursToday.closes}` : '',
    record.openAtGeneration,
    record.state,
    record.stateDetail,
    record.statusLine,
    record.closures
      .map(
        (entry) =>
          `${entry.from}/${entry.to} ${entry.reason}${entry.note ? ` (${entry.note})` : ''}`,
      )
      .join('; '),
    record.changedHours
      .map((entry) => `${entry.from}/${entry.to} ${entry.opens}-${entry.closes}`)
      .join('; '),
    record.resiliencePoint !== null,
    record.resiliencePoint?.features.join('; ') ?? '',
    record.resiliencePoint?.power ?? false,
    record.resiliencePoint?.internet ?? false,
    record.resiliencePoint?.chargingPlaces ?? null,
    record.resiliencePoint?.hours ?? null,
    record.shelter?.address ?? null,
    record.shelter?.distanceMetres ?? null,
  ])
  return [header, ...rows]
}
