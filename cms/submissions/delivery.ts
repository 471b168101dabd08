import type { Payload } from 'payload'

import { deliverDueEmail } from './outbox'

/**
 * Sends due mail soon after a change, outside the request (the visitor or editor does not wait
 * for the mail server). Whatever is not yet committed then, or fails, the publisher's loop sends
 * on its next round (cms/publisher/worker.ts → runInboxChores).
 */
export function scheduleDelivery(payload: Payload): void {
  setTimeout(() => {
    deliverDueEmail(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'Inbox e-mail delivery failed; the publisher retries'),
    )
  }, 100)
}
