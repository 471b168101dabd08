'use client'

import { Button, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { ImportRun } from '../runs'

type Collection = { slug: string; title: string }

const ACTIONS: Record<string, string> = {
  created: 'створено',
  updated: 'оновлено',
  resumed: 'уже імпортовано',
  failed: 'помилка',
}

/**
 * «Імпорт з таблиці» above the items list: a CSV of metadata and a ZIP of scans, a dry run that
 * lists every problem by row, then the import with a progress bar, as drafts or published.
 */
export function ImportPanel() {
  const { user } = useAuth<{ role?: string }>()
  const [open, setOpen] = useState(false)
  const [collections, setCollections] = useState<Collection[]>([])
  const [collection, setCollection] = useState('')
  const [publish, setPublish] = useState(false)
  const [run, setRun] = useState<ImportRun>()
  const [error, setError] = useState('')
  const form = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (!open || collections.length) return
    void fetch('/api/digital-collections?limit=200&depth=0&sort=order&draft=true', {
      credentials: 'include',
    })
      .then((response) => response.json() as Promise<{ docs: Collection[] }>)
      .then(({ docs }) => {
        setCollections(docs.filter((doc) => doc.slug))
        if (docs[0]) setCollection(docs[0].slug)
      })
  }, [open, collections.length])

  useEffect(() => {
    if (!run || run.state !== 'running') return
    const timer = setTimeout(() => {
      void fetch(`/api/items-import/${run.id}`, { credentials: 'include' })
        .then((response) => response.json() as Promise<ImportRun>)
        .then(setRun)
    }, 700)
    return () => clearTimeout(timer)
  }, [run])

  const submit = useCallback(
    async (dryRun: boolean) => {
      setError('')
      const element = form.current
      if (!element) return
      const data = new FormData(element)
      const sheet = data.get('sheet')
      if (!(sheet instanceof File) || sheet.size === 0) {
        setError('Оберіть файл таблиці (CSV або XLSX).')
        return
      }
      data.set('collection', collection)
      data.set('publish', String(publish))
      data.set('dryRun', String(dryRun))
      const response = await fetch('/api/items-import', {
        method: 'POST',
        body: data,
        credentials: 'include',
      })
      const body = (await response.json()) as { id?: string; error?: string }
      if (!response.ok || !body.id) {
        setError(body.error ?? 'Не вдалося почати імпорт.')
        return
      }
      setRun({
        id: body.id,
        userId: '',
        dryRun,
        state: 'running',
        startedAt: new Date().toISOString(),
      })
    },
    [collection, publish],
  )

  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const report = run?.report
  const running = run?.state === 'running'
  const rowsWithProblems = report ? new Set(report.problems.map((p) => p.row)).size : 0

  return (
    <section className="items-import" style={{ marginBottom: '1.5rem' }}>
      <Button
        buttonStyle="secondary"
        size="small"
        onClick={() => setOpen(!open)}
        // Payload's Button passes only its own props on; ARIA state goes through extraButtonProps.
        extraButtonProps={{
          'aria-expanded': open,
          ...(open ? { 'aria-controls': 'items-import-form' } : {}),
        }}
      >
        {open ? 'Сховати імпорт' : 'Імпорт з таблиці (CSV + ZIP зображень)'}
      </Button>
      {open && (
        <form
          id="items-import-form"
          ref={form}
          onSubmit={(event) => event.preventDefault()}
          style={{ display: 'grid', gap: '0.75rem', maxWidth: '48rem', marginTop: '0.75rem' }}
        >
          <p style={{ margin: 0 }}>
            Стовпці: dc:identifier, dc:title, dc:type (обов’язкові), dc:creator, dc:date,
            dc:subject, dcterms:spatial, dc:rights, images (імена файлів у ZIP через «;») та інші —
            див. content/import-samples. Повторний імпорт оновлює об’єкти з тими самими
            ідентифікаторами.
          </p>
          <label>
            Таблиця (CSV у UTF-8 чи Windows-1251, або XLSX){' '}
            <input type="file" name="sheet" accept=".csv,.xlsx,.ods,text/csv" required />
          </label>
          <label>
            Зображення (ZIP, необов’язково) <input type="file" name="images" accept=".zip" />
          </label>
          <label>
            Колекція для рядків без стовпця «collection»{' '}
            <select value={collection} onChange={(event) => setCollection(event.target.value)}>
              {collections.map((entry) => (
                <option key={entry.slug} value={entry.slug}>
                  {entry.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={publish}
              onChange={(event) => setPublish(event.target.checked)}
            />{' '}
            Одразу опублікувати (інакше — чернетки)
          </label>
          {collection && (
            <p style={{ margin: 0 }}>
              Експорт колекції:{' '}
              <a href={`/api/items-export?collection=${encodeURIComponent(collection)}&format=csv`}>
                CSV
              </a>{' '}
              ·{' '}
              <a
                href={`/api/items-export?collection=${encodeURIComponent(collection)}&format=json`}
              >
                JSON
              </a>
            </p>
          )}
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button buttonStyle="secondary" disabled={running} onClick={() => void submit(true)}>
              Перевірити (пробний запуск)
            </Button>
            <Button disabled={running} onClick={() => void submit(false)}>
              Імпортувати
            </Button>
          </div>
          {error && <p role="alert">{error}</p>}
          {run && (
            <div aria-live="polite" data-import-state={run.state}>
              {running && (
                <p>
                  <progress
                    max={run.progress?.total ?? 1}
                    value={run.progress?.done ?? 0}
                    style={{ width: '20rem' }}
                  />{' '}
                  {run.progress
                    ? `${run.progress.done}/${run.progress.total} ${run.progress.identifier} — ${ACTIONS[run.progress.action] ?? ''}`
                    : 'Перевірка рядків…'}
                </p>
              )}
              {run.state === 'failed' && <p role="alert">Імпорт не вдався: {run.error}</p>}
              {report && (
                <div>
                  <p>
                    <strong>
                      Рядків: {report.total}; без помилок: {report.valid}; з помилками:{' '}
                      {rowsWithProblems}.{' '}
                      {report.dryRun
                        ? `Пробний запуск: буде створено ${report.wouldCreate.length}, оновлено ${report.wouldUpdate.length}. Нічого не записано.`
                        : `Створено: ${report.created.length}; оновлено: ${report.updated.length}${report.resumed.length ? `; продовжено після перерви: ${report.resumed.length}` : ''}.`}
                    </strong>
                  </p>
                  {[...report.fatal, ...report.notes].map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                  {report.refusedFiles.map((file) => (
                    <p key={file.name}>
                      Файл «{file.name}»: {file.reason}
                    </p>
                  ))}
                  {report.problems.length > 0 && (
                    <table className="items-import__problems">
                      <thead>
                        <tr>
                          <th scope="col">Рядок</th>
                          <th scope="col">Ідентифікатор</th>
                          <th scope="col">Проблема</th>
                        </tr>
                      </thead>
                      <tbody>
                        {report.problems.map((problem, index) => (
                          <tr key={index}>
                            <td>{problem.row}</td>
                            <td>{problem.identifier ?? '—'}</td>
                            <td>{problem.message}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </div>
              )}
            </div>
          )}
        </form>
      )}
    </section>
  )
}
