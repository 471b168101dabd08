'use client'

import { Button, useAuth } from '@payloadcms/ui'
import { useState } from 'react'

type Found = { reference: string; kind: string; personalDataErasedAt: string | null }

type Search = { key: 'email' | 'phone'; value: string; found: Found[] }

/** E-mail if it has an @, else a phone: the endpoints normalise and check both. */
function personQuery(text: string): { key: 'email' | 'phone'; value: string } {
  const value = text.trim()
  return { key: value.includes('@') ? 'email' : 'phone', value }
}

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    return body.errors?.[0]?.message ?? `Помилка ${response.status}.`
  } catch {
    return `Помилка ${response.status}.`
  }
}

/**
 * «Дані однієї особи» above the inbox list, for admins only: a person's request under the
 * personal data law (art. 8) to see or erase what the inbox holds about them. Finds their
 * submissions by e-mail or phone, downloads them as JSON and, after an explicit confirmation,
 * erases their personal data (the anonymous records stay). Uses /api/inbox/person
 * (cms/submissions/personEndpoints.ts), which checks the role again.
 */
export function PersonDataPanel() {
  const { user } = useAuth<{ role?: string }>()
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [search, setSearch] = useState<Search>()
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (user?.role !== 'admin') return null

  const find = async () => {
    setMessage('')
    setConfirming(false)
    setSearch(undefined)
    const query = personQuery(text)
    if (!query.value) {
      setMessage('Вкажіть e-mail або номер телефону особи.')
      return
    }
    setBusy(true)
    try {
      const params = new URLSearchParams({ [query.key]: query.value })
      const response = await fetch(`/api/inbox/person?${params}`, { credentials: 'include' })
      if (!response.ok) {
        setMessage(await errorOf(response))
        return
      }
      const body = (await response.json()) as {
        person: { email?: string; phone?: string }
        submissions: Found[]
      }
      const value = query.key === 'email' ? body.person.email : body.person.phone
      setSearch({ key: query.key, value: value ?? query.value, found: body.submissions })
    } finally {
      setBusy(false)
    }
  }

  const erase = async () => {
    if (!search) return
    setBusy(true)
    try {
      const response = await fetch('/api/inbox/person/erase', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ [search.key]: search.value }),
      })
      if (!response.ok) {
        setMessage(await errorOf(response))
        return
      }
      const { erased } = (await response.json()) as { erased: number }
      setConfirming(false)
      setSearch(undefined)
      setMessage(`Персональні дані видалено зі звернень: ${erased}. Знеособлені записи лишилися.`)
    } finally {
      setBusy(false)
    }
  }

  const exportHref = search
    ? `/api/inbox/person?${new URLSearchParams({ [search.key]: search.value })}`
    : undefined

  return (
    <section
      aria-labelledby="person-data-title"
      className="person-data"
      style={{ marginBottom: '1.5rem' }}
    >
      <Button
        buttonStyle="secondary"
        onClick={() => setOpen(!open)}
        // Payload's Button passes only its own props on; ARIA state goes through extraButtonProps.
        extraButtonProps={{ 'aria-expanded': open }}
      >
        Дані однієї особи: вивантажити або видалити
      </Button>
      {open && (
        <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '48rem', marginTop: '0.75rem' }}>
          <h2 id="person-data-title" style={{ margin: 0, fontSize: '1.1rem' }}>
            Дані однієї особи
          </h2>
          <p style={{ margin: 0 }}>
            На запит особи (ст. 8 Закону «Про захист персональних даних»): знайдіть її звернення за
            e-mail або телефоном, вивантажте їх або видаліть її персональні дані. Знеособлені записи
            лишаються для статистики.
          </p>
          {/* No <form>: the panel sits inside Payload's list view, and forms may not nest. */}
          <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', flexWrap: 'wrap' }}>
            <label style={{ display: 'grid', gap: '0.25rem' }}>
              E-mail або телефон особи
              <input
                name="person"
                value={text}
                onChange={(event) => setText(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault()
                    void find()
                  }
                }}
                style={{ width: '20rem', padding: '0.4rem' }}
              />
            </label>
            <Button disabled={busy} onClick={() => void find()}>
              Знайти
            </Button>
          </div>
          {search && (
            <div data-person-found>
              <p style={{ margin: 0 }}>
                Знайдено звернень: <strong>{search.found.length}</strong>
                {search.found.length > 0 &&
                  ` (${search.found.map((doc) => doc.reference).join(', ')})`}
              </p>
              {search.found.length > 0 && (
                <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
                  <a
                    className="btn btn--style-secondary"
                    href={exportHref}
                    download="personal-data.json"
                  >
                    Вивантажити (JSON)
                  </a>
                  {!confirming && (
                    <Button buttonStyle="error" onClick={() => setConfirming(true)}>
                      Видалити персональні дані…
                    </Button>
                  )}
                </div>
              )}
              {confirming && (
                <div role="alertdialog" aria-labelledby="person-erase-question">
                  <p id="person-erase-question">
                    Видалити ім’я, контакти й тексти цієї особи з {search.found.length} звернень? Цю
                    дію не можна скасувати.
                  </p>
                  <div style={{ display: 'flex', gap: '0.5rem' }}>
                    <Button buttonStyle="error" disabled={busy} onClick={() => void erase()}>
                      Так, видалити
                    </Button>
                    <Button buttonStyle="secondary" onClick={() => setConfirming(false)}>
                      Скасувати
                    </Button>
                  </div>
                </div>
              )}
            </div>
          )}
          {message && (
            <p role="status" style={{ margin: 0 }}>
              {message}
            </p>
          )}
        </div>
      )}
    </section>
  )
}
