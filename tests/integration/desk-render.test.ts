import type { Payload, TypedUser } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Dashboard } from '@cms/desk/Dashboard'
import { reportPublishedContent } from '@cms/editorial-checks/report'
import { setStatus } from '@cms/publisher/status'
import { startTestCms, stopTestCms } from '../support/cms'
import { createBranch, createUser } from '../support/fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await startTestCms()
})

afterAll(async () => {
  await stopTestCms(payload)
})

/** The desk as the admin renders it for `user` (a server component: called, then rendered). */
async function deskHtml(user: Record<string, unknown>): Promise<string> {
  const element = await Dashboard({ payload, user: user as unknown as TypedUser })
  return renderToStaticMarkup(element)
}

describe('the desk, rendered', () => {
  it('shows a branch editor their branch status, problems and counts', async () => {
    const branch = await createBranch(payload, 'Бібліотека для столу')
    await payload.update({
      collection: 'branches',
      id: branch.id,
      data: {
        statusLine: 'Сьогодні працюємо від генератора',
        resilience: { active: true, hours: 'щодня 08:00–22:00' },
      },
      overrideAccess: true,
    })
    const editor = await createUser(payload, 'branch-editor', branch.id)
    await payload.create({
      collection: 'news',
      data: {
        title: 'Новина без анонсу',
        branches: [branch.id],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    await setStatus(payload, { contentReport: await reportPublishedContent(payload) })
    const html = await deskHtml(editor)
    expect(html).toContain('Робочий стіл')
    expect(html).toContain('href="/admin/dovidka"')
    expect(html).toContain('Стан на сьогодні: «Сьогодні працюємо від генератора»')
    expect(html).toContain('Працює як пункт незламності (щодня 08:00–22:00)')
    expect(html).toMatch(/data-testid="desk-problems"[\s\S]*Новина без анонсу/)
    expect(html).toContain('data-testid="desk-count-events"')
    expect(html).toContain('data-testid="desk-count-submissions-open"')
  })

  it('renders for an editor before any release check has reported', async () => {
    const editor = await createUser(payload, 'editor')
    await payload.updateGlobal({
      slug: 'publisher',
      data: { contentReport: null },
      overrideAccess: true,
    })
    const html = await deskHtml(editor)
    expect(html).toContain('Звіт з’явиться після наступної збірки сайту.')
    expect(html).not.toContain('data-testid="desk-branch"')
  })
})
