import type { PayloadRequest } from 'payload'

import { message } from '../i18n/messages'

function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10)
}

/** Validates an end date against the sibling start date: the end may not come first. */
export function notBeforeSibling(startField: string) {
  return (
    value: unknown,
    { siblingData, req }: { siblingData: unknown; req: PayloadRequest },
  ): string | true => {
    const end = dayOf(value)
    const start = dayOf((siblingData as Record<string, unknown> | undefined)?.[startField])
    if (end && start && end < start) return message(req, 'endBeforeStart', { start, end })
    return true
  }
}
