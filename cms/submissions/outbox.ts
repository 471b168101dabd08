import type { Payload, PayloadRequest } from 'payload'

/** A message to send, as the inbox writes it. Text only: nothing is rendered as HTML. */
export type OutgoingMessage = {
  kind: 'acknowledgement' | 'reply' | 'extension' | 'digest'
  to: string
  subject: string
  text: string
  submission?: number | string
}

/** After this many failed attempts a message is «failed for good» until an admin resets it. */
export const MAX_ATTEMPTS = 8

/** Minutes until the next attempt: 1, 2, 4 … at most 6 hours. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360)
}

/** Stores a message for sending; in the caller's transaction when `req` is given. */
export async function queueEmail(
  payload: Payload,
  message: OutgoingMessage,
  now: Date,
  req?: PayloadRequest,
): Promise<void> {
  await payload.create({
    collection: 'outbox',
    data: {
      ...message,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now.toISOString(),
    } as never,
    overrideAccess: true,
    req,
  })
}

/** Whether the CMS has a mail server (SMTP_URL); without one Payload would log whole messages. */
function canSend(payload: Payload): boolean {
  return (payload.email as { name?: string } | undefined)?.name === 'smtp'
}

type StoredMessage = {
  id: number | string
  to: string
  subject: string
  text: string
  attempts?: number | null
}

/** An SMTP error without addresses in it (the outbox is read by editors; logs never get them). */
function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/[^\s<>@]+@[^\s<>@]+/g, '…@…').slice(0, 500)
}

/**
 * Sends the messages that are due (pending, or failed and due for another attempt), oldest first.
 * Runs in the publisher's loop every few seconds and right after a submission is stored.
 */
export async function deliverDueEmail(payload: Payload, now = new Date()): Promise<number> {
  if (!canSend(payload)) return 0
  const due = await payload.find({
    collection: 'outbox',
    where: {
      and: [
        { state: { in: ['pending', 'failed'] } },
        { nextAttemptAt: { less_than_equal: now.toISOString() } },
      ],
    },
    sort: 'createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  let sent = 0
  for (const message of due.docs as unknown as StoredMessage[]) {
    const attempts = (message.attempts ?? 0) + 1
    try {
      await payload.sendEmail({ to: message.to, subject: message.subject, text: message.text })
      await payload.update({
        collection: 'outbox',
        id: message.id,
        data: { state: 'sent', attempts, sentAt: new Date().toISOString(), lastError: null },
        overrideAccess: true,
      })
      sent += 1
    } catch (error) {
      const next = new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000)
      await payload.update({
        collection: 'outbox',
        id: message.id,
        data: {
          state: attempts >= MAX_ATTEMPTS ? 'abandoned' : 'failed',
          attempts,
          nextAttemptAt: next.toISOString(),
          lastError: describeError(error),
        },
        overrideAccess: true,
      })
      payload.logger.warn(
        { outbox: message.id, attempts },
        'An inbox e-mail failed; retrying later',
      )
    }
  }
  return sent
}
