import type { AddressInfo } from 'node:net'

import { getPayload, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrateDatabase } from '@cms/bootstrap/migrate'
import { emailAdapter } from '@cms/config/email'
import { env } from '@cms/config/env'
import config from '@cms/payload.config'
import { stopTestCms } from '../support/cms'
import { createUser } from '../support/fixtures'

// The CMS's mail through a real SMTP server (smtp-server, in this process) on loopback.
type Received = { from: string; to: string[]; raw: string }
const received: Received[] = []
let server: SMTPServer
let payload: Payload

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const smtpEnv = { ...env, SMTP_URL: `smtp://127.0.0.1:${port}` }
  payload = await getPayload({
    config: { ...(await config), email: emailAdapter(smtpEnv)! },
    key: 'email-test',
  })
  await migrateDatabase(payload, () => undefined)
}, 300_000)

afterAll(async () => {
  await stopTestCms(payload)
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('email', () => {
  it('is off without SMTP_URL: Payload then writes messages to its log', () => {
    expect(emailAdapter({ ...env, SMTP_URL: undefined })).toBeUndefined()
  })

  it('sends the password-reset message with its link through SMTP', async () => {
    const editor = await createUser(payload, 'editor')
    await payload.forgotPassword({ collection: 'users', data: { email: String(editor.email) } })
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1)
    const [message] = received
    expect(message!.to).toEqual([editor.email])
    expect(message!.from).toBe(env.EMAIL_FROM_ADDRESS)
    const user = await payload.find({
      collection: 'users',
      where: { email: { equals: editor.email } },
      showHiddenFields: true,
      overrideAccess: true,
    })
    const token = (user.docs[0] as unknown as { resetPasswordToken?: string }).resetPasswordToken
    expect(token).toBeTruthy()
    const { headers, body } = readMessage(message!.raw)
    expect(headers).toMatch(/^Content-Type: text\/html; charset=utf-8/m)
    expect(body).toContain(`${env.CMS_URL}/admin/reset/${token}`)
    // In the admin's language: Payload's Ukrainian text.
    expect(body).toMatch(/пароль|пароля/)
  })
})

/** Headers and decoded body of a single-part message, as nodemailer writes one. */
function readMessage(raw: string): { headers: string; body: string } {
  const split = raw.indexOf('\r\n\r\n')
  const headers = raw.slice(0, split)
  const encoded = raw.slice(split + 4)
  const body = /^Content-Transfer-Encoding: base64/im.test(headers)
    ? Buffer.from(encoded, 'base64').toString('utf8')
    : encoded.replace(/=\r?\n/g, '')
  return { headers, body }
}
