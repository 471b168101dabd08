import type { Payload } from 'payload'

import { env } from '@cms/config/env'

const DAY = 24 * 60 * 60_000

/** Days after an occurrence's end that its registrations are kept (REGISTRATION_RETENTION_DAYS). */
export function retentionDays(): number {
  return env.REGISTRATION_RETENTION_DAYS
}

/** The moment before which an occurrence's registrations are deleted. */
export function retentionCutoff(now: Date, days = retentionDays()): Date {
  return new Date(now.getTime() - days * DAY)
}

/**
 * Deletes every registration (name, contact, comment and all) whose occurrence ended more than
 * `days` days before `now`. Run by the publisher process's periodic jobs; returns how many went.
 */
export async function deleteExpiredRegistrations(
  payload: Payload,
  now: Date,
  days = retentionDays(),
): Promise<number> {
  const result = await payload.delete({
    collection: 'registrations',
    where: { occurrenceEnd: { less_than: retentionCutoff(now, days).toISOString() } },
    overrideAccess: true,
    depth: 0,
  })
  if (result.errors.length > 0)
    payload.logger.error(
      `Реєстрації: не вдалося видалити ${result.errors.length} записів після строку зберігання.`,
    )
  return result.docs.length
}
