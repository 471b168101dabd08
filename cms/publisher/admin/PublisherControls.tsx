'use client'

import { Button, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { ContentReport } from '../../editorial-checks/report'
import { ContentReportView } from './ContentReportView'

type Status = {
  state?: 'idle' | 'queued' | 'building'
  liveRelease?: string | null
  building?: string | null
  progress?: string | null
  lastSuccess?: {
    at?: string
    releaseId?: string
    durationMs?: number
    pages?: number
    warning?: string | null
  }
  lastFailure?: { at?: string; message?: string; cause?: string }
  contentReport?: ContentReport | null
}

const STATE_TEXT: Record<NonNullable<Status['state']>, string> = {
  idle: 'Очікує змін: сайт актуальний.',
  queued: 'Зміни в черзі: збірка почнеться за мить.',
  building: 'Збирає новий реліз сайту…',
}

const when = (iso?: string) =>
  iso
    ? new Intl.DateTimeFormat('uk-UA', {
        dateStyle: 'medium',
        timeStyle: 'medium',
        timeZone: 'Europe/Kyiv',
      }).format(new Date(iso))
    : '—'

/** The publisher panel in the admin: live state, a rebuild button and rollback for admins. */
export function PublisherControls() {
  const { user } = useAuth<{ role?: string }>()
  const [status, setStatus] = useState<Status>({})
  const [releases, setReleases] = useState<{ live: string | null; releases: string[] }>({
    live: null,
    releases: [],
  })
  const [notice, setNotice] = useState('')

  const refresh = useCallback(async () => {
    const [statusResponse, releasesResponse] = await Promise.all([
      fetch('/api/globals/publisher', { credentials: 'include' }),
      fetch('/api/globals/publisher/releases', { credentials: 'include' }),
    ])
    if (statusResponse.ok) setStatus((await statusResponse.json()) as Status)
    if (releasesResponse.ok)
      setReleases((await releasesResponse.json()) as { live: string | null; releases: string[] })
  }, [])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), 2000)
    return () => clearInterval(timer)
  }, [refresh])

  const post = async (path: string, body?: unknown) => {
    const response = await fetch(`/api/globals/publisher/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
    const answer = (await response.json()) as { message?: string; error?: string }
    setNotice(answer.message ?? answer.error ?? '')
    await refresh()
  }

  const isAdmin = user?.role === 'admin'
  const canRebuild = isAdmin || user?.role === 'editor'
  return (
    <section
      aria-labelledby="publisher-heading"
      data-testid="publisher-panel"
      style={{ marginBottom: '2rem' }}
    >
      <h2 id="publisher-heading">Стан публікації</h2>
      <p role="status" aria-live="polite" data-testid="publisher-state">
        {STATE_TEXT[status.state ?? 'idle']}
        {status.state === 'building' && status.building ? ` Причина: ${status.building}.` : ''}
      </p>
      {status.state === 'building' && status.progress ? (
        <p data-testid="publisher-progress">Хід збірки: {status.progress}</p>
      ) : null}
      <p>
        Поточний реліз:{' '}
        <strong data-testid="publisher-live">
          {status.liveRelease ?? releases.live ?? 'ще немає'}
        </strong>
      </p>
      <p>
        Остання успішна публікація: {when(status.lastSuccess?.at)}
        {status.lastSuccess?.pages
          ? `, ${status.lastSuccess.pages} сторінок за ${((status.lastSuccess.durationMs ?? 0) / 1000).toFixed(1)} с`
          : ''}
      </p>
      {status.lastSuccess?.warning ? (
        <p data-testid="publisher-warning" role="status">
          Реліз працює, але після перемикання не все вдалося: {status.lastSuccess.warning}
        </p>
      ) : null}
      {status.lastFailure?.at ? (
        <div
          role="alert"
          data-testid="publisher-failure"
          style={{ borderLeft: '4px solid var(--theme-error-500)', paddingLeft: '1rem' }}
        >
          <p>
            <strong>Остання невдала збірка: {when(status.lastFailure.at)}.</strong> Сайт лишився без
            змін. Спричинили: {status.lastFailure.cause}
          </p>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: '12rem', overflow: 'auto' }}>
            {status.lastFailure.message}
          </pre>
        </div>
      ) : null}
      {canRebuild ? (
        <Button buttonStyle="secondary" onClick={() => void post('rebuild')}>
          Перезібрати сайт зараз
        </Button>
      ) : null}
      {isAdmin && releases.releases.length > 1 ? (
        <details>
          <summary>Відкотити до попереднього релізу</summary>
          <ul>
            {releases.releases.map((id) => (
              <li key={id}>
                {id} {id === releases.live ? '(поточний)' : null}
                {id !== releases.live ? (
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    onClick={() => void post('rollback', { releaseId: id })}
                  >
                    Відкотити до {id}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
      {status.contentReport ? <ContentReportView report={status.contentReport} /> : null}
    </section>
  )
}
