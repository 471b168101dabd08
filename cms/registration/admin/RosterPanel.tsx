'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type EventOption = { id: number | string; title: string }
type Counts = { confirmed: number; waiting: number; cancelled: number }
type OccurrenceRow = { key: string; start: string; state: string; counts: Counts }
type Row = {
  id: number | string
  name: string
  contact: string
  places: number
  comment: string
  status: 'confirmed' | 'waiting' | 'cancelled'
  checkedIn: boolean
  source: string
}

const STATUS_HEADINGS: Record<Row['status'], string> = {
  confirmed: 'Підтверджені',
  waiting: 'Список очікування',
  cancelled: 'Скасовані',
}
const STATES: Record<string, string> = {
  cancelled: ' — скасовано',
  moved: ' — перенесено',
  full: ' — місць немає',
  scheduled: '',
}

const kyiv = new Intl.DateTimeFormat('uk-UA', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Kyiv',
})

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'include' })
  const body = (await response.json()) as T & { message?: string }
  if (!response.ok) throw new Error(body.message ?? `Помилка ${response.status}`)
  return body
}

async function postJson(url: string, data: unknown): Promise<{ message?: string }> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
  })
  const body = (await response.json()) as { message?: string }
  if (!response.ok) throw new Error(body.message ?? `Помилка ${response.status}`)
  return body
}

/**
 * «Реєстрації на дату» above the registrations list: an event with registration through the
 * site, one of its dates, and that date's list (confirmed, waiting, cancelled) with check-in,
 * cancelling, a manual add for phone registrations and CSV/XLSX exports. Access is the
 * server's: a branch editor gets only their branch's events and registrations.
 */
