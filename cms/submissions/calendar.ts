import type { Payload, PayloadRequest } from 'payload'

import type { WorkingCalendar } from '@domain/working-days/calendar'

export type InboxSettingsData = {
  calendar: WorkingCalendar
  retainInformationRequestsDays: number
  retainOtherDays: number
  lastDigestDay?: string | null
  lastRetentionDay?: string | null
}

type Stored = {
  daysOff?: { day: string }[] | null
  workingDays?: { day: string }[] | null
  publicHolidaysAreDaysOff?: boolean | null
  retainInformationRequestsDays?: number | null
  retainOtherDays?: number | null
  lastDigestDay?: string | null
  lastRetentionDay?: string | null
}

/** The inbox settings as the deadline and retention code reads them. */
export async function readInboxSettings(
  payload: Payload,
  req?: PayloadRequest,
): Promise<InboxSettingsData> {
  const stored = (await payload.findGlobal({
    slug: 'inbox-settings',
    overrideAccess: true,
    req,
  })) as Stored
  return {
    calendar: {
      daysOff: (stored.daysOff ?? []).map((entry) => entry.day),
      workingDays: (stored.workingDays ?? []).map((entry) => entry.day),
      publicHolidaysAreDaysOff: stored.publicHolidaysAreDaysOff ?? false,
    },
    retainInformationRequestsDays: stored.retainInformationRequestsDays ?? 365,
    retainOtherDays: stored.retainOtherDays ?? 90,
    lastDigestDay: stored.lastDigestDay,
    lastRetentionDay: stored.lastRetentionDay,
  }
}
