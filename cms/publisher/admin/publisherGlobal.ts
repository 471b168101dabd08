import type { Endpoint, Field, GlobalConfig, PayloadRequest } from 'payload'

import { isAdminUser, isContentManager, type MaybeUser } from '@cms/access/roles'
import { staff } from '@cms/access/rules'
import { env } from '@cms/config/env'
import { label } from '@domain/i18n/label'
import { releasePaths } from '../paths'
import { requestPublish } from '../queue'
import { listReleases, liveReleaseId, switchLive } from '../releases'
import { setStatus } from '../status'

const userOf = (req: PayloadRequest) => req.user as MaybeUser

const rebuild: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!isContentManager(userOf(req)))
      return Response.json(
        { error: 'Лише редактори й адміністратори можуть перезібрати сайт.' },
        { status: 403 },
      )
    await requestPublish(req.payload, { kind: 'manual', at: new Date().toISOString() }, 0)
    await setStatus(req.payload, { state: 'queued' })
    return Response.json({ message: 'Збірку поставлено в чергу.' })
  },
}

const releases: Endpoint = {
  path: '/releases',
  method: 'get',
  handler: async (req) => {
    if (!userOf(req))
      return Response.json({ error: 'Увійдіть, щоб бачити релізи.' }, { status: 403 })
    const paths = releasePaths(env)
    return Response.json({
      live: (await liveReleaseId(paths)) ?? null,
      releases: await listReleases(paths),
    })
  },
}

const rollback: Endpoint = {
  path: '/rollback',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(userOf(req)))
      return Response.json({ error: 'Відкотити сайт може лише адміністратор.' }, { status: 403 })
    const body = (await req.json?.().catch(() => ({}))) as { releaseId?: unknown } | undefined
    const releaseId = typeof body?.releaseId === 'string' ? body.releaseId : ''
    const paths = releasePaths(env)
    if (!(await listReleases(paths)).includes(releaseId)) {
      return Response.json({ error: `Реліз «${releaseId}» не знайдено.` }, { status: 400 })
    }
    await switchLive(paths, releaseId)
    await setStatus(req.payload, { liveRelease: releaseId })
    req.payload.logger.info({ msg: 'Site rolled back', releaseId, user: userOf(req)?.id })
    return Response.json({ message: `Сайт повернуто до релізу ${releaseId}.`, live: releaseId })
  },
}

const readOnly = { readOnly: true }

const timeField: Field = {
  name: 'at',
  type: 'date',
  label: label('Час', 'Time'),
  admin: { date: { pickerAppearance: 'dayAndTime' } },
}

/** The publisher's state for editors: what is live, what is building, what failed and why. */
export const Publisher: GlobalConfig = {
  slug: 'publisher',
  label: label('Публікація сайту', 'Site publishing'),
  // Only the publisher writes this state, and build output may carry terminal control codes.
  custom: { plainText: false },
  admin: { group: label('Адміністрування', 'Administration') },
  access: { read: staff, update: () => false },
  endpoints: [rebuild, releases, rollback],
  fields: [
    {
      name: 'controls',
      type: 'ui',
      admin: { components: { Field: '/publisher/admin/PublisherControls#PublisherControls' } },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'idle',
      label: label('Стан', 'State'),
      options: [
        { value: 'idle', label: label('Очікує змін', 'Idle') },
        { value: 'queued', label: label('У черзі', 'Queued') },
        { value: 'building', label: label('Збирає сайт', 'Building') },
      ],
      admin: readOnly,
    },
    {
      name: 'liveRelease',
      type: 'text',
      label: label('Поточний реліз', 'Live release'),
      admin: readOnly,
    },
    {
      name: 'building',
      type: 'text',
      label: label('Причина поточної збірки', 'Building because of'),
      admin: readOnly,
    },
    {
      name: 'progress',
      type: 'text',
      label: label('Хід збірки', 'Build progress'),
      admin: readOnly,
    },
    {
      name: 'buildStartedAt',
      type: 'date',
      label: label('Збірку почато', 'Build started'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastSuccess',
      type: 'group',
      label: label('Остання успішна публікація', 'Last success'),
      admin: readOnly,
      fields: [
        timeField,
        { name: 'releaseId', type: 'text', label: label('Реліз', 'Release') },
        { name: 'durationMs', type: 'number', label: label('Тривалість, мс', 'Duration, ms') },
        { name: 'pages', type: 'number', label: label('Сторінок', 'Pages') },
        {
          name: 'warning',
          type: 'textarea',
          label: label('Попередження (реліз працює)', 'Warning (the release is live)'),
        },
      ],
    },
    {
      // The editorial checklist over all published content (cms/editorial-checks/report.ts),
      // written by each release check; the panel and the dashboard show it.
      name: 'contentReport',
      type: 'json',
      label: label('Перевірка опублікованого', 'Published content check'),
      admin: { ...readOnly, hidden: true },
    },
    {
      name: 'lastFailure',
      type: 'group',
      label: label('Остання невдала збірка', 'Last failure'),
      admin: readOnly,
      fields: [
        timeField,
        {
          name: 'cause',
          type: 'text',
          label: label('Зміни, що її спричинили', 'Changes that caused it'),
        },
        { name: 'message', type: 'textarea', label: label('Повідомлення', 'Message') },
      ],
    },
  ],
}
