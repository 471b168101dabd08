import type { Payload } from 'payload'

import { deliverDueEmail } from './outbox'

/**
 * The inbox's background work, run by the publisher's loop every few seconds
 * (cms/publisher/worker.ts): send due mail (new, and retries of failed messages).
 */
export async function runInboxChores(payload: Payload, now = new Date()): Promise<void> {
  await deliverDueEmail(payload, now)
}
