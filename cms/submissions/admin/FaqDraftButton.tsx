'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    return body.errors?.[0]?.message ?? `Помилка ${response.status}.`
  } catch {
    return `Помилка ${response.status}.`
  }
}

/**
 * «Створити запис FAQ» in an answered question whose author agreed to publication (editors and
 * admins): a deliberate step that copies the question and the last reply, without the name and
 * contacts, into a draft FAQ entry and opens it. The editor then reads it, removes whatever
 * personal data is left, ticks «Персональних даних немає» and publishes. The endpoint
 * (cms/submissions/faqEndpoint.ts) checks the role, the consent and the answer again.
 */
export function FaqDraftButton() {
  const { user } = useAuth<{ role?: string }>()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const consent = useFormFields(([fields]) => fields.faqConsent?.value === true)
  // An array field's form value is its row count.
  const answered = useFormFields(([fields]) => {
    const replies = fields.replies?.value
    return Array.isArray(replies) ? replies.length > 0 : Number(replies ?? 0) > 0
  })
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  if (!consent)
    return (
      <p className="field-description">
        Запис FAQ: заявник не погодився на публікацію запитання, тож його створити не можна.
      </p>
    )

  const create = async () => {
    setBusy(true)
    setMessage('')
    try {
      const response = await fetch(`${config.routes.api}/inbox/faq-draft`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ submission: id }),
      })
      if (!response.ok) {
        setMessage(await errorOf(response))
        return
      }
      const { id: entry, created } = (await response.json()) as { id: number; created: boolean }
      setMessage(
        created
          ? 'Чернетку запису FAQ створено. Відкриваємо її…'
          : 'Запис FAQ з цього запитання вже є. Відкриваємо його…',
      )
      window.location.assign(`${config.routes.admin}/collections/faq/${entry}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: '0.5rem', margin: '1rem 0' }}>
      <p className="field-description" style={{ margin: 0 }}>
        Заявник погодився на публікацію. Кнопка скопіює запитання й останню відповідь у чернетку
        запису FAQ без імені й контактів; перед публікацією перечитайте її й приберіть усе, що
        вказує на людину.
      </p>
      <div>
        <Button buttonStyle="secondary" disabled={busy || !answered} onClick={() => void create()}>
          Створити запис FAQ
        </Button>
      </div>
      {!answered && (
        <p className="field-description" style={{ margin: 0 }}>
          Спершу надішліть відповідь.
        </p>
      )}
      {message && (
        <p role="status" style={{ margin: 0 }}>
          {message}
        </p>
      )}
    </div>
  )
}
