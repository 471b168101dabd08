import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from './env'

/**
 * Outgoing mail (password resets, locked accounts) through the SMTP server in SMTP_URL, with
 * nodemailer. Without SMTP_URL, Payload writes each message to the log instead: fine on a
 * workstation; in production the CMS says at start that editors cannot reset their passwords.
 */
export function emailAdapter(env: Env): EmailAdapter | undefined {
  if (!env.SMTP_URL) return undefined
  const transport = createTransport(env.SMTP_URL)
  return () => ({
    name: 'smtp',
    defaultFromAddress: env.EMAIL_FROM_ADDRESS,
    defaultFromName: env.EMAIL_FROM_NAME,
    sendEmail: (message) => transport.sendMail(message),
  })
}