export function RosterPanel() {
  const [events, setEvents] = useState<EventOption[]>([])
  const [event, setEvent] = useState('')
  const [occurrences, setOccurrences] = useState<OccurrenceRow[]>([])
  const [retention, setRetention] = useState<number>()
  const [occurrence, setOccurrence] = useState('')
  const [rows, setRows] = useState<Row[]>([])
  const [capacity, setCapacity] = useState<number | null>(null)
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')

  useEffect(() => {
    void getJson<{ docs: EventOption[] }>(
      '/api/events?limit=200&depth=0&sort=-updatedAt&where[registration.mode][equals]=site&select[title]=true',
    )
      .then(({ docs }) => setEvents(docs))
      .catch((problem: Error) => setError(problem.message))
  }, [])

  const loadOccurrences = useCallback((eventId: string) => {
    setOccurrences([])
    setOccurrence('')
    setRows([])
    if (!eventId) return
    void getJson<{ occurrences: OccurrenceRow[]; retentionDays: number }>(
      `/api/registration/occurrences?event=${encodeURIComponent(eventId)}`,
    )
      .then((body) => {
        setOccurrences(body.occurrences)
        setRetention(body.retentionDays)
      })
      .catch((problem: Error) => setError(problem.message))
  }, [])

  const loadRoster = useCallback(() => {
    if (!event || !occurrence) return
    void getJson<{ rows: Row[]; capacity: number | null; retentionDays: number }>(
      `/api/registration/roster?event=${encodeURIComponent(event)}&occurrence=${encodeURIComponent(occurrence)}`,
    )
      .then((body) => {
        setRows(body.rows)
        setCapacity(body.capacity)
        setRetention(body.retentionDays)
      })
      .catch((problem: Error) => setError(problem.message))
  }, [event, occurrence])

  useEffect(loadRoster, [loadRoster])

  const act = async (work: () => Promise<{ message?: string }>, done: string) => {
    setError('')
    setNotice('')
    try {
      await work()
      setNotice(done)
      loadRoster()
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem))
    }
  }

  const addManually = (form: HTMLFormElement) => {
    const data = Object.fromEntries(new FormData(form))
    void act(
      () => postJson('/api/registration/manual', { ...data, event, occurrence }),
      'Реєстрацію додано.',
    ).then(() => form.reset())
  }

  const query = `event=${encodeURIComponent(event)}&occurrence=${encodeURIComponent(occurrence)}`
  const confirmedPlaces = rows
    .filter((row) => row.status === 'confirmed')
    .reduce((sum, row) => sum + row.places, 0)

  return (
    <section className="registration-roster" aria-labelledby="registration-roster-title">
      <h2 id="registration-roster-title">Реєстрації на дату</h2>
      <p>
        Персональні дані учасників видаляються автоматично через {retention ?? 30} днів після дати
        події.
      </p>
      <div className="registration-roster__choice">
        <label>
          Подія{' '}
          <select
            value={event}
            onChange={(change) => {
              setEvent(change.target.value)
              loadOccurrences(change.target.value)
            }}
          >
            <option value="">— оберіть подію —</option>
            {events.map((option) => (
              <option key={option.id} value={String(option.id)}>
                {option.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Дата{' '}
          <select value={occurrence} onChange={(change) => setOccurrence(change.target.value)}>
            <option value="">— оберіть дату —</option>
            {occurrences.map((option) => (
              <option key={option.key} value={option.key}>
                {kyiv.format(new Date(option.start))}
                {STATES[option.state] ?? ''} ({option.counts.confirmed} підтв.,{' '}
                {option.counts.waiting} в очікуванні)
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="registration-roster__error">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      {event && occurrence && (
        <>
          <p>
            Зайнято місць: {confirmedPlaces}
            {capacity !== null ? ` з ${capacity}` : ''}.{' '}
            <a href={`/api/registration/export?${query}&format=csv`}>Завантажити CSV</a> ·{' '}
            <a href={`/api/registration/export?${query}&format=xlsx`}>
              Завантажити XLSX (для друку)
            </a>
          </p>
          {(['confirmed', 'waiting', 'cancelled'] as const).map((status) => {
            const group = rows.filter((row) => row.status === status)
            return (
              <div key={status}>
                <h3>
                  {STATUS_HEADINGS[status]} ({group.length})
                </h3>
                {group.length > 0 && (
                  <table className="registration-roster__table">
                    <thead>
                      <tr>
                        <th scope="col">Ім’я</th>
                        <th scope="col">Контакт</th>
                        <th scope="col">Місць</th>
                        <th scope="col">Коментар</th>
                        <th scope="col">Прийшов(-ла)</th>
                        <th scope="col">Дії</th>
                      </tr>
                    </thead>
                    <tbody>
                      {group.map((row) => (
                        <tr key={row.id}>
                          <td>{row.name}</td>
                          <td>{row.contact}</td>
                          <td>{row.places}</td>
                          <td>{row.comment}</td>
                          <td>
                            <input
                              type="checkbox"
                              aria-label={`Прийшов(-ла): ${row.name}`}
                              checked={row.checkedIn}
                              onChange={(change) =>
                                void act(
                                  () =>
                                    postJson('/api/registration/check-in', {
                                      id: row.id,
                                      checkedIn: change.target.checked,
                                    }),
                                  change.target.checked
                                    ? `Позначено: ${row.name} прийшов(-ла).`
                                    : `Позначку знято: ${row.name}.`,
                                )
                              }
                            />
                          </td>
                          <td>
                            {row.status !== 'cancelled' && (
                              <Button
                                buttonStyle="secondary"
                                size="small"
                                onClick={() =>
                                  void act(
                                    () =>
                                      postJson('/api/registration/staff-cancel', { id: row.id }),
                                    `Реєстрацію скасовано: ${row.name}.`,
                                  )
                                }
                              >
                                Скасувати
                              </Button>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            )
          })}
          <form
            className="registration-roster__manual"
            onSubmit={(submit) => {
              submit.preventDefault()
              addManually(submit.currentTarget)
            }}
          >
            <h3>Додати вручну (реєстрація телефоном)</h3>
            <label>
              Ім’я <input name="name" required maxLength={100} />
            </label>
            <label>
              Телефон або e-mail <input name="contact" required maxLength={120} />
            </label>
            <label>
              Місць <input name="places" type="number" min={1} defaultValue={1} required />
            </label>
            <label>
              Коментар <input name="comment" maxLength={1000} />
            </label>
            <Button type="submit">Додати</Button>
          </form>
        </>
      )}
    </section>
  )
}
