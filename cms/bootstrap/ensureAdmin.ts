import type { Payload } from 'payload'

import { LOCAL_ADMIN, type Env } from '../config/env'
import type { Reporter } from '../reporting/progress'

/**
 * Creates the first admin when there is no user yet: from ADMIN_EMAIL/ADMIN_PASSWORD, or on a
 * local machine the documented local-only account. Production refuses to invent credentials.
 */
export async function ensureAdmin(payload: Payload, env: Env, report: Reporter): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  const fromEnv = env.ADMIN_EMAIL && env.ADMIN_PASSWORD
  if (!fromEnv && env.APP_ENV === 'production') {
    throw new Error(
      'No user exists yet. Set ADMIN_EMAIL and ADMIN_PASSWORD (12+ characters) to create the first admin in production.',
    )
  }
  const email = env.ADMIN_EMAIL ?? LOCAL_ADMIN.email
  const password = env.ADMIN_PASSWORD ?? LOCAL_ADMIN.password
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Адміністратор', role: 'admin' },
    overrideAccess: true,
  })
  report('')
  report('Створено обліковий запис адміністратора:')
  report(`  e-mail: ${email}`)
  report(
    fromEnv
      ? '  пароль: з ADMIN_PASSWORD'
      : `  пароль: ${password}   (лише для локального використання!)`,
  )
  report('')
}
